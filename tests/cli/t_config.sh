# Configuration: precedence flags > RAMPART_* > .rampart.yaml > defaults; `rampart config`;
# hadolint-compatible keys; rule enable/disable/severity.
. "$SRCDIR/tests/cli/lib.sh"

mkdir -p "$T/p"
printf 'FROM debian:latest\nUSER 1000\nHEALTHCHECK CMD ["true"]\n' >"$T/p/Dockerfile"
cat >"$T/p/.rampart.yaml" <<'Y'
format: json
fail-on: high
severity: [critical, high, medium]
rules:
  severity: {RP-DF-001: high}
Y

run "$RAMPART" scan "$T/p"
expect_rc "config file found in the scanned root; severity override trips fail-on high" 1
json_eval "format from file" "$T/out" "r.findings[0].rule === 'RP-DF-001' && r.findings[0].severity === 'high'"

RAMPART_FORMAT=table run "$RAMPART" scan "$T/p"
expect_out "environment beats file" "^Summary:"

RAMPART_FORMAT=table run "$RAMPART" scan "$T/p" --format json
json_eval "flag beats environment" "$T/out" "r.schema === 'rampart.report/v1'"

RAMPART_FAIL_ON=critical run "$RAMPART" scan "$T/p"
expect_rc "RAMPART_FAIL_ON" 0

RAMPART_FAIL_ON=critical run "$RAMPART" scan "$T/p" --fail-on low
expect_rc "--fail-on beats RAMPART_FAIL_ON" 1

RAMPART_SEVERITY=banana run "$RAMPART" scan "$T/p"
expect_rc "bad environment value is a usage error" 2
expect_err "names the variable" "RAMPART_SEVERITY"

run "$RAMPART" config "$T/p"
expect_rc "rampart config" 0
expect_out "shows the file" "^config: .*\.rampart\.yaml"
expect_out "format from file" "^format: json  # config file"
expect_out "fail-on from file" "^fail-on: high  # config file"
expect_out "severity override listed" "RP-DF-001: severity=high"

RAMPART_FORMAT=sarif run "$RAMPART" config "$T/p" --fail-on low
expect_out "env source" "^format: sarif  # environment"
expect_out "flag source" "^fail-on: low  # flag"

# --config wins over discovery; hadolint's own keys are understood
cat >"$T/hadolint.yaml" <<'Y'
failure-threshold: error
ignored: [DL3007]
override:
  error: [DL3006]
trustedRegistries: [ghcr.io]
Y
run "$RAMPART" scan "$T/p" --config "$T/hadolint.yaml" -f json
json_eval "ignored: DL3007 disables RP-DF-001" "$T/out" "!r.findings.some(f => f.rule === 'RP-DF-001')"
json_eval "trustedRegistries applies" "$T/out" "r.findings.some(f => f.rule === 'RP-DF-004')"
run "$RAMPART" config --config "$T/hadolint.yaml"
expect_out "override maps error to high" "RP-DF-002: severity=high"
expect_out "failure-threshold error is high" "^fail-on: high"

RAMPART_CONFIG="$T/hadolint.yaml" run "$RAMPART" config "$T/p"
expect_out "RAMPART_CONFIG" "hadolint.yaml"

run "$RAMPART" scan "$T/p" -f json --disable RP-DF-001
json_eval "--disable" "$T/out" "r.findings.length === 0"
run "$RAMPART" scan "$T/p" -f json --enable from-no-digest --severity low,medium,high
json_eval "--enable a default-off rule by name" "$T/out" "r.findings.some(f => f.rule === 'RP-DF-003')"
run "$RAMPART" scan "$T/p" -f json --trusted-registry ghcr.io
json_eval "--trusted-registry" "$T/out" "r.findings.some(f => f.rule === 'RP-DF-004' && /docker.io/.test(f.message))"

printf 'ignore:\n  - rule: RP-DF-001\n    expires: tomorrow\n' >"$T/badexp.yaml"
run "$RAMPART" scan "$T/p" --config "$T/badexp.yaml"
expect_rc "bad expiry date" 2
expect_err "bad expiry located" "badexp.yaml:3:"

finish
