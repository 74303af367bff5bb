# rampart k8s: inputs (files, directories, stdin, Lists, kubectl JSON), targets, locations,
# suppression by comment, annotation and config object selector, --pss-version, exit codes.
. "$SRCDIR/tests/cli/lib.sh"

mkdir -p "$T/m/apps" "$T/m/chart/templates"
cat >"$T/m/apps/web.yaml" <<'Y'
apiVersion: v1
kind: Namespace
metadata:
  name: shop
  labels:
    pod-security.kubernetes.io/enforce: baseline
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
        - name: app
          image: ghcr.io/acme/web:1.4.2
          securityContext:
            privileged: yes
        - name: sidecar
          image: ghcr.io/acme/proxy:2.0.1
          # rampart:ignore=RP-K8S-001 the proxy needs it (TICKET-9)
          securityContext: {privileged: true}
Y
cat >"$T/m/apps/batch.json" <<'J'
{"apiVersion": "v1", "kind": "List", "items": [
  {"apiVersion": "batch/v1", "kind": "CronJob",
   "metadata": {"name": "backup", "namespace": "ops",
                "annotations": {"rampart.dev/ignore": "RP-K8S-002"}},
   "spec": {"schedule": "0 3 * * *", "jobTemplate": {"spec": {"template": {"spec": {
     "hostNetwork": true,
     "containers": [{"name": "dump", "image": "postgres:16.2",
                     "securityContext": {"privileged": true}}]}}}}}}
]}
J
printf 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Values.name }}\n' >"$T/m/chart/templates/cm.yaml"
printf 'replicaCount: 2\nimage: {tag: 1.0}\n' >"$T/m/chart/values.yaml"

run "$RAMPART" k8s "$T/m" -f json
expect_rc "findings" 1
json_eval "targets: manifests only, not values.yaml or the template" "$T/out" \
  "r.targets.length === 2 && r.targets.every(t => t.kind === 'kubernetes' && t.errors.length === 0)"
json_eval "privileged: yes (YAML 1.1) is privileged" "$T/out" \
  "r.findings.some(f => f.rule === 'RP-K8S-001' && f.location.object === 'Deployment/shop/web' && f.location.field === 'spec.template.spec.containers[0].securityContext.privileged' && f.location.line === 24 && /\"app\"/.test(f.message))"
json_eval "namespace enforcement: rejected, severity raised" "$T/out" \
  "r.findings.some(f => f.rule === 'RP-K8S-001' && /rejects/.test(f.message) && (f.severity === 'high' || f.severity === 'critical'))"
json_eval "comment pragma suppresses the sidecar" "$T/out" \
  "!r.findings.some(f => f.rule === 'RP-K8S-001' && f.location.field.includes('containers[1]'))"
json_eval "CronJob nesting in a List from JSON" "$T/out" \
  "r.findings.some(f => f.rule === 'RP-K8S-001' && f.location.object === 'CronJob/ops/backup' && f.location.field === 'spec.jobTemplate.spec.template.spec.containers[0].securityContext.privileged')"
json_eval "annotation rampart.dev/ignore suppresses" "$T/out" \
  "!r.findings.some(f => f.rule === 'RP-K8S-002' && f.location.object === 'CronJob/ops/backup') && r.summary.suppressed >= 2"
expect_err "template reported as needing rendering" "render it first"

run "$RAMPART" k8s "$T/m" -f json --show-suppressed
json_eval "suppression reasons" "$T/out" \
  "r.findings.some(f => f.suppressed && f.suppressed.kind === 'inline' && /TICKET-9/.test(f.suppressed.reason)) && r.findings.some(f => f.suppressed && /annotation/.test(f.suppressed.reason))"

cat >"$T/m/.rampart.yaml" <<'Y'
ignore:
  - rule: RP-K8S-001
    objects: ["CronJob/ops/*"]
    reason: backups run privileged until the operator lands
Y
run "$RAMPART" k8s "$T/m" -f json
json_eval "config object selector" "$T/out" \
  "!r.findings.some(f => f.rule === 'RP-K8S-001' && f.location.object === 'CronJob/ops/backup') && r.findings.some(f => f.rule === 'RP-K8S-001' && f.location.object === 'Deployment/shop/web')"
rm "$T/m/.rampart.yaml"

cat "$T/m/apps/web.yaml" | "$RAMPART" k8s - -f json >"$T/out" 2>"$T/err"
json_eval "stdin" "$T/out" "r.targets[0].target === '-' && r.findings.some(f => f.rule === 'RP-K8S-001')"
cat "$T/m/apps/web.yaml" | "$RAMPART" scan - -f json >"$T/out" 2>"$T/err"
json_eval "scan - sniffs manifests" "$T/out" "r.targets[0].kind === 'kubernetes'"

run "$RAMPART" scan "$T/m" -f json
json_eval "scan picks manifests up" "$T/out" "r.targets.filter(t => t.kind === 'kubernetes').length === 2"

run "$RAMPART" k8s "$T/m" --format sarif -o "$T/k.sarif"
json_eval "sarif logical locations" "$T/k.sarif" \
  "r.runs[0].results.some(x => x.ruleId === 'RP-K8S-001' && x.locations[0].logicalLocations && x.locations[0].physicalLocation.region.startLine === 24)"
if command -v node >/dev/null 2>&1; then
    if "$SRCDIR/tests/tools/sarif-validate.sh" "$T/k.sarif" >"$T/val" 2>&1; then ok; else
        bad "SARIF of Kubernetes findings rejected by the validator"
        tail -20 "$T/val" >&2
    fi
fi

run "$RAMPART" k8s "$T/m"
expect_out "table shows object and field" "Deployment/shop/web: spec.template.spec.containers\[0\]"

printf 'apiVersion: v1\nkind: Pod\nmetadata: {name: x}\nspec:\n  containers: [\n' >"$T/broken.yaml"
run "$RAMPART" k8s "$T/broken.yaml"
expect_rc "broken manifest is an error" 3
expect_err "error located" "broken.yaml:[0-9]+:[0-9]+:"

mkdir -p "$T/other"
printf 'just: [some, yaml]\n' >"$T/other/random.yaml"
printf '{\n' >"$T/other/broken.json"
run "$RAMPART" scan "$T/other"
expect_rc "walked non-manifests are skipped quietly" 0

run "$RAMPART" k8s --pss-version v1.99x "$T/m"
expect_rc "bad --pss-version" 2
run "$RAMPART" k8s
expect_rc "k8s needs a path" 2

finish
