# Exit codes: 0 clean, 1 findings at or above the gate, 2 usage/config error, 3 runtime error.
. "$SRCDIR/tests/cli/lib.sh"

cat >"$T/clean.Dockerfile" <<'D'
FROM debian:12.5@sha256:0000000000000000000000000000000000000000000000000000000000000000
RUN useradd -r -u 10001 app
USER 10001
HEALTHCHECK CMD ["/bin/true"]
CMD ["/bin/sleep", "infinity"]
D
printf 'FROM debian:latest\nUSER 1000\nHEALTHCHECK CMD ["true"]\n' >"$T/latest.Dockerfile"
printf 'FROM debian:12\nFORM oops\nUSER 1000\n' >"$T/broken.Dockerfile"

run "$RAMPART" dockerfile "$T/clean.Dockerfile"
expect_rc "clean file" 0
expect_out "clean summary" "^Summary: 0 findings"

run "$RAMPART" dockerfile "$T/latest.Dockerfile"
expect_rc "findings trip the default gate" 1
expect_out "latest is reported" "RP-DF-001"

run "$RAMPART" dockerfile --exit-code 0 "$T/latest.Dockerfile"
expect_rc "--exit-code 0 never fails on findings" 0

run "$RAMPART" dockerfile --exit-code 7 "$T/latest.Dockerfile"
expect_rc "--exit-code sets the status" 7

run "$RAMPART" dockerfile --fail-on critical "$T/latest.Dockerfile"
expect_rc "--fail-on above every finding passes" 0

run "$RAMPART" dockerfile --fail-on medium "$T/latest.Dockerfile"
expect_rc "--fail-on at the finding's severity fails" 1

run "$RAMPART" dockerfile --severity critical "$T/latest.Dockerfile"
expect_rc "--severity filters what the gate sees" 0
expect_out "filtered summary" "^Summary: 0 findings"

run "$RAMPART" dockerfile "$T/broken.Dockerfile"
expect_rc "parse error is a runtime error" 3
expect_err "parse error names file and line" "broken.Dockerfile:2: unknown instruction: FORM"

run "$RAMPART" dockerfile --exit-code 0 "$T/broken.Dockerfile"
expect_rc "no flag hides exit code 3" 3

run "$RAMPART" dockerfile "$T/broken.Dockerfile" "$T/latest.Dockerfile" -f json
expect_rc "one broken file, the others still scanned" 3
json_eval "other file scanned" "$T/out" "r.findings.some(f => f.rule==='RP-DF-001' && f.location.path.endsWith('latest.Dockerfile'))"
json_eval "error in targets[].errors" "$T/out" "r.targets.some(t => t.errors.length===1 && t.errors[0].line===2)"

run "$RAMPART" dockerfile "$T/missing.Dockerfile"
expect_rc "unreadable file" 3
expect_err "unreadable file named" "missing.Dockerfile: cannot open"

run "$RAMPART" dockerfile --bogus "$T/clean.Dockerfile"
expect_rc "unknown flag" 2

run "$RAMPART" dockerfile --format yaml "$T/clean.Dockerfile"
expect_rc "unknown format" 2
expect_err "format error says what is allowed" "table, json, sarif or junit"

run "$RAMPART" dockerfile --severity urgent "$T/clean.Dockerfile"
expect_rc "unknown severity" 2

run "$RAMPART" dockerfile --disable DL9999 "$T/clean.Dockerfile"
expect_rc "unknown rule" 2

printf 'fail-on: [oops\n' >"$T/bad.yaml"
run "$RAMPART" dockerfile --config "$T/bad.yaml" "$T/clean.Dockerfile"
expect_rc "broken config file" 2
expect_err "config error located" "bad.yaml:"

printf 'colour: blue\n' >"$T/unknown.yaml"
run "$RAMPART" dockerfile --config "$T/unknown.yaml" "$T/clean.Dockerfile"
expect_rc "unknown config key" 2
expect_err "unknown key named" 'unknown key "colour"'

run "$RAMPART" nonsense
expect_rc "unknown command" 2

run "$RAMPART" dockerfile --baseline "$T/missing.json" "$T/clean.Dockerfile"
expect_rc "missing baseline is a usage error" 2

finish
