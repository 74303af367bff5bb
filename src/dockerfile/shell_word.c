/* Word scanning for the RUN splitter (shell.c): quote removal, escapes, $'...', ${...},
 * $((...)), $( ), <( ) and backquotes, arrays, here-document bodies and comments.
 * docs/internals/shell.md describes the quoting rules.
 *
 * Words are built in a scratch buffer indexed like the source: a word that starts at src[i]
 * is written from scratch[i], and quote removal never makes text longer, so a word under
 * construction never reaches the bytes a nested level writes, and each finished word is
 * copied into the arena exactly once (by shell.c). A $( ) or backquoted range is split by a
 * nested level (rp__sh_parse_nested) while the word is scanned, then kept verbatim. */
#include <string.h>

#include "core/util.h"
#include "dockerfile/shell_internal.h"

static int scan_dquote(sh_level *L, sh_tok *t, size_t *w);

/* ---- small helpers ---------------------------------------------------------------------- */

/* Index just past the ) that closes depth open parentheses from s[i], skipping quoted
 * text; len when there is none. */
static size_t
skip_parens(const char *s, size_t i, size_t len, int depth, bool *ok)
{
    while (i < len) {
        char c = s[i++];
        if (c == '\\') {
            if (i < len)
                i++;
        } else if (c == '\'') {
            const char *q = memchr(s + i, '\'', len - i);
            i = q ? (size_t)(q - s) + 1 : len;
        } else if (c == '"') {
            while (i < len && s[i] != '"')
                i += (s[i] == '\\' && i + 1 < len) ? 2 : 1;
            i = i < len ? i + 1 : len;
        } else if (c == '(') {
            depth++;
        } else if (c == ')' && --depth == 0) {
            *ok = true;
            return i;
        }
    }
    *ok = false;
    return len;
}

/* (( arithmetic )): not a command, and nothing in it to keep. */
void
rp__sh_skip_arith(sh_level *L)
{
    bool ok;

    L->pos = skip_parens(L->src, L->pos + 2, L->len, 2, &ok);
    if (!ok)
        syntax(L->st, "unterminated ((");
}

/* ---- here-documents and comments -------------------------------------------------------- */

/* Skips the bodies of the here-documents opened on the line that just ended. A body that
 * is missing altogether is not an error: the Dockerfile parser takes BuildKit heredoc bodies
 * out of the RUN text before it is split. */
void
rp__sh_skip_heredocs(sh_level *L)
{
    sh_state *st = L->st;

    for (size_t i = L->hbase; i < st->nh && L->pos < L->len; i++) {
        const sh_heredoc *h = &st->h[i];
        for (;;) {
            size_t b = L->pos, e;
            const char *nl;
            if (L->pos >= L->len) {
                syntax(st, "unterminated here-document");
                break;
            }
            nl = memchr(L->src + b, '\n', L->len - b);
            e = nl ? (size_t)(nl - L->src) : L->len;
            L->pos = nl ? e + 1 : L->len;
            while (h->strip && b < e && L->src[b] == '\t')
                b++;
            if (e > b && L->src[e - 1] == '\r')
                e--;
            if (e - b == h->n && memcmp(L->src + b, h->delim, h->n) == 0)
                break;
        }
    }
    st->nh = L->hbase;
}

void
rp__sh_skip_comment(sh_level *L)
{
    const char *nl = memchr(L->src + L->pos, '\n', L->len - L->pos);

    L->pos = nl ? (size_t)(nl - L->src) : L->len;
}

/* ---- words ------------------------------------------------------------------------------ */

static void
mark(sh_tok *t, size_t w, uint8_t flag)
{
    t->flags |= flag;
    if (t->lit == SH_NONE)
        t->lit = w - t->start;
}

/* Copies src[from, to) into the word verbatim and moves the cursor to `to`. */
static void
copy_src(sh_level *L, size_t *w, size_t from, size_t to)
{
    memcpy(L->scratch + *w, L->src + from, to - from);
    *w += to - from;
    L->pos = to;
}

static void
scan_escape(sh_level *L, sh_tok *t, size_t *w)
{
    int n = at(L, 1);
    size_t k = continuation(L);

    if (k) {
        L->pos += k;
        return;
    }
    if (n < 0) { /* a backslash at the very end stays */
        L->scratch[(*w)++] = '\\';
        L->pos++;
        return;
    }
    mark(t, *w, RP_SH_W_QUOTED);
    L->scratch[(*w)++] = (char)n;
    L->pos += 2;
}

static void
scan_squote(sh_level *L, sh_tok *t, size_t *w)
{
    const char *q;

    mark(t, *w, RP_SH_W_QUOTED);
    L->pos++;
    q = memchr(L->src + L->pos, '\'', L->len - L->pos);
    copy_src(L, w, L->pos, q ? (size_t)(q - L->src) : L->len);
    if (q)
        L->pos++;
    else
        syntax(L->st, "unterminated single quote");
}

/* One escape of $'...' at the cursor (a backslash with a byte after it). */
static void
ansi_escape(sh_level *L, size_t *w)
{
    static const char from[] = "ntrabeEfv\\'\"?";
    static const char to[] = "\n\t\r\a\b\033\033\f\v\\'\"?";
    const char *s = L->src;
    size_t p = L->pos + 1;
    int c = (unsigned char)s[p], v = 0, k;

    if (in_set(c, from)) {
        L->scratch[(*w)++] = to[strchr(from, c) - from];
        L->pos = p + 1;
    } else if (c >= '0' && c <= '7') {
        for (k = 0; k < 3 && p < L->len && s[p] >= '0' && s[p] <= '7'; k++, p++)
            v = v * 8 + (s[p] - '0');
        L->scratch[(*w)++] = (char)(v & 0xff);
        L->pos = p;
    } else if (c == 'x' && p + 1 < L->len && rp__hex_value((unsigned char)s[p + 1]) >= 0) {
        for (p++, k = 0; k < 2 && p < L->len && rp__hex_value((unsigned char)s[p]) >= 0; k++, p++)
            v = v * 16 + rp__hex_value((unsigned char)s[p]);
        L->scratch[(*w)++] = (char)v;
        L->pos = p;
    } else { /* \u, \c and unknown escapes stay as written */
        L->scratch[(*w)++] = '\\';
        L->scratch[(*w)++] = (char)c;
        L->pos = p + 1;
    }
}

static void
scan_ansi(sh_level *L, sh_tok *t, size_t *w)
{
    mark(t, *w, RP_SH_W_QUOTED);
    L->pos += 2;
    while (L->pos < L->len && L->src[L->pos] != '\'') {
        if (L->src[L->pos] == '\\' && L->pos + 1 < L->len)
            ansi_escape(L, w);
        else
            L->scratch[(*w)++] = L->src[L->pos++];
    }
    if (L->pos < L->len)
        L->pos++;
    else
        syntax(L->st, "unterminated $'");
}

/* $( ), <( ) and >( ): the inside is split as a nested script (its commands are emitted now,
 * before the command that holds the word) and the text stays verbatim in the word. */
static int
scan_subst(sh_level *L, sh_tok *t, size_t *w, size_t skip)
{
    size_t from = L->pos, end;
    bool ok;
    int err;

    mark(t, *w, RP_SH_W_EXPANSION);
    if (L->nosubst) {
        end = skip_parens(L->src, from + skip, L->len, 1, &ok);
        if (!ok)
            syntax(L->st, "unterminated command substitution");
    } else {
        if ((err = rp__sh_parse_nested(&end, L, from + skip, L->len, ')')) < 0)
            return err;
        t->flags |= SH_W_SUBST;
    }
    copy_src(L, w, from, end);
    return 0;
}

/* `...`: the closing backquote is found first (\` inside stays escaped, so nested
 * backquotes are kept as text), then the inside is split as a nested script. */
static int
scan_backtick(sh_level *L, sh_tok *t, size_t *w)
{
    size_t from = L->pos, i = from + 1, end;
    int err;

    while (i < L->len && L->src[i] != '`')
        i += (L->src[i] == '\\' && i + 1 < L->len) ? 2 : 1;
    mark(t, *w, RP_SH_W_EXPANSION);
    if (!L->nosubst) {
        if ((err = rp__sh_parse_nested(&end, L, from + 1, i, 0)) < 0)
            return err;
        t->flags |= SH_W_SUBST;
    }
    if (i < L->len)
        i++;
    else
        syntax(L->st, "unterminated backquote");
    copy_src(L, w, from, i);
    return 0;
}

/* ${...}, kept verbatim: nested ${ } and quoted text are skipped over; single quotes only
 * outside double quotes, where they are quotes at all. */
static void
copy_braced(sh_level *L, sh_tok *t, size_t *w, bool dq)
{
    const char *s = L->src;
    size_t i = L->pos + 2, len = L->len;
    int depth = 1;

    mark(t, *w, RP_SH_W_EXPANSION);
    while (i < len && depth) {
        char c = s[i];
        if (c == '\\') {
            i += i + 1 < len ? 2 : 1;
        } else if (c == '\'' && !dq) {
            const char *q = memchr(s + i + 1, '\'', len - i - 1);
            i = q ? (size_t)(q - s) + 1 : len;
        } else if (c == '"') {
            for (i++; i < len && s[i] != '"';)
                i += (s[i] == '\\' && i + 1 < len) ? 2 : 1;
            i = i < len ? i + 1 : len;
        } else if (c == '$' && i + 1 < len && s[i + 1] == '{') {
            depth++;
            i += 2;
        } else {
            depth -= c == '}';
            i++;
        }
    }
    if (depth)
        syntax(L->st, "unterminated ${");
    copy_src(L, w, L->pos, i);
}

static int
scan_dollar(sh_level *L, sh_tok *t, size_t *w, bool dq)
{
    int c1 = at(L, 1);
    size_t end;
    bool ok;

    if (!dq && c1 == '\'') {
        scan_ansi(L, t, w);
    } else if (!dq && c1 == '"') { /* $"..." is a double-quoted string */
        L->pos++;
        return scan_dquote(L, t, w);
    } else if (c1 == '(' && at(L, 2) == '(') { /* $(( arithmetic )) */
        mark(t, *w, RP_SH_W_EXPANSION);
        end = skip_parens(L->src, L->pos + 3, L->len, 2, &ok);
        if (!ok)
            syntax(L->st, "unterminated $((");
        copy_src(L, w, L->pos, end);
    } else if (c1 == '(') {
        return scan_subst(L, t, w, 2);
    } else if (c1 == '{') {
        copy_braced(L, t, w, dq);
    } else if (is_name_char(c1) || in_set(c1, "@*#?$!-")) {
        mark(t, *w, RP_SH_W_EXPANSION);
        /* a special parameter is copied whole, so that $$ is not read as two */
        copy_src(L, w, L->pos, L->pos + (is_name_char(c1) ? 1 : 2));
    } else { /* a $ that starts nothing is a literal $ */
        L->scratch[(*w)++] = '$';
        L->pos++;
    }
    return 0;
}

static int
scan_dquote(sh_level *L, sh_tok *t, size_t *w)
{
    int err = 0;

    mark(t, *w, RP_SH_W_QUOTED);
    L->pos++;
    while (!err && L->pos < L->len) {
        char c = L->src[L->pos];
        size_t k;
        if (c == '"') {
            L->pos++;
            return 0;
        }
        if (c == '\\' && (k = continuation(L)) > 0) {
            L->pos += k;
        } else if (c == '\\' && in_set(at(L, 1), "$`\"\\")) {
            L->scratch[(*w)++] = (char)at(L, 1);
            L->pos += 2;
        } else if (c == '$') {
            err = scan_dollar(L, t, w, true);
        } else if (c == '`') {
            err = scan_backtick(L, t, w);
        } else {
            L->scratch[(*w)++] = c;
            L->pos++;
        }
    }
    if (!err)
        syntax(L->st, "unterminated double quote");
    return err;
}

/* NAME=( or NAME+=( so far, all of it literal: a bash array, kept verbatim up to its ). */
static bool
is_array_open(const sh_level *L, const sh_tok *t, size_t w)
{
    const char *s = L->scratch + t->start;
    size_t n = w - t->start, i = 1;

    if (t->lit != SH_NONE || n < 2 || !is_name_start((unsigned char)s[0]) || s[n - 1] != '=')
        return false;
    while (i < n - 1 && is_name_char((unsigned char)s[i]))
        i++;
    return i == n - 1 || (i == n - 2 && s[i] == '+');
}

static int
scan_char(sh_level *L, sh_tok *t, size_t *w, int c)
{
    switch (c) {
    case '\\':
        scan_escape(L, t, w);
        return 0;
    case '\'':
        scan_squote(L, t, w);
        return 0;
    case '"':
        return scan_dquote(L, t, w);
    case '`':
        return scan_backtick(L, t, w);
    case '$':
        return scan_dollar(L, t, w, false);
    default:
        L->scratch[(*w)++] = (char)c;
        L->pos++;
        return 0;
    }
}

/* Scans the word at the cursor into scratch, removing quotes. */
int
rp__sh_scan_word(sh_tok *out, sh_level *L)
{
    size_t w = L->pos, end;
    bool ok;
    int err = 0;

    out->start = L->pos;
    out->flags = 0;
    out->lit = SH_NONE;
    while (!err && L->pos < L->len) {
        int c = (unsigned char)L->src[L->pos];
        if (!sh_char_class[c]) { /* the common case: a run of ordinary bytes */
            L->scratch[w++] = (char)c;
            L->pos++;
        } else if (!is_meta(c)) {
            err = scan_char(L, out, &w, c);
        } else if (L->pos == out->start && (c == '<' || c == '>') && at(L, 1) == '(') {
            err = scan_subst(L, out, &w, 2);
        } else if (c == '(' && is_array_open(L, out, w)) {
            end = skip_parens(L->src, L->pos + 1, L->len, 1, &ok);
            if (!ok)
                syntax(L->st, "unterminated array");
            copy_src(L, &w, L->pos, end);
        } else {
            break;
        }
    }
    out->n = w - out->start;
    if (out->lit == SH_NONE)
        out->lit = out->n;
    return err;
}
