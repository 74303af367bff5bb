# Suppression: inline pragmas (rampart and peers'), config ignores with paths and expiry,
# --no-inline-ignores, --show-suppressed, --baseline.
. "$SRCDIR/tests/cli/lib.sh"

mkdir -p "$T/p/legacy" "$T/p/new"
cat >"$T/p/new/Dockerfile" <<'D'
FROM debian:latest
# rampart:ignore=RP-DF-001 base is pinned by the release pipeline
FROM debian:latest AS second
# hadolint ignore=DL3008,DL3015
RUN apt-get update && apt-get install -y curl \
    && rm -rf /var/lib/apt/lists/*
USER 1000
HEALTHCHECK CMD ["true"]
D
cp "$T/p/new/Dockerfile" "$T/p/legacy/Dockerfile"

run "$RAMPART" scan "$T/p/new" -f json
json_eval "unsuppressed latest on line 1" "$T/out" "r.findings.filter(f => f.rule === 'RP-DF-001').map(f => f.location.line).join() === '1'"
json_eval "hadolint pragma covers the continued RUN" "$T/out" "!r.findings.some(f => ['RP-DF-041','RP-DF-039'].includes(f.rule))"
json_eval "suppressed counted" "$T/out" "r.summary.suppressed === 3"

run "$RAMPART" scan "$T/p/new" -f json --no-inline-ignores
json_eval "--no-inline-ignores" "$T/out" "r.findings.filter(f => f.rule === 'RP-DF-001').length === 2 && r.findings.some(f => f.rule === 'RP-DF-041') && r.summary.suppressed === 0"

RAMPART_NO_INLINE_IGNORES=1 run "$RAMPART" scan "$T/p/new" -f json
json_eval "RAMPART_NO_INLINE_IGNORES" "$T/out" "r.summary.suppressed === 0"

cat >"$T/p/.rampart.yaml" <<'Y'
ignore:
  - rule: RP-DF-001
    paths: ["legacy/**"]
    reason: legacy images are frozen
  - rule: DL3008
    reason: expired exception
    expires: 2026-01-31
Y
run "$RAMPART" scan "$T/p" -f json --no-inline-ignores
json_eval "config ignore by path" "$T/out" "!r.findings.some(f => f.rule === 'RP-DF-001' && f.location.path.includes('legacy')) && r.findings.some(f => f.rule === 'RP-DF-001' && f.location.path.includes('new'))"
json_eval "expired ignore no longer suppresses" "$T/out" "r.findings.filter(f => f.rule === 'RP-DF-041').length === 2"
json_eval "expired ignore warned in report" "$T/out" "r.warnings.some(w => /expired on 2026-01-31/.test(w))"
expect_err "expired ignore warned on stderr" "expired on 2026-01-31"

run "$RAMPART" scan "$T/p/" -f json --no-inline-ignores
json_eval "config ignore paths also when the root is named with a trailing slash" "$T/out" "!r.findings.some(f => f.rule === 'RP-DF-001' && f.location.path.includes('legacy'))"

run "$RAMPART" scan "$T/p" -f json --no-inline-ignores --show-suppressed
json_eval "config suppression shown" "$T/out" "r.findings.some(f => f.rule === 'RP-DF-001' && f.suppressed && f.suppressed.kind === 'config' && f.suppressed.reason === 'legacy images are frozen')"

RAMPART_TODAY=2026-01-01 run "$RAMPART" scan "$T/p" -f json --no-inline-ignores
json_eval "unexpired ignore suppresses" "$T/out" "r.findings.filter(f => f.rule === 'RP-DF-041').length === 0"

# baseline: a later scan hides what the earlier report had, and shows only what is new
run "$RAMPART" scan "$T/p/new" -f json -o "$T/base.json"
printf 'RUN pip install flask\n' >>"$T/p/new/Dockerfile"
sed -i '1i # a comment that moves every line down' "$T/p/new/Dockerfile"
run "$RAMPART" scan "$T/p/new" -f json --baseline "$T/base.json"
json_eval "baseline hides old findings even after lines moved" "$T/out" "r.findings.length > 0 && r.findings.every(f => f.rule === 'RP-DF-049' || f.rule === 'RP-DF-050' || f.rule === 'RP-DF-034')"
run "$RAMPART" scan "$T/p/new" -f json --baseline "$T/base.json" --show-suppressed
json_eval "baseline suppressions shown" "$T/out" "r.findings.some(f => f.suppressed && f.suppressed.kind === 'baseline')"

run "$RAMPART" scan "$T/p/new" --baseline "$T/base.json"
expect_rc "new findings still fail the gate" 1

finish
