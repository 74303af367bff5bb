#!/bin/sh
# Validates SARIF files with the official validator, @microsoft/sarif-multitool (pinned in
# package.json and package-lock.json next to this script), installing it on first use.
#
#   tests/tools/sarif-validate.sh FILE...
#
# Runs `sarif-multitool validate` with its default JSON schema and the SARIF rules plus GitHub's
# own ingestion rules (--rule-kind "Sarif;Gh"; SARIF_RULE_KIND=Sarif runs only the defaults),
# prints what it says (warnings and notes too) and exits 1 when it reports any error. The
# validator itself exits 0 on errors and stays silent on files it cannot deserialize (an unknown
# enum value), so this also loads each file with `sarif-multitool rewrite`, which fails loudly.
# Exit status: 0 valid, 1 invalid, 2 usage or setup trouble (no node; npm missing or npm ci
# failing when the validator is not installed yet).
set -u

here=$(cd "$(dirname "$0")" && pwd)
rule_kind=${SARIF_RULE_KIND:-Sarif;Gh}

if [ $# -lt 1 ]; then
    echo "usage: $0 FILE..." >&2
    exit 2
fi
if ! command -v node >/dev/null 2>&1; then
    echo "sarif-validate: node is needed" >&2
    exit 2
fi

installed() {
    for exe in "$here"/node_modules/@microsoft/sarif-multitool-*/Sarif.Multitool; do
        [ -f "$exe" ] && [ -x "$here/node_modules/.bin/sarif-multitool" ] && return 0
    done
    return 1
}

install_tool() {
    installed && return 0
    if ! command -v npm >/dev/null 2>&1; then
        echo "sarif-validate: npm is needed to install the validator" >&2
        return 1
    fi
    echo "sarif-validate: installing @microsoft/sarif-multitool (npm ci)" >&2
    (cd "$here" && npm ci --no-audit --no-fund --loglevel=error) >&2
}

# Tests run in parallel: one npm ci at a time (npm ci starts by deleting node_modules).
lock=${TMPDIR:-/tmp}/rampart-sarif-tools.$(id -u).lock
if command -v flock >/dev/null 2>&1; then
    exec 9>"$lock"
    flock 9
    install_tool || { echo "sarif-validate: npm ci failed" >&2; exit 2; }
    flock -u 9
else
    install_tool || { echo "sarif-validate: npm ci failed" >&2; exit 2; }
fi
# npm 11 may skip the package's postinstall script, which is what makes the binary executable.
for exe in "$here"/node_modules/@microsoft/sarif-multitool-*/Sarif.Multitool; do
    [ -f "$exe" ] && [ ! -x "$exe" ] && chmod u+x "$exe"
done

# The npm wrapper hands its arguments to /bin/sh: quote them once more.
q() {
    printf "'%s'" "$(printf '%s' "$1" | sed "s/'/'\\\\''/g")"
}

tool=$here/node_modules/.bin/sarif-multitool
tmp=$(mktemp -d "${TMPDIR:-/tmp}/sarif-validate.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM

status=0
for f in "$@"; do
    if [ ! -r "$f" ]; then
        echo "sarif-validate: $f: cannot read" >&2
        status=1
        continue
    fi
    "$tool" validate --rule-kind "$(q "$rule_kind")" "$(q "$f")" >"$tmp/out" 2>&1
    rc=$?
    # keep what the validator found; drop its progress chatter
    grep -v -e '^Analyzing\.\.\.$' -e '^THREADS: ' -e '^Done\. [0-9]* files\{0,1\} scanned\.$' \
        -e '^Analysis completed successfully\.$' -e '^[[:space:]]*$' "$tmp/out"
    errors=$(grep -c -e ': error ' "$tmp/out")
    if [ "$rc" -ne 0 ] || [ "$errors" -ne 0 ]; then
        echo "sarif-validate: $f: $errors error(s) (validator exit $rc)" >&2
        status=1
        continue
    fi
    if ! "$tool" rewrite "$(q "$f")" -o "$(q "$tmp/rewritten.sarif")" --log ForceOverwrite \
        >"$tmp/out" 2>&1; then
        grep -v '^   at ' "$tmp/out" >&2
        echo "sarif-validate: $f: the SARIF SDK cannot load it" >&2
        status=1
        continue
    fi
    echo "sarif-validate: $f: valid"
done
exit $status
