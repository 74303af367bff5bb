# Every output format, written to stdout and to -o FILE; SARIF through the official validator.
. "$SRCDIR/tests/cli/lib.sh"

mkdir -p "$T/proj/app" "$T/proj/base"
cat >"$T/proj/app/Dockerfile" <<'D'
FROM python:latest
RUN apt-get update && apt-get install -y curl
RUN pip install flask
# rampart:ignore=RP-DF-028 the tarball layout needs it
RUN cd /tmp && ls
ADD app.py /app/
CMD python /app/app.py
D
printf 'FROM debian:12\nFORM broken\nUSER 1000\n' >"$T/proj/base/Dockerfile"

run "$RAMPART" scan "$T/proj" --format json
expect_rc "json with an error" 3
json_eval "schema" "$T/out" "r.schema === 'rampart.report/v1' && r.tool.name === 'rampart'"
json_eval "targets" "$T/out" "r.targets.length === 2 && r.targets.every(t => t.kind === 'dockerfile' && Array.isArray(t.errors))"
json_eval "finding fields" "$T/out" "r.findings.length > 5 && r.findings.every(f => f.rule && f.severity && f.title && f.message && f.target && f.location && f.location.path && typeof f.location.line === 'number' && Array.isArray(f.refs) && f.remediation && /^[0-9a-f]{64}$/.test(f.fingerprint))"
json_eval "fingerprints unique" "$T/out" "new Set(r.findings.map(f => f.fingerprint)).size === r.findings.length"
json_eval "summary" "$T/out" "r.summary.findings === r.findings.length && r.summary.errors === 1 && r.summary.targets === 2"
json_eval "suppressed hidden" "$T/out" "!r.findings.some(f => f.rule === 'RP-DF-028') && r.summary.suppressed === 1"
json_eval "refs carried" "$T/out" "r.findings.some(f => f.rule === 'RP-DF-001' && f.refs.includes('DL3007') && f.refs.includes('AVD-DS-0001'))"

run "$RAMPART" scan "$T/proj" --format json --show-suppressed
json_eval "suppressed shown with reason" "$T/out" "r.findings.some(f => f.rule === 'RP-DF-028' && f.suppressed && f.suppressed.kind === 'inline' && /tarball/.test(f.suppressed.reason))"

run "$RAMPART" scan "$T/proj" -f json -o "$T/report.json"
expect_rc "-o keeps the exit code" 3
if [ ! -s "$T/out" ]; then ok; else bad "-o FILE: stdout should be empty"; fi
json_eval "-o FILE written" "$T/report.json" "r.findings.length > 5"

run "$RAMPART" scan "$T/proj" --format sarif -o "$T/report.sarif"
json_eval "sarif shape" "$T/report.sarif" "r.version === '2.1.0' && r.runs[0].results.every(x => x.locations[0].physicalLocation.artifactLocation.uri && x.partialFingerprints && x.level)"
json_eval "sarif rules have helpUri" "$T/report.sarif" "r.runs[0].tool.driver.rules.every(x => x.helpUri && x.shortDescription.text)"
json_eval "sarif execution failed noted" "$T/report.sarif" "r.runs[0].invocations[0].executionSuccessful === false"
if command -v node >/dev/null 2>&1; then
    if "$SRCDIR/tests/tools/sarif-validate.sh" "$T/report.sarif" >"$T/val" 2>&1; then ok; else
        bad "official SARIF validator rejects the report"
        tail -20 "$T/val" >&2
    fi
    run "$RAMPART" scan "$T/proj" --format sarif --show-suppressed -o "$T/supp.sarif"
    if "$SRCDIR/tests/tools/sarif-validate.sh" "$T/supp.sarif" >"$T/val" 2>&1; then ok; else
        bad "SARIF with suppressions rejected"
        tail -20 "$T/val" >&2
    fi
else
    bad "node is needed to run the SARIF validator (scripts/install-deps.sh installs it)"
fi

run "$RAMPART" scan "$T/proj" --format junit
expect_out "junit root" '^<testsuites name="rampart"'
expect_out "a suite per target" '<testsuite name="[^"]*app/Dockerfile"'
expect_out "a failing testcase" '<failure type="(medium|high|low|info|critical)"'
expect_out "parse error as error" '<error '
n_cases=$(grep -c '<testcase ' "$T/out")
if [ "$n_cases" -gt 100 ]; then ok; else bad "junit: one testcase per rule per target expected, got $n_cases"; fi

run "$RAMPART" scan "$T/proj"
expect_out "table groups by target" "app/Dockerfile \(dockerfile\)"
expect_out "table shows line and rule" "^ +1:1 +MEDIUM +RP-DF-001"
expect_out "table summary" "^Summary: [0-9]+ findings .* in 2 targets; 1 suppressed; 1 error"
if grep -q "$(printf '\033')" "$T/out"; then bad "colour codes on a non-TTY"; else ok; fi

finish
