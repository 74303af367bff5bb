# --help on every subcommand, the rule catalogue, the man page and the generated docs.
. "$SRCDIR/tests/cli/lib.sh"

for cmd in scan dockerfile k8s compose rules config version; do
    run "$RAMPART" "$cmd" --help
    expect_rc "$cmd --help" 0
    expect_out "$cmd --help usage" "^Usage: rampart $cmd"
    if grep -q "^\.SS $cmd" "$SRCDIR/docs/rampart.1"; then ok; else
        bad "man page does not document $cmd"
    fi
done
run "$RAMPART" --help
expect_rc "--help" 0
expect_out "commands listed" "dockerfile FILE"
run "$RAMPART"
expect_rc "no command is a usage error" 2
run "$RAMPART" help scan
expect_out "help COMMAND" "^Usage: rampart scan"

# every flag in scan --help is in the man page
run "$RAMPART" scan --help
for flag in $(grep -oE -- '--[a-z][a-z-]+' "$T/out" | sort -u); do
    if grep -qF -- "$(printf '%s' "$flag" | sed 's/-/\\-/g')" "$SRCDIR/docs/rampart.1"; then ok; else
        bad "man page lacks $flag"
    fi
done

run "$RAMPART" version
expect_out "version" "^rampart [0-9]+\.[0-9]+\.[0-9]+"

run "$RAMPART" rules
expect_rc "rules" 0
expect_out "catalogue lists RP-DF-001" "^RP-DF-001 "
expect_out "catalogue shows peer ids" "DL3007"

run "$RAMPART" rules RP-DF-001
expect_rc "rules ID" 0
expect_out "explains" "Why it matters"
expect_out "shows refs with peers" "DL3007 \(hadolint\)"

run "$RAMPART" rules DL3008
expect_rc "rules by peer id" 0
expect_out "peer id finds the rule" "^RP-DF-041 "

run "$RAMPART" rules NOPE-1
expect_rc "unknown rule id" 2

run "$RAMPART" rules --format json
json_eval "rules json" "$T/out" "Array.isArray(r) && r.length > 60 && r.every(x => x.id && x.severity && x.title && x.description && x.remediation && Array.isArray(x.refs))"
json_eval "a rule without peer ids says so in its notes" "$T/out" "r.filter(x => x.refs.length === 0).every(x => x.name === 'parse-error' || (x.notes && x.notes.length > 20))"
json_eval "ids unique" "$T/out" "new Set(r.map(x=>x.id)).size === r.length && new Set(r.map(x=>x.name)).size === r.length"

# docs/rules is generated from the catalogue and must be up to date
mkdir -p "$T/docs"
run "$RAMPART" rules --docs-dir "$T/docs"
expect_rc "docs generation" 0
if diff -r "$T/docs" "$SRCDIR/docs/rules" >"$T/diff" 2>&1; then ok; else
    bad "docs/rules is stale: run 'make docs'"
    head -20 "$T/diff" >&2
fi

finish
