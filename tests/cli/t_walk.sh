# Walking directories: which files are Dockerfiles, skip patterns, .git, symlinks, stdin, jobs.
. "$SRCDIR/tests/cli/lib.sh"

d="$T/tree"
mkdir -p "$d/a" "$d/b/vendor" "$d/.git" "$d/c" "$T/outside"
for f in a/Dockerfile a/Containerfile a/api.Dockerfile a/Dockerfile.dev b/vendor/Dockerfile \
    .git/Dockerfile c/Dockerfile.bak; do
    printf 'FROM debian:latest\n' >"$d/$f"
done
printf 'not a dockerfile\n' >"$d/a/notes.txt"
printf 'FROM debian:latest\n' >"$T/outside/Dockerfile"
ln -s "$T/outside" "$d/linkdir"
ln -s "$T/outside/Dockerfile" "$d/c/Dockerfile"
ln -s ../a/Dockerfile "$d/b/Dockerfile"

run "$RAMPART" scan "$d" -f json
json_eval "recognised names, .git skipped, links never leave the root" "$T/out" \
  "JSON.stringify(r.targets.map(t => t.target.replace(/^.*tree\//, '')).sort()) === JSON.stringify(['a/Containerfile','a/Dockerfile','a/Dockerfile.dev','a/api.Dockerfile','b/Dockerfile','b/vendor/Dockerfile','c/Dockerfile.bak'])"

run "$RAMPART" scan "$d" -f json --skip-dirs vendor --skip-files '*.bak,**/Dockerfile.dev'
json_eval "skip patterns" "$T/out" \
  "!r.targets.some(t => /vendor|\.bak|Dockerfile\.dev/.test(t.target)) && r.targets.length === 4"

RAMPART_SKIP_DIRS=a run "$RAMPART" scan "$d" -f json
json_eval "RAMPART_SKIP_DIRS" "$T/out" "!r.targets.some(t => /tree\/a\//.test(t.target))"

run "$RAMPART" scan "$d" -f json -j 1
cp "$T/out" "$T/one.json"
run "$RAMPART" scan "$d" -f json -j 4
if diff "$T/one.json" "$T/out" >/dev/null; then ok; else bad "output depends on --jobs"; fi

printf 'FROM debian:latest\n' | "$RAMPART" dockerfile - -f json >"$T/out" 2>"$T/err"
json_eval "stdin" "$T/out" "r.targets[0].target === '-' && r.findings.some(f => f.rule === 'RP-DF-001')"

run "$RAMPART" dockerfile "$d/a/notes.txt" -f json
json_eval "a named file is a Dockerfile whatever its name" "$T/out" "r.targets[0].kind === 'dockerfile'"

run "$RAMPART" scan "$d/a/notes.txt"
expect_rc "scan of an unknown file kind" 0
expect_err "warns about the unknown file" "no analyzer recognises"

printf 'FROM debian:12\n' >"$T/big.Dockerfile"
head -c 68000000 /dev/zero | tr '\0' '#' >>"$T/big.Dockerfile"
run "$RAMPART" dockerfile "$T/big.Dockerfile"
expect_rc "file over the size limit" 3
expect_err "size limit named" "larger than the 67108864-byte limit"

printf 'FROM debian:12\n\001\000binary' >"$T/bin.Dockerfile"
run "$RAMPART" dockerfile "$T/bin.Dockerfile"
expect_rc "binary file" 3
expect_err "binary file named" "bin.Dockerfile:2: not a text file"

finish
