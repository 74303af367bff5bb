/* Word splitting and variable substitution as BuildKit's shell lexer does them for the
 * instructions Docker expands (FROM, COPY, ENV, USER, ...): quotes, the escape character,
 * $VAR and ${VAR...} with the :- - :+ + :? ? # ## % %% / // modifiers. A variable with no
 * known value is kept as written and marks the result unresolved. */
#include <fnmatch.h>
#include <stdlib.h>
#include <string.h>

#include "core/util.h"
#include "dockerfile/df_internal.h"
#include "rampart/buf.h"

typedef struct lexer {
    rp__df_parser *p;
    const char *s;
    size_t len;
    size_t i;
    const rp__df_scope *scope; /* NULL: no expansion */
    bool unresolved;
    unsigned depth;
} lexer;

static int expand_range(lexer *lx, rp_buf *raw, rp_buf *exp, size_t end, bool in_dquote);

static bool
is_name_start(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
}

static bool
is_name_char(char c)
{
    return is_name_start(c) || (c >= '0' && c <= '9');
}

static bool
is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

const char *
rp__df_scope_get(const rp__df_scope *s, const char *name, size_t nlen, bool *found)
{
    *found = false;
    if (!s)
        return NULL;
    for (size_t i = s->n; i-- > 0;) {
        const rp__df_var *v = &s->vars[i];
        if (strlen(v->name) == nlen && memcmp(v->name, name, nlen) == 0) {
            *found = true;
            return v->value;
        }
    }
    return NULL;
}

int
rp__df_scope_set(rp__df_parser *p, rp__df_scope *s, const char *name, const char *value, bool env)
{
    if (s->n == s->cap) {
        size_t ncap = s->cap ? s->cap * 2 : 16;
        rp__df_var *v = rp_arena_grow(p->a, s->vars, s->n, ncap, sizeof(*v));
        if (!v)
            return RP_ENOMEM;
        s->vars = v;
        s->cap = ncap;
    }
    s->vars[s->n].name = name;
    s->vars[s->n].value = value;
    s->vars[s->n].env = env;
    s->n++;
    return RP_OK;
}

static int
put(rp_buf *b, const char *p, size_t n)
{
    return b ? rp_buf_put(b, p, n) : RP_OK;
}

/* Finds the '}' closing a "${" whose body starts at i; nested ${ } and quotes count. */
static size_t
find_close(const lexer *lx, size_t i)
{
    unsigned nest = 0;

    for (; i < lx->len; i++) {
        char c = lx->s[i];
        if (c == lx->p->escape && i + 1 < lx->len) {
            i++;
        } else if (c == '\'') {
            const char *q = memchr(lx->s + i + 1, '\'', lx->len - i - 1);
            if (!q)
                return lx->len;
            i = (size_t)(q - lx->s);
        } else if (c == '$' && i + 1 < lx->len && lx->s[i + 1] == '{') {
            nest++;
            i++;
        } else if (c == '}') {
            if (nest == 0)
                return i;
            nest--;
        }
    }
    return lx->len;
}

/* Removes the shortest/longest prefix or suffix of val matching pattern. */
static void
trim_pattern(rp_buf *out, const char *val, const char *pat, bool suffix, bool longest)
{
    size_t n = strlen(val);
    char *tmp;

    /* quadratic in the value: only for values of a sane size */
    if (n > 4096 || !(tmp = strdup(val))) {
        rp_buf_puts(out, val);
        return;
    }
    for (size_t k = 0; k <= n; k++) {
        size_t cut = longest ? n - k : k;
        int m;
        if (suffix) {
            m = fnmatch(pat, val + (n - cut), 0);
        } else {
            char save = tmp[cut];
            tmp[cut] = '\0';
            m = fnmatch(pat, tmp, 0);
            tmp[cut] = save;
        }
        if (m == 0) {
            if (suffix)
                rp_buf_put(out, val, n - cut);
            else
                rp_buf_puts(out, val + cut);
            free(tmp);
            return;
        }
    }
    free(tmp);
    rp_buf_puts(out, val);
}

/* ${name/pat/repl}: replaces the first (or every) longest match of pat. */
static void
replace_pattern(rp_buf *out, const char *val, const char *pat, const char *repl, bool all)
{
    size_t n = strlen(val), i = 0;
    char *tmp;

    if (n > 1024 || !*pat || !(tmp = strdup(val))) {
        rp_buf_puts(out, val);
        return;
    }
    while (i < n) {
        size_t best = 0;
        for (size_t end = n; end > i; end--) {
            char save = tmp[end];
            tmp[end] = '\0';
            bool m = fnmatch(pat, tmp + i, 0) == 0;
            tmp[end] = save;
            if (m) {
                best = end - i;
                break;
            }
        }
        if (best) {
            rp_buf_puts(out, repl);
            i += best;
            if (!all) {
                rp_buf_puts(out, val + i);
                break;
            }
        } else {
            rp_buf_putc(out, val[i++]);
        }
    }
    free(tmp);
}

/* Expands the word of a modifier (text between the operator and '}') into a string. */
static int
expand_sub(lexer *lx, size_t from, size_t to, char **out)
{
    rp_buf b = RP_BUF_INIT;
    size_t save = lx->i;
    int err;

    if (++lx->depth > lx->p->lim->max_shell_depth) {
        return rp_ctx_set(lx->p->ctx, RP_ELIMIT, lx->p->df->path, 0, 0,
                          "variable substitution nested deeper than %u",
                          lx->p->lim->max_shell_depth);
    }
    rp_buf_set_cap(&b, lx->p->lim->max_expansion_bytes);
    lx->i = from;
    err = expand_range(lx, NULL, &b, to, false);
    lx->i = save;
    lx->depth--;
    if (!err)
        *out = rp_arena_strndup(lx->p->a, b.ptr ? b.ptr : "", b.len);
    rp_buf_dispose(&b);
    if (!err && !*out)
        err = RP_ENOMEM;
    return err;
}

/* Applies a ${name<op>word} modifier. */
static int
apply_modifier(lexer *lx, rp_buf *exp, const char *val, bool found, bool known, const char *op,
               size_t wfrom, size_t wto, const char *orig, size_t olen)
{
    bool set = found && known, nonempty = set && *val;
    char *word = NULL;
    int err;

    if (!strcmp(op, ":-") || !strcmp(op, "-")) {
        bool use = op[0] == ':' ? !nonempty : !set;
        if (!use)
            return put(exp, val, strlen(val));
        if ((err = expand_sub(lx, wfrom, wto, &word)))
            return err;
        return put(exp, word, strlen(word));
    }
    if (!strcmp(op, ":+") || !strcmp(op, "+")) {
        bool use = op[0] == ':' ? nonempty : set;
        if (!use)
            return RP_OK;
        if ((err = expand_sub(lx, wfrom, wto, &word)))
            return err;
        return put(exp, word, strlen(word));
    }
    if (!set) {
        /* ${X?msg} fails the build when X is unset; other modifiers need the value */
        lx->unresolved = true;
        return put(exp, orig, olen);
    }
    if (!strcmp(op, ":?") || !strcmp(op, "?"))
        return put(exp, val, strlen(val));
    if ((err = expand_sub(lx, wfrom, wto, &word)))
        return err;
    if (!exp)
        return RP_OK;
    if (op[0] == '#' || op[0] == '%') {
        trim_pattern(exp, val, word, op[0] == '%', op[1] != '\0');
    } else if (op[0] == '/') {
        char *slash = strchr(word, '/');
        const char *repl = "";
        if (slash) {
            *slash = '\0';
            repl = slash + 1;
        }
        replace_pattern(exp, val, word, repl, op[1] == '/');
    }
    return RP_OK;
}

/* At s[i] == '$': appends the original text to raw and the expansion to exp. */
static int
dollar(lexer *lx, rp_buf *raw, rp_buf *exp)
{
    const char *s = lx->s;
    size_t start = lx->i, i = lx->i + 1, close, nstart, nend;
    const char *val;
    bool found;
    int err;

    if (i < lx->len && s[i] == '{') {
        close = find_close(lx, i + 1);
        nstart = i + 1;
        nend = nstart;
        while (nend < close && is_name_char(s[nend]))
            nend++;
        lx->i = close < lx->len ? close + 1 : lx->len;
        if ((err = put(raw, s + start, lx->i - start)))
            return err;
        if (!lx->scope)
            return RP_OK;
        val = rp__df_scope_get(lx->scope, s + nstart, nend - nstart, &found);
        if (nend == nstart || close >= lx->len) {
            lx->unresolved = true; /* ${} or unterminated: BuildKit rejects it */
            return put(exp, s + start, lx->i - start);
        }
        if (nend == close) {
            if (!found || !val) {
                lx->unresolved = true;
                return put(exp, s + start, lx->i - start);
            }
            return put(exp, val, strlen(val));
        }
        {
            char op[3] = {0};
            size_t w = nend;
            op[0] = s[w++];
            if ((op[0] == ':' || op[0] == '#' || op[0] == '%' || op[0] == '/') && w < close &&
                (s[w] == op[0] || (op[0] == ':' && strchr("-+?", s[w]))))
                op[1] = s[w++];
            if (!strchr(":-+?#%/", op[0]) || !strcmp(op, ":")) {
                lx->unresolved = true;
                return put(exp, s + start, lx->i - start);
            }
            return apply_modifier(lx, exp, val ? val : "", found, val != NULL, op, w, close,
                                  s + start, lx->i - start);
        }
    }
    nend = i;
    while (nend < lx->len && is_name_char(s[nend]))
        nend++;
    if (nend == i) {
        lx->i = i; /* a lone '$' is literal */
        if ((err = put(raw, "$", 1)))
            return err;
        return lx->scope ? put(exp, "$", 1) : RP_OK;
    }
    lx->i = nend;
    if ((err = put(raw, s + start, nend - start)))
        return err;
    if (!lx->scope)
        return RP_OK;
    val = rp__df_scope_get(lx->scope, s + i, nend - i, &found);
    if (!found || !val) {
        lx->unresolved = true;
        return put(exp, s + start, nend - start);
    }
    return put(exp, val, strlen(val));
}

static int
put2(lexer *lx, rp_buf *raw, rp_buf *exp, const char *p, size_t n)
{
    int err = put(raw, p, n);

    if (!err && lx->scope)
        err = put(exp, p, n);
    return err;
}

/* Reads one construct at lx->i (a character, an escape, a quote, a quoted run, a variable)
 * into raw and exp; *dq tracks double quotes. end bounds the text. */
static int
lex_step(lexer *lx, rp_buf *raw, rp_buf *exp, size_t end, bool *dq)
{
    const char esc = lx->p->escape;
    char c = lx->s[lx->i];

    if (c == esc && lx->i + 1 < end) {
        char n = lx->s[lx->i + 1];
        if (*dq && n != '"' && n != '$' && n != esc) {
            lx->i++;
            return put2(lx, raw, exp, &c, 1);
        }
        lx->i += 2;
        return put2(lx, raw, exp, &n, 1);
    }
    if (c == '"') {
        *dq = !*dq;
        lx->i++;
        return RP_OK;
    }
    if (c == '\'' && !*dq) {
        const char *q = memchr(lx->s + lx->i + 1, '\'', end - lx->i - 1);
        size_t stop = q ? (size_t)(q - lx->s) : end, from = lx->i + 1;
        lx->i = q ? stop + 1 : end;
        return put2(lx, raw, exp, lx->s + from, stop - from);
    }
    if (c == '$' && lx->scope)
        return dollar(lx, raw, exp);
    lx->i++;
    return put2(lx, raw, exp, &c, 1);
}

/* Expands s[lx->i, end) with quotes and escapes, without splitting (modifier words). */
static int
expand_range(lexer *lx, rp_buf *raw, rp_buf *exp, size_t end, bool in_dquote)
{
    bool dq = in_dquote;
    int err = RP_OK;

    while (!err && lx->i < end)
        err = lex_step(lx, raw, exp, end, &dq);
    return err;
}

/* Reads one word at lx->i into raw/exp; whole: up to the end of the text. */
static int
read_word(lexer *lx, rp_buf *raw, rp_buf *exp, bool whole, bool *got)
{
    bool dq = false;
    int err = RP_OK;

    *got = false;
    while (!whole && lx->i < lx->len && is_space(lx->s[lx->i]))
        lx->i++;
    if (lx->i >= lx->len)
        return RP_OK;
    *got = true;
    while (!err && lx->i < lx->len && (dq || whole || !is_space(lx->s[lx->i])))
        err = lex_step(lx, raw, exp, lx->len, &dq);
    return err;
}

static int
push_word(rp__df_parser *p, char ***arr, size_t n, size_t *cap, const rp_buf *b)
{
    char *w;

    if (n == *cap) {
        size_t ncap = *cap ? *cap * 2 : 8;
        char **na = rp_arena_grow(p->a, *arr, n, ncap, sizeof(char *));
        if (!na)
            return RP_ENOMEM;
        *arr = na;
        *cap = ncap;
    }
    w = rp_arena_strndup(p->a, b->ptr ? b->ptr : "", b->len);
    if (!w)
        return RP_ENOMEM;
    (*arr)[n] = w;
    return RP_OK;
}

int
rp__df_words_split(rp__df_words *out, rp__df_parser *p, const char *text, size_t len,
                   const rp__df_scope *scope, bool whole)
{
    lexer lx = {.p = p, .s = text, .len = len, .scope = scope};
    rp_buf raw = RP_BUF_INIT, exp = RP_BUF_INIT;
    size_t cap_raw = 0, cap_exp = 0;
    int err = RP_OK;

    memset(out, 0, sizeof(*out));
    rp_buf_set_cap(&raw, p->lim->max_line_bytes);
    rp_buf_set_cap(&exp, p->lim->max_expansion_bytes);
    for (;;) {
        bool got;
        rp_buf_clear(&raw);
        rp_buf_clear(&exp);
        if ((err = read_word(&lx, &raw, scope ? &exp : NULL, whole, &got)) || !got)
            break;
        if ((err = push_word(p, &out->raw, out->n, &cap_raw, &raw)))
            break;
        if (scope && (err = push_word(p, &out->exp, out->n, &cap_exp, &exp)))
            break;
        out->n++;
        if (whole)
            break;
    }
    if (err == RP_ELIMIT)
        rp_ctx_set(p->ctx, err, p->df->path, 0, 0,
                   "a word or its expansion is longer than the %zu-byte limit",
                   p->lim->max_expansion_bytes);
    out->unresolved = lx.unresolved;
    rp_buf_dispose(&raw);
    rp_buf_dispose(&exp);
    return err;
}

char *
rp__df_expand(rp__df_parser *p, const char *text, size_t len, const rp__df_scope *scope,
              bool *unresolved)
{
    rp__df_words w;

    *unresolved = false;
    if (rp__df_words_split(&w, p, text, len, scope, true))
        return NULL;
    *unresolved = w.unresolved;
    if (w.n == 0)
        return rp_arena_strdup(p->a, "");
    return scope ? w.exp[0] : w.raw[0];
}
