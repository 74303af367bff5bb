# Peer parity: every tests/parity/*.Dockerfile is linted and its findings compared with the
# expectations written in it, which say what hadolint, Trivy, Checkov and Dockle report there:
#   # expect: DL3008 AVD-DS-0029   on the line(s) right above an instruction: each id must be in
#                                  the refs of a finding located at that instruction
#   # expect-file: CKV_DOCKER_2    anywhere: some finding of the file carries the id
#   # expect-none                  at the top: the file must have no finding at all
# Extra findings are fine (rampart may find more), except in expect-none files.
. "$SRCDIR/tests/cli/lib.sh"

cat >"$T/check.js" <<'JS'
'use strict';
const fs = require('fs');
const [file, report, shown] = process.argv.slice(2);
const src = fs.readFileSync(file, 'utf8').replace(/\r\n/g, '\n').split('\n');
const r = JSON.parse(fs.readFileSync(report, 'utf8'));
const findings = r.findings || [];
let nok = 0;
const fail = (line, msg) => console.log(`FAIL ${shown}:${line}: ${msg}`);

// The escape character: "# escape=`" among the parser directives at the top.
let esc = '\\';
for (const l of src) {
    const m = /^#\s*escape\s*=\s*(\S)\s*$/i.exec(l);
    if (m) { esc = m[1]; break; }
    if (!/^#\s*[a-z]+\s*=/i.test(l)) break;
}

// Instructions: [first, last] line (1-based), continuations, comment lines inside them and
// heredoc bodies included.
const instrs = [];
const isBlank = (l) => /^\s*$/.test(l), isComment = (l) => /^\s*#/.test(l);
for (let i = 0; i < src.length; i++) {
    if (isBlank(src[i]) || isComment(src[i])) continue;
    const first = i;
    const docs = [];
    for (;;) {
        const line = src[i];
        for (const m of line.matchAll(/<<-?\s*(["']?)([A-Za-z_][A-Za-z0-9_]*)\1/g))
            docs.push({ name: m[2], strip: m[0].startsWith('<<-') });
        const cont = line.replace(/\s+$/, '').endsWith(esc) && !isComment(line);
        if (!cont || i + 1 >= src.length) break;
        i++;
        while (i < src.length - 1 && (isComment(src[i]) || isBlank(src[i]))) i++;
    }
    for (const d of docs) {
        while (i + 1 < src.length) {
            i++;
            const body = d.strip ? src[i].replace(/^\t+/, '') : src[i];
            if (body === d.name) break;
        }
    }
    instrs.push({ first: first + 1, last: i + 1 });
}

const at = (ins) => findings.filter((f) => {
    const l = f.location && f.location.line, e = (f.location && f.location.end_line) || l;
    return l && ((l <= ins.first && ins.first <= e) || (ins.first <= l && l <= ins.last));
});
const refsOf = (fs_) => new Set([].concat(...fs_.map((f) => f.refs || [])));

let none = false;
const fileIds = [];
const pending = [];
src.forEach((l, n) => {
    let m;
    if (/^#\s*expect-none\s*$/.test(l)) none = true;
    else if ((m = /^#\s*expect-file:\s*(.*)$/.exec(l))) fileIds.push(...m[1].split(/\s+/).filter(Boolean));
    else if ((m = /^#\s*expect:\s*(.*)$/.exec(l))) pending.push({ line: n + 1, ids: m[1].split(/\s+/).filter(Boolean) });
});

for (const p of pending) {
    const ins = instrs.find((x) => x.first > p.line);
    if (!ins) { fail(p.line, 'expect: with no instruction below it'); continue; }
    // only comments may stand between the expectation and its instruction
    for (let k = p.line; k < ins.first - 1; k++)
        if (!isComment(src[k])) { fail(p.line, 'expect: not right above an instruction'); break; }
    const have = refsOf(at(ins));
    for (const id of p.ids) {
        if (have.has(id)) nok++;
        else fail(ins.first, `missing ${id}`);
    }
}
const all = refsOf(findings);
for (const id of fileIds) {
    if (all.has(id)) nok++;
    else fail(1, `missing ${id} (file-level)`);
}
if (none) {
    if (findings.length === 0) nok++;
    for (const f of findings)
        fail(f.location.line, `unexpected ${f.rule} [${(f.refs || []).join(' ')}]: ${f.message}`);
}
if (!none && !pending.length && !fileIds.length) fail(1, 'no expectation in the file');
console.log(`OK ${nok}`);
JS

files=0
for f in "$SRCDIR"/tests/parity/*.Dockerfile; do
    [ -e "$f" ] || continue
    files=$((files + 1))
    name=tests/parity/${f##*/}
    run "$RAMPART" dockerfile "$f" -f json --no-inline-ignores
    if [ "$rc" -ne 0 ] && [ "$rc" -ne 1 ]; then
        bad "$name: exit status $rc"
        sed 's/^/  err| /' "$T/err" | head -5 >&2
        continue
    fi
    if ! node "$T/check.js" "$f" "$T/out" "$name" >"$T/res" 2>"$T/node.err"; then
        bad "$name: checker failed"
        head -5 "$T/node.err" >&2
        continue
    fi
    while IFS= read -r l; do
        case $l in
        "FAIL "*) bad "${l#FAIL }" ;;
        "OK "*) pass=$((pass + ${l#OK })) ;;
        esac
    done <"$T/res"
done
[ "$files" -ge 40 ] || bad "tests/parity: $files files, expected at least 40"

# a command in a heredoc body is reported from its RUN line down to the command's line
run "$RAMPART" dockerfile "$SRCDIR/tests/parity/heredoc-bad.Dockerfile" -f json
json_eval "heredoc command located from the RUN" "$T/out" "r.findings.some(f => f.rule === 'RP-DF-041' && f.location.line === 6 && f.location.end_line === 9)"
finish
