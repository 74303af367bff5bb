#!/bin/sh
# Runs every test of a build and ends with the summary line "N passed, N failed".
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
echo "$((total - failed)) passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$rc" -eq 0 ]
