/* Dockerfile parsing, following the BuildKit frontend's parser: parser directives, logical
 * lines with either escape character, comment and empty lines inside continuations, heredoc
 * bodies; then each instruction's arguments (instr.c) and its stage. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "core/util.h"
#include "dockerfile/df_internal.h"
#include "rampart/buf.h"

static const struct {
    const char *name;
    rp_df_kind kind;
} kinds[] = {
    {"ADD", RP_DF_ADD},         {"ARG", RP_DF_ARG},
    {"CMD", RP_DF_CMD},         {"COPY", RP_DF_COPY},
    {"ENTRYPOINT", RP_DF_ENTRYPOINT}, {"ENV", RP_DF_ENV},
    {"EXPOSE", RP_DF_EXPOSE},   {"FROM", RP_DF_FROM},
    {"HEALTHCHECK", RP_DF_HEALTHCHECK}, {"LABEL", RP_DF_LABEL},
    {"MAINTAINER", RP_DF_MAINTAINER}, {"ONBUILD", RP_DF_ONBUILD},
    {"RUN", RP_DF_RUN},         {"SHELL", RP_DF_SHELL},
    {"STOPSIGNAL", RP_DF_STOPSIGNAL}, {"USER", RP_DF_USER},
    {"VOLUME", RP_DF_VOLUME},   {"WORKDIR", RP_DF_WORKDIR},
};

const char *
rp_df_kind_name(rp_df_kind k)
{
    for (size_t i = 0; i < RP_COUNTOF(kinds); i++)
        if (kinds[i].kind == k)
            return kinds[i].name;
    return "UNKNOWN";
}

static rp_df_kind
kind_of(const char *word, size_t len)
{
    for (size_t i = 0; i < RP_COUNTOF(kinds); i++)
        if (strlen(kinds[i].name) == len && strncasecmp(kinds[i].name, word, len) == 0)
            return kinds[i].kind;
    return RP_DF_UNKNOWN;
}

/* One physical line: [p, p+len) without the newline (and without a CR before it). */
typedef struct lspan {
    const char *p;
    size_t len;
} lspan;

static lspan
get_line(const rp_dockerfile *df, uint32_t n)
{
    lspan l = {NULL, 0};
    size_t end;

    if (n < 1 || n > df->nlines)
        return l;
    l.p = df->src + df->lines[n - 1];
    end = n < df->nlines ? df->lines[n] : df->len;
    l.len = end - df->lines[n - 1];
    if (l.len && l.p[l.len - 1] == '\n')
        l.len--;
    if (l.len && l.p[l.len - 1] == '\r')
        l.len--;
    return l;
}

const char *
rp_dockerfile_line(const rp_dockerfile *df, uint32_t n, size_t *len)
{
    lspan l = get_line(df, n);

    if (len)
        *len = l.len;
    return l.p;
}

static bool
hspace(char c)
{
    return c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == '\r';
}

static lspan
ltrim(lspan l)
{
    while (l.len && hspace(*l.p)) {
        l.p++;
        l.len--;
    }
    return l;
}

static bool
is_comment(lspan l)
{
    l = ltrim(l);
    return l.len && l.p[0] == '#';
}

static bool
is_blank(lspan l)
{
    return ltrim(l).len == 0;
}

/* Removes a trailing escape character (and the blanks after it); true when it was there. */
static bool
trim_continuation(lspan *l, char escape)
{
    size_t n = l->len;

    while (n && (l->p[n - 1] == ' ' || l->p[n - 1] == '\t'))
        n--;
    if (n && l->p[n - 1] == escape) {
        l->len = n - 1;
        return true;
    }
    return false;
}

static int
add_comment(rp__df_parser *p, uint32_t n, lspan l)
{
    rp_dockerfile *df = p->df;
    rp_df_comment *c;

    l = ltrim(l);
    if (l.len && l.p[0] == '#') {
        l.p++;
        l.len--;
    }
    if ((df->ncomments & (df->ncomments - 1)) == 0) {
        c = rp_arena_grow(p->a, df->comments, df->ncomments,
                          df->ncomments ? df->ncomments * 2 : 8, sizeof(*c));
        if (!c)
            return RP_ENOMEM;
        df->comments = c;
    }
    c = &df->comments[df->ncomments];
    c->line = n;
    c->text = rp__str_trim_dup(p->a, l.p, l.len);
    if (!c->text)
        return RP_ENOMEM;
    df->ncomments++;
    return RP_OK;
}

/* "# name = value" at the top of the file. */
static bool
directive(lspan l, lspan *name, lspan *value)
{
    size_t i = 0;

    l = ltrim(l);
    if (!l.len || l.p[0] != '#')
        return false;
    i = 1;
    while (i < l.len && hspace(l.p[i]))
        i++;
    name->p = l.p + i;
    while (i < l.len && isalpha((unsigned char)l.p[i]))
        i++;
    name->len = (size_t)(l.p + i - name->p);
    while (i < l.len && hspace(l.p[i]))
        i++;
    if (!name->len || i >= l.len || l.p[i] != '=')
        return false;
    i++;
    while (i < l.len && hspace(l.p[i]))
        i++;
    value->p = l.p + i;
    value->len = l.len - i;
    while (value->len && hspace(value->p[value->len - 1]))
        value->len--;
    return true;
}

/* Reads the parser directives; returns the first lspan after them. */
static uint32_t
read_directives(rp__df_parser *p)
{
    rp_dockerfile *df = p->df;
    uint32_t n = 1;

    for (; n <= df->nlines; n++) {
        lspan l = get_line(df, n), name, value;
        const char **slot = NULL;

        if (!directive(l, &name, &value))
            break;
        if (name.len == 6 && strncasecmp(name.p, "syntax", 6) == 0)
            slot = &df->syntax;
        else if (name.len == 5 && strncasecmp(name.p, "check", 5) == 0)
            slot = &df->check;
        else if (name.len == 6 && strncasecmp(name.p, "escape", 6) == 0) {
            if (value.len == 1 && (value.p[0] == '\\' || value.p[0] == '`'))
                df->escape = p->escape = value.p[0];
        }
        else
            break; /* an unknown directive is a comment, and comments end directives */
        if (slot && !*slot)
            *slot = rp_arena_strndup(p->a, value.p, value.len);
        if (add_comment(p, n, l))
            return 0;
    }
    return n;
}

typedef struct logical {
    rp_buf text;           /* the joined line, keyword included */
    rp_df_linemap *map;
    size_t nmap;
    size_t capmap;
    uint32_t first;
    uint32_t last;
} logical;

static int
map_add(rp__df_parser *p, logical *lg, size_t offset, uint32_t n)
{
    if (lg->nmap == lg->capmap) {
        size_t ncap = lg->capmap ? lg->capmap * 2 : 4;
        rp_df_linemap *m = rp_arena_grow(p->a, lg->map, lg->nmap, ncap, sizeof(*m));
        if (!m)
            return RP_ENOMEM;
        lg->map = m;
        lg->capmap = ncap;
    }
    lg->map[lg->nmap].offset = offset;
    lg->map[lg->nmap].line = n;
    lg->nmap++;
    return RP_OK;
}

/* Joins the continuation lines of the instruction starting at line *n. On return *n is
 * the next unread line. */
static int
join_lines(rp__df_parser *p, logical *lg, uint32_t *n)
{
    rp_dockerfile *df = p->df;
    lspan l = ltrim(get_line(df, *n));
    bool cont = trim_continuation(&l, p->escape);
    int err;

    lg->first = lg->last = *n;
    lg->nmap = 0;
    rp_buf_clear(&lg->text);
    if ((err = rp_buf_put(&lg->text, l.p, l.len)) || (err = map_add(p, lg, 0, *n)))
        goto out;
    for ((*n)++; cont && *n <= df->nlines; (*n)++) {
        l = get_line(df, *n);
        if (is_comment(l)) {
            if ((err = add_comment(p, *n, l)))
                goto out;
            continue;
        }
        if (is_blank(l))
            continue; /* BuildKit drops empty continuation lines (with a warning) */
        cont = trim_continuation(&l, p->escape);
        if ((err = map_add(p, lg, lg->text.len, *n)) || (err = rp_buf_put(&lg->text, l.p, l.len)))
            goto out;
        lg->last = *n;
    }
out:
    if (err == RP_ELIMIT)
        rp_ctx_set(p->ctx, err, df->path, lg->first, 1,
                   "instruction is longer than the %zu-byte limit", p->lim->max_line_bytes);
    return err;
}

/* A word of the lspan is a heredoc marker: [digits]<<[-]NAME with no further '<'. */
static bool
heredoc_word(const char *w, size_t len, bool *chomp, lspan *name)
{
    size_t i = 0;

    while (i < len && isdigit((unsigned char)w[i]))
        i++;
    if (len - i < 3 || w[i] != '<' || w[i + 1] != '<')
        return false;
    i += 2;
    *chomp = i < len && w[i] == '-';
    if (*chomp)
        i++;
    if (i >= len || memchr(w + i, '<', len - i))
        return false;
    name->p = w + i;
    name->len = len - i;
    return true;
}

/* Removes quotes from a heredoc name; *quoted when any part was quoted. */
static char *
heredoc_name(rp__df_parser *p, lspan name, bool *quoted)
{
    char *out = rp_arena_alloc(p->a, name.len + 1);
    size_t k = 0;
    char q = 0;

    *quoted = false;
    if (!out)
        return NULL;
    for (size_t i = 0; i < name.len; i++) {
        char c = name.p[i];
        if (q) {
            if (c == q)
                q = 0;
            else
                out[k++] = c;
        } else if (c == '"' || c == '\'') {
            q = c;
            *quoted = true;
        } else if (c == '\\' && i + 1 < name.len) {
            out[k++] = name.p[++i];
            *quoted = true;
        } else {
            out[k++] = c;
        }
    }
    out[k] = '\0';
    return out;
}

/* Reads a heredoc body from line *n on. */
static int
read_heredoc(rp__df_parser *p, rp_df_instr *in, rp_df_heredoc *h, uint32_t *n)
{
    rp_dockerfile *df = p->df;
    rp_buf body = RP_BUF_INIT;
    bool done = false;
    int err = RP_OK;

    rp_buf_set_cap(&body, p->lim->max_file_bytes);
    h->line = *n;
    for (; *n <= df->nlines && !err; (*n)++) {
        lspan l = get_line(df, *n);
        if (h->chomp)
            while (l.len && l.p[0] == '\t')
                l.p++, l.len--;
        if (l.len == strlen(h->name) && memcmp(l.p, h->name, l.len) == 0) {
            h->end_line = *n;
            (*n)++;
            done = true;
            break;
        }
        if (!(err = rp_buf_put(&body, l.p, l.len)))
            err = rp_buf_putc(&body, '\n');
    }
    if (!err) {
        h->content = rp_arena_strndup(p->a, body.ptr ? body.ptr : "", body.len);
        h->len = body.len;
        if (!h->content)
            err = RP_ENOMEM;
    }
    if (!done && !err) {
        h->end_line = df->nlines;
        in->error = rp_arena_printf(p->a, "unterminated heredoc: no line \"%s\" closes it",
                                    h->name);
    }
    in->end_line = h->end_line > in->end_line ? h->end_line : in->end_line;
    rp_buf_dispose(&body);
    return err;
}

/* Finds heredoc markers in the instruction's words and reads their bodies. */
static int
read_heredocs(rp__df_parser *p, rp_df_instr *in, uint32_t *n)
{
    const char *t = in->text;
    size_t len = strlen(t), i = 0, cap = 0;
    int err;

    while (i < len) {
        size_t start;
        char q = 0;
        bool chomp, quoted;
        lspan name;

        while (i < len && isspace((unsigned char)t[i]))
            i++;
        start = i;
        for (; i < len && (q || !isspace((unsigned char)t[i])); i++) {
            if (q && t[i] == q)
                q = 0;
            else if (!q && (t[i] == '"' || t[i] == '\''))
                q = t[i];
            else if (t[i] == '\\' && i + 1 < len)
                i++;
        }
        if (i == start || !heredoc_word(t + start, i - start, &chomp, &name))
            continue;
        if (in->nheredocs >= p->lim->max_heredocs)
            return rp_ctx_set(p->ctx, RP_ELIMIT, p->df->path, in->line, 1,
                              "more than %u heredocs in one instruction", p->lim->max_heredocs);
        if (in->nheredocs == cap) {
            rp_df_heredoc *hs;
            cap = cap ? cap * 2 : 2;
            hs = rp_arena_grow(p->a, in->heredocs, in->nheredocs, cap, sizeof(*hs));
            if (!hs)
                return RP_ENOMEM;
            in->heredocs = hs;
        }
        {
            rp_df_heredoc *h = &in->heredocs[in->nheredocs++];
            h->chomp = chomp;
            if (!(h->name = heredoc_name(p, name, &quoted)))
                return RP_ENOMEM;
            h->expand = !quoted;
            if (!*h->name) {
                in->nheredocs--;
                continue;
            }
            if ((err = read_heredoc(p, in, h, n)))
                return err;
        }
    }
    return RP_OK;
}

/* Splits "KEYWORD rest" and fills the common members of in. */
static int
init_instr(rp__df_parser *p, rp_df_instr *in, logical *lg)
{
    const char *s = lg->text.ptr;
    size_t len = lg->text.len, k = 0, rest;
    lspan first = ltrim(get_line(p->df, lg->first));

    while (k < len && !isspace((unsigned char)s[k]))
        k++;
    in->kind = kind_of(s, k);
    in->keyword = rp_arena_strndup(p->a, s, k);
    in->line = lg->first;
    in->column = (uint32_t)(first.p - get_line(p->df, lg->first).p) + 1;
    in->end_line = lg->last;
    rest = k;
    while (rest < len && isspace((unsigned char)s[rest]))
        rest++;
    {
        size_t end = len;
        while (end > rest && isspace((unsigned char)s[end - 1]))
            end--;
        in->text = rp_arena_strndup(p->a, s + rest, end - rest);
    }
    in->nlinemap = lg->nmap;
    in->linemap = rp_arena_calloc(p->a, lg->nmap, sizeof(*in->linemap));
    if (!in->keyword || !in->text || !in->linemap)
        return RP_ENOMEM;
    for (size_t i = 0; i < lg->nmap; i++) {
        in->linemap[i].line = lg->map[i].line;
        in->linemap[i].offset = lg->map[i].offset > rest ? lg->map[i].offset - rest : 0;
    }
    return RP_OK;
}

uint32_t
rp_df_instr_line_at(const rp_df_instr *in, size_t offset)
{
    uint32_t line = in->line;

    for (size_t i = 0; i < in->nlinemap && in->linemap[i].offset <= offset; i++)
        line = in->linemap[i].line;
    return line;
}

static int
push_instr(rp__df_parser *p, rp_df_instr **out)
{
    rp_dockerfile *df = p->df;

    if (df->ninstrs >= p->lim->max_instructions)
        return rp_ctx_set(p->ctx, RP_ELIMIT, df->path, 0, 0,
                          "more than %u instructions", p->lim->max_instructions);
    if ((df->ninstrs & (df->ninstrs - 1)) == 0) {
        rp_df_instr *a = rp_arena_grow(p->a, df->instrs, df->ninstrs,
                                       df->ninstrs ? df->ninstrs * 2 : 16, sizeof(*a));
        if (!a)
            return RP_ENOMEM;
        df->instrs = a;
    }
    *out = &df->instrs[df->ninstrs++];
    memset(*out, 0, sizeof(**out));
    return RP_OK;
}

static int
parse_lines(rp__df_parser *p, uint32_t n)
{
    rp_dockerfile *df = p->df;
    logical lg = {RP_BUF_INIT, NULL, 0, 0, 0, 0};
    int err = RP_OK;

    rp_buf_set_cap(&lg.text, p->lim->max_line_bytes);
    while (n <= df->nlines && !err) {
        lspan l = get_line(df, n);
        rp_df_instr *in = NULL;

        if (is_comment(l)) {
            err = add_comment(p, n++, l);
            continue;
        }
        if (is_blank(l)) {
            n++;
            continue;
        }
        if ((err = join_lines(p, &lg, &n)) || (err = push_instr(p, &in)) ||
            (err = init_instr(p, in, &lg)))
            break;
        if (!*in->keyword) {
            df->ninstrs--; /* a lone escape character: nothing to parse */
            continue;
        }
        if ((in->kind == RP_DF_RUN || in->kind == RP_DF_COPY || in->kind == RP_DF_ADD) &&
            strstr(in->text, "<<") && (err = read_heredocs(p, in, &n)))
            break;
        err = rp__df_parse_instr(p, in);
    }
    rp_buf_dispose(&lg.text);
    return err;
}

static int
index_lines(rp__df_parser *p)
{
    rp_dockerfile *df = p->df;
    size_t n = 1;

    for (size_t i = 0; i < df->len; i++)
        if (df->src[i] == '\n' && i + 1 < df->len)
            n++;
    if (n > UINT32_MAX / 2)
        return rp_ctx_set(p->ctx, RP_ELIMIT, df->path, 0, 0, "too many lines");
    df->lines = rp_arena_calloc(p->a, n, sizeof(*df->lines));
    if (!df->lines)
        return RP_ENOMEM;
    df->nlines = df->len ? 1 : 0;
    for (size_t i = 0; i < df->len; i++)
        if (df->src[i] == '\n' && i + 1 < df->len)
            df->lines[df->nlines++] = (uint32_t)(i + 1);
    return RP_OK;
}

static int
check_input(rp_ctx *ctx, const char *path, const char *buf, size_t len, const rp_limits *lim)
{
    if (len > lim->max_file_bytes)
        return rp_ctx_set(ctx, RP_ELIMIT, path, 0, 0,
                          "file is larger than the %zu-byte limit", lim->max_file_bytes);
    if (len > UINT32_MAX)
        return rp_ctx_set(ctx, RP_ELIMIT, path, 0, 0, "file is too large");
    if (!rp__utf8_valid(buf, len)) {
        uint32_t l = 1;
        for (size_t i = 0; i < len && buf[i]; i++)
            l += buf[i] == '\n';
        return rp_ctx_set(ctx, RP_EPARSE, path, l, 0,
                          "not a text file: NUL byte or invalid UTF-8");
    }
    return RP_OK;
}

int
rp_dockerfile_parse(rp_dockerfile **out, rp_ctx *ctx, const char *path, const char *buf,
                    size_t len, const rp_limits *lim)
{
    rp_limits deflim;
    rp_dockerfile *df;
    rp__df_parser p;
    int err;

    *out = NULL;
    if (!lim) {
        rp_limits_default(&deflim);
        lim = &deflim;
    }
    if (!path)
        path = "Dockerfile";
    if ((err = check_input(ctx, path, buf, len, lim)))
        return err;
    if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0) {
        buf += 3; /* a BOM is not part of the first instruction */
        len -= 3;
    }
    if (!(df = calloc(1, sizeof(*df))))
        return RP_ENOMEM;
    rp_arena_init(&df->arena, 0);
    memset(&p, 0, sizeof(p));
    p.df = df;
    p.a = &df->arena;
    p.lim = lim;
    p.ctx = ctx;
    p.escape = df->escape = '\\';
    err = RP_ENOMEM;
    if (!(df->path = rp_arena_strdup(p.a, path)) || !(df->src = rp_arena_strndup(p.a, buf, len)))
        goto out;
    df->len = len;
    if ((err = index_lines(&p)))
        goto out;
    err = parse_lines(&p, read_directives(&p));
    if (!err)
        err = rp__df_build_stages(&p);
out:
    if (err) {
        if (err == RP_ENOMEM)
            rp_ctx_set(ctx, err, path, 0, 0, "out of memory");
        rp_dockerfile_free(df);
        return err;
    }
    for (size_t i = 0; i < df->ninstrs; i++)
        df->nerrors += df->instrs[i].error != NULL;
    *out = df;
    return RP_OK;
}

void
rp_dockerfile_free(rp_dockerfile *df)
{
    if (!df)
        return;
    rp_arena_dispose(&df->arena);
    free(df);
}
