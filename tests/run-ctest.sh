#!/bin/sh
# Runs every test of a build and ends with the summary line "N passed, N failed", counting
# the individual cases inside each ctest test (cmocka tests, CLI assertions, corpus inputs).
set -u
build=${1:-build-check}
jobs=${2:-2}
log=$build/ctest.log
ctest --test-dir "$build" -j "$jobs" --output-on-failure --timeout 600 2>&1 | tee "$log"
rc=$?
total=$(sed -n 's/.*tests passed, \([0-9]*\) tests failed out of \([0-9]*\).*/\2/p' "$log" | tail -1)
failed=$(sed -n 's/.*tests passed, \([0-9]*\) tests failed out of \([0-9]*\).*/\1/p' "$log" | tail -1)
if [ -z "$total" ]; then
    echo "0 passed, 1 failed"
    exit 1
fi
# ctest keeps every test's output in LastTest.log: sum the cases each test reports
detail=$(awk '
    /^[0-9]+\/[0-9]+ Testing: / { if (seen) flush(); seen = 1; p = 0; f = 0; any = 0; ok = 1; next }
    /^\[  PASSED  \] [0-9]+ test/ { p += $4; any = 1 }
    /^\[  FAILED  \] [0-9]+ test/ { f += $4; any = 1 }
    /^[0-9]+ passed, [0-9]+ failed$/ { p += $1; f += $3; any = 1 }
    /^replay: [0-9]+ inputs, [0-9]+ unreadable/ { p += $2; any = 1 }
    /^Test Failed/ { ok = 0 }
    function flush() {
        if (!any) { if (ok) p = 1; else f = 1 }
        else if (!ok && f == 0) f = 1
        P += p; F += f
    }
    END { if (seen) flush(); printf "%d %d\n", P, F }
' "$build/Testing/Temporary/LastTest.log" 2>/dev/null)
echo "ctest: $((total - failed)) of $total test programs passed"
if [ -n "$detail" ]; then
    set -- $detail
    echo "$1 passed, $2 failed"
else
    echo "$((total - failed)) passed, $failed failed"
fi
[ "$failed" -eq 0 ] && [ "$rc" -eq 0 ]
