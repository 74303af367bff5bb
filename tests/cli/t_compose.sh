# rampart compose and compose files in rampart scan: names, stdin, defaults, locations,
# secrets never printed, errors, suppression, the help and the man page.
. "$SRCDIR/tests/cli/lib.sh"

d="$T/proj"
mkdir -p "$d/deploy" "$d/empty"
cat >"$d/compose.yaml" <<'Y'
x-hardening: &hardening
  read_only: true
  security_opt: ["no-new-privileges:true"]
  mem_limit: 256m
  pids_limit: 100

services:
  proxy:
    <<: *hardening
    image: traefik:v3.1
    user: "65532:65532"
    ports: ["80:80"]
    volumes:
      - /var/run/docker.sock:/var/run/docker.sock:ro
  db:
    <<: *hardening
    image: postgres:16.4
    user: "70:70"
    environment:
      POSTGRES_PASSWORD: hunter2-correct-horse
Y
cat >"$d/docker-compose.prod.yml" <<'Y'
services:
  proxy:
    privileged: true
Y
printf 'services:\n  api:\n    image: example/api\n' >"$d/deploy/api.compose.yaml"
printf 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {a: b}\n' >"$d/deploy/cm.yaml"

run "$RAMPART" scan "$d" -f json
expect_rc "scan finds compose files" 1
json_eval "compose names are compose targets, other YAML stays Kubernetes" "$T/out" \
  "JSON.stringify(r.targets.map(t => t.target.replace(/^.*proj\//, '') + '=' + t.kind).sort()) === JSON.stringify(['compose.yaml=compose','deploy/api.compose.yaml=compose','deploy/cm.yaml=kubernetes','docker-compose.prod.yml=compose'])"
json_eval "socket finding located at its field" "$T/out" \
  "r.findings.some(f => f.rule === 'RP-COMPOSE-009' && f.severity === 'critical' && f.location.line === 14 && f.location.object === 'service/proxy' && f.location.field === 'services.proxy.volumes[0]')"
json_eval "merged x- fields count" "$T/out" \
  "!r.findings.some(f => /proj\/compose.yaml$/.test(f.location.path) && ['RP-COMPOSE-013','RP-COMPOSE-020','RP-COMPOSE-021','RP-COMPOSE-022'].includes(f.rule))"
json_eval "privileged override file" "$T/out" \
  "r.findings.some(f => f.rule === 'RP-COMPOSE-001' && /docker-compose.prod.yml$/.test(f.location.path) && f.location.line === 3)"
if grep -q "hunter2-correct-horse" "$T/out"; then bad "the secret is printed in JSON"; else ok; fi
json_eval "secret shown redacted" "$T/out" \
  "r.findings.some(f => f.rule === 'RP-COMPOSE-014' && f.message.includes('\"hunt\u2026\"') && f.location.field === 'services.db.environment.POSTGRES_PASSWORD')"

for fmt in table sarif junit; do
    run "$RAMPART" compose "$d/compose.yaml" -f "$fmt"
    if grep -q "hunter2-correct-horse" "$T/out"; then bad "the secret is printed in $fmt"; else ok; fi
done
if command -v node >/dev/null 2>&1; then
    run "$RAMPART" compose "$d/compose.yaml" -f sarif -o "$T/c.sarif"
    if "$SRCDIR/tests/tools/sarif-validate.sh" "$T/c.sarif" >"$T/val" 2>&1; then ok; else
        bad "official SARIF validator rejects the compose report"
        head -20 "$T/val" >&2
    fi
fi

# a named file is a compose file whatever its name; stdin with - or sniffed by scan
cp "$d/compose.yaml" "$T/stack.yml"
run "$RAMPART" compose "$T/stack.yml" -f json
json_eval "named file is compose" "$T/out" "r.targets.length === 1 && r.targets[0].kind === 'compose' && r.findings.length > 0"
"$RAMPART" compose - -f json <"$d/compose.yaml" >"$T/out" 2>"$T/err"
json_eval "compose -" "$T/out" "r.targets[0].target === '-' && r.targets[0].kind === 'compose' && r.findings.some(f => f.rule === 'RP-COMPOSE-009')"
"$RAMPART" scan - -f json <"$d/compose.yaml" >"$T/out" 2>"$T/err"
json_eval "scan - sniffs a compose file" "$T/out" "r.targets[0].kind === 'compose'"
"$RAMPART" scan - -f json <"$d/deploy/cm.yaml" >"$T/out" 2>"$T/err"
json_eval "scan - still reads manifests" "$T/out" "r.targets.length === 0 || r.targets[0].kind === 'kubernetes'"

# without FILE: what docker compose would read here, with its override file
cp "$d/compose.yaml" "$d/empty/compose.yaml"
printf 'services:\n  db:\n    ports: ["5432:5432"]\n' >"$d/empty/compose.override.yaml"
(cd "$d/empty" && "$RAMPART" compose -f json >"$T/out" 2>"$T/err")
json_eval "default files" "$T/out" \
  "JSON.stringify(r.targets.map(t => t.target)) === JSON.stringify(['compose.yaml','compose.override.yaml'])"
mkdir -p "$T/none"
(cd "$T/none" && "$RAMPART" compose >"$T/out" 2>"$T/err")
rc=$?
expect_rc "no compose file here" 2
expect_err "says what is missing" "no compose.yaml"

# a hardened file: not a single finding
cat >"$T/hardened.compose.yaml" <<'Y'
services:
  web:
    image: nginxinc/nginx-unprivileged:1.27.2
    user: "101:101"
    read_only: true
    tmpfs: [/tmp, /var/cache/nginx]
    cap_drop: [ALL]
    cap_add: [NET_BIND_SERVICE]
    security_opt: ["no-new-privileges:true"]
    ports: ["127.0.0.1:8080:8080"]
    mem_limit: 256m
    pids_limit: 100
    restart: on-failure:5
    environment:
      DB_PASSWORD_FILE: /run/secrets/db_password
      DB_PASSWORD: ${DB_PASSWORD:?set it}
    secrets: [db_password]
    volumes:
      - ./html:/usr/share/nginx/html:ro
      - /etc/localtime:/etc/localtime:ro
secrets:
  db_password:
    file: ./db_password.txt
Y
run "$RAMPART" compose "$T/hardened.compose.yaml"
expect_rc "hardened file is clean" 0
expect_out "no findings" "No findings"

# errors: duplicate keys (compose refuses them), not YAML; a file without services
printf 'services:\n  a:\n    image: x:1\n  a:\n    image: y:1\n' >"$T/dup.compose.yaml"
run "$RAMPART" compose "$T/dup.compose.yaml"
expect_rc "duplicate keys" 3
expect_err "error located" "dup.compose.yaml:4"
printf 'name: app\ninclude: [other.yaml]\n' >"$T/include.compose.yaml"
run "$RAMPART" compose "$T/include.compose.yaml"
expect_rc "no services is not an error" 0
expect_err "warns" "no services in it"

# suppression: inline pragmas, --disable by name or peer id, severity filter
cat >"$T/ign.compose.yaml" <<'Y'
services:
  hw:
    image: example/hw:1.0
    # rampart:ignore=RP-COMPOSE-001 the test rig needs the GPIO pins
    privileged: true
Y
run "$RAMPART" compose "$T/ign.compose.yaml" -f json --show-suppressed
json_eval "inline pragma" "$T/out" "r.findings.some(f => f.rule === 'RP-COMPOSE-001' && f.suppressed && /GPIO/.test(f.suppressed.reason))"
run "$RAMPART" compose "$T/ign.compose.yaml" -f json --no-inline-ignores --disable compose-user-root \
  --disable kics:27fcc7d6-c49b-46e0-98f1-6c082a6a2750
json_eval "--disable by name and by KICS id" "$T/out" \
  "r.findings.some(f => f.rule === 'RP-COMPOSE-001') && !r.findings.some(f => ['RP-COMPOSE-015','RP-COMPOSE-013'].includes(f.rule))"
run "$RAMPART" compose "$T/ign.compose.yaml" --no-inline-ignores --severity critical --fail-on critical
expect_rc "gate" 1
expect_out "critical only" "RP-COMPOSE-001"
expect_no_out "nothing lower" "RP-COMPOSE-02"

# every rule's documented example: the flagged one fires the rule, the fixed one does not
for n in $(seq -w 1 23); do
    id="RP-COMPOSE-0$n"
    "$RAMPART" rules --format markdown "$id" >"$T/doc.md"
    for part in Flagged Fixed; do
        awk -v part="$part:" '$0 == part { on = 1; next } on && /^```yaml/ { body = 1; next }
            body && /^```/ { exit } body { print }' "$T/doc.md" >"$T/ex.compose.yaml"
        run "$RAMPART" compose "$T/ex.compose.yaml" -f json
        if [ "$part" = Flagged ]; then
            json_eval "$id flagged example fires" "$T/out" "r.findings.some(f => f.rule === '$id')"
        else
            json_eval "$id fixed example is clean of it" "$T/out" "!r.findings.some(f => f.rule === '$id')"
        fi
    done
done

# the catalogue, the help, the man page
run "$RAMPART" rules
expect_out "compose rules listed" "^RP-COMPOSE-001 +critical"
run "$RAMPART" rules CIS-Docker-5.32
expect_out "CIS id finds the rule" "^RP-COMPOSE-009 "
run "$RAMPART" rules RP-COMPOSE-009
expect_out "peer named" "kics:d6355c88-1e8d-49e9-b2f2-f8a1ca12c75b \(KICS\)"
run "$RAMPART" --help
expect_out "main help lists compose" "^  compose "
run "$RAMPART" compose --help
expect_rc "compose --help" 0
expect_out "usage" "^Usage: rampart compose"
if grep -q '^\.SS compose' "$SRCDIR/docs/rampart.1"; then ok; else bad "man page lacks .SS compose"; fi
for flag in $(grep -oE -- '--[a-z][a-z-]+' "$T/out" | sort -u); do
    if grep -qF -- "$(printf '%s' "$flag" | sed 's/-/\\-/g')" "$SRCDIR/docs/rampart.1"; then ok; else
        bad "man page lacks $flag"
    fi
done
if [ -f "$SRCDIR/docs/internals/compose.md" ]; then ok; else bad "docs/internals/compose.md missing"; fi

finish
