# Helpers for the CLI tests: each t_*.sh sources this, runs the real binary, and ends with
# `finish`, which prints "N passed, N failed" and sets the exit status.
set -u
: "${RAMPART:?set RAMPART to the rampart binary}"
: "${SRCDIR:?set SRCDIR to the source tree}"
pass=0
fail=0
T=$(mktemp -d "${TMPDIR:-/tmp}/rampart-cli.XXXXXX")
trap 'rm -rf "$T"' EXIT
export RAMPART_TODAY="${RAMPART_TODAY:-2026-06-01}"
unset RAMPART_CONFIG RAMPART_FORMAT RAMPART_SEVERITY RAMPART_FAIL_ON RAMPART_EXIT_CODE \
    RAMPART_NO_INLINE_IGNORES RAMPART_SHOW_SUPPRESSED RAMPART_BASELINE RAMPART_SKIP_DIRS \
    RAMPART_SKIP_FILES RAMPART_LOG_LEVEL RAMPART_QUIET RAMPART_JOBS RAMPART_TRUSTED_REGISTRIES \
    RAMPART_OUTPUT 2>/dev/null || true

ok() { pass=$((pass + 1)); }
bad() {
    fail=$((fail + 1))
    echo "FAIL: $*" >&2
}

# run CMD...: runs it, keeping stdout in $T/out, stderr in $T/err, status in $rc
run() {
    "$@" >"$T/out" 2>"$T/err"
    rc=$?
}

# expect_rc NAME WANT: checks the status of the last run
expect_rc() {
    if [ "$rc" -eq "$2" ]; then ok; else
        bad "$1: exit status $rc, expected $2"
        sed 's/^/  err| /' "$T/err" | head -15 >&2
        sed 's/^/  out| /' "$T/out" | head -15 >&2
    fi
}

# expect_out NAME PATTERN / expect_no_out NAME PATTERN: grep -E on stdout
expect_out() {
    if grep -Eq -- "$2" "$T/out"; then ok; else
        bad "$1: stdout does not match /$2/"
        sed 's/^/  out| /' "$T/out" | head -25 >&2
    fi
}
expect_no_out() {
    if grep -Eq -- "$2" "$T/out"; then
        bad "$1: stdout matches /$2/"
        grep -E -- "$2" "$T/out" | sed 's/^/  out| /' | head -10 >&2
    else ok; fi
}
expect_err() {
    if grep -Eq -- "$2" "$T/err"; then ok; else
        bad "$1: stderr does not match /$2/"
        sed 's/^/  err| /' "$T/err" | head -15 >&2
    fi
}
expect_no_err() {
    if grep -Eq -- "$2" "$T/err"; then
        bad "$1: stderr matches /$2/"
        sed 's/^/  err| /' "$T/err" | head -15 >&2
    else ok; fi
}

# json_eval NAME FILE EXPR: EXPR is a JavaScript expression over `r` (the parsed file) that
# must be true
json_eval() {
    if node -e "const r=JSON.parse(require('fs').readFileSync(process.argv[1],'utf8'));
                if(!($3)){process.exit(1)}" "$2" 2>"$T/node.err"; then ok; else
        bad "$1: $3 is not true of $2"
        head -5 "$T/node.err" >&2
    fi
}

finish() {
    echo "$pass passed, $fail failed"
    [ "$fail" -eq 0 ]
}
