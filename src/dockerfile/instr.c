/* The arguments of each instruction: builder flags, exec (JSON) or shell form, words with
 * variable substitution, key=value pairs, heredocs, RUN mounts and RUN's commands. */
#include <ctype.h>
#include <jansson.h>
#include <string.h>

#include "core/util.h"
#include "dockerfile/df_internal.h"
#include "rampart/buf.h"

static int
fail(rp__df_parser *p, rp_df_instr *in, const char *msg)
{
    in->error = rp_arena_strdup(p->a, msg);
    return in->error ? RP_OK : RP_ENOMEM;
}

static rp__df_scope *
cur_scope(rp__df_parser *p)
{
    return p->df->nstages ? &p->stage_scope[p->df->nstages - 1] : &p->global;
}

/* BuildKit's extractBuilderFlags: leading "--name[=value]" words, quotes and backslashes
 * honoured; a lone "--" ends them. Sets flags, args_text and args_offset. */
static int
parse_flags(rp__df_parser *p, rp_df_instr *in)
{
    const char *s = in->text;
    size_t len = strlen(s), pos = 0, cap = 0;
    rp_buf w = RP_BUF_INIT;
    int err = RP_OK;

    rp_buf_set_cap(&w, p->lim->max_line_bytes);
    for (;;) {
        char q = 0;
        while (pos < len && isspace((unsigned char)s[pos]))
            pos++;
        if (pos + 1 >= len || s[pos] != '-' || s[pos + 1] != '-')
            break;
        rp_buf_clear(&w);
        for (; pos < len && (q || !isspace((unsigned char)s[pos])); pos++) {
            char c = s[pos];
            if (q && c == q) {
                q = 0;
                continue;
            }
            if (!q && (c == '"' || c == '\'')) {
                q = c;
                continue;
            }
            if (c == '\\' && pos + 1 < len)
                c = s[++pos];
            if ((err = rp_buf_putc(&w, c)))
                goto out;
        }
        if (w.len == 2)
            break; /* "--" */
        if (in->nflags == cap) {
            rp_df_flag *f;
            cap = cap ? cap * 2 : 4;
            if (!(f = rp_arena_grow(p->a, in->flags, in->nflags, cap, sizeof(*f)))) {
                err = RP_ENOMEM;
                goto out;
            }
            in->flags = f;
        }
        {
            rp_df_flag *f = &in->flags[in->nflags++];
            char *eq = memchr(w.ptr + 2, '=', w.len - 2);
            f->name = rp_arena_strndup(p->a, w.ptr + 2, eq ? (size_t)(eq - w.ptr - 2) : w.len - 2);
            f->value = eq ? rp_arena_strdup(p->a, eq + 1) : NULL;
            if (!f->name || (eq && !f->value)) {
                err = RP_ENOMEM;
                goto out;
            }
        }
    }
    in->args_offset = pos;
    in->args_text = s + pos;
out:
    rp_buf_dispose(&w);
    return err;
}

const rp_df_flag *
rp_df_instr_flag(const rp_df_instr *in, const char *name)
{
    for (size_t i = 0; i < in->nflags; i++)
        if (strcasecmp(in->flags[i].name, name) == 0)
            return &in->flags[i];
    return NULL;
}

/* Exec form: a JSON array of strings (else the instruction is in shell form). */
static int
parse_json(rp__df_parser *p, rp_df_instr *in)
{
    const char *t = in->args_text;
    json_t *arr;
    size_t n;
    int err = RP_OK;

    if (t[0] != '[')
        return RP_OK;
    arr = json_loadb(t, strlen(t), JSON_DECODE_ANY, NULL);
    if (!arr || !json_is_array(arr))
        goto out;
    n = json_array_size(arr);
    for (size_t i = 0; i < n; i++)
        if (!json_is_string(json_array_get(arr, i)))
            goto out;
    in->args = rp_arena_calloc(p->a, n ? n : 1, sizeof(char *));
    if (!in->args) {
        err = RP_ENOMEM;
        goto out;
    }
    for (size_t i = 0; i < n; i++) {
        json_t *v = json_array_get(arr, i);
        if (!(in->args[i] = rp_arena_strndup(p->a, json_string_value(v), json_string_length(v)))) {
            err = RP_ENOMEM;
            goto out;
        }
    }
    in->nargs = n;
    in->xargs = in->args;
    in->json = true;
out:
    json_decref(arr);
    return err;
}

/* Splits args_text into words; with expand, substitutes variables of the current scope. */
static int
split_args(rp__df_parser *p, rp_df_instr *in, bool expand, bool whole)
{
    rp__df_words w;
    int err = rp__df_words_split(&w, p, in->args_text, strlen(in->args_text),
                                 expand ? cur_scope(p) : NULL, whole);

    if (err)
        return err;
    in->args = w.raw;
    in->xargs = expand ? w.exp : w.raw;
    in->nargs = w.n;
    return RP_OK;
}

/* Spans of raw (still quoted) words, as BuildKit's parseWords gives them. */
static size_t
raw_words(const char *s, size_t len, char esc, size_t *starts, size_t *lens, size_t max)
{
    size_t n = 0, i = 0;

    while (i < len) {
        char q = 0;
        size_t st;
        while (i < len && isspace((unsigned char)s[i]))
            i++;
        if (i >= len)
            break;
        st = i;
        for (; i < len && (q || !isspace((unsigned char)s[i])); i++) {
            if (s[i] == esc && i + 1 < len && q != '\'')
                i++;
            else if (q && s[i] == q)
                q = 0;
            else if (!q && (s[i] == '"' || s[i] == '\''))
                q = s[i];
        }
        if (n < max) {
            starts[n] = st;
            lens[n] = i - st;
        }
        n++;
    }
    return n;
}

static int
push_kv(rp__df_parser *p, rp_df_instr *in, size_t *cap, const char *key, size_t klen,
        const char *val, size_t vlen, bool has_val)
{
    rp_df_kv *kv;
    bool unresolved;

    if (in->nkvs == *cap) {
        *cap = *cap ? *cap * 2 : 4;
        if (!(kv = rp_arena_grow(p->a, in->kvs, in->nkvs, *cap, sizeof(*kv))))
            return RP_ENOMEM;
        in->kvs = kv;
    }
    kv = &in->kvs[in->nkvs];
    if (!(kv->key = rp__df_expand(p, key, klen, NULL, &unresolved)))
        return RP_ENOMEM;
    if (has_val) {
        kv->value = rp__df_expand(p, val, vlen, NULL, &unresolved);
        /* values in one ENV see the variables as they were before it */
        kv->xvalue = rp__df_expand(p, val, vlen, cur_scope(p), &unresolved);
        if (!kv->value || !kv->xvalue)
            return RP_ENOMEM;
    }
    in->nkvs++;
    return RP_OK;
}

/* ENV and LABEL: "k=v k2=v2" or the legacy "k v with spaces"; ARG: "name[=default] ...". */
static int
parse_kvs(rp__df_parser *p, rp_df_instr *in, bool arg)
{
    const char *s = in->args_text;
    size_t len = strlen(s), cap = 0, n;
    size_t starts[256], lens[256];
    int err;

    n = raw_words(s, len, p->escape, starts, lens, RP_COUNTOF(starts));
    if (n == 0)
        return fail(p, in, arg ? "ARG requires at least one argument"
                               : "instruction requires at least one argument");
    if (n > RP_COUNTOF(starts))
        return fail(p, in, "too many key=value pairs in one instruction (256 at most)");
    if (!arg && !memchr(s + starts[0], '=', lens[0])) {
        size_t v = starts[0] + lens[0];
        while (v < len && isspace((unsigned char)s[v]))
            v++;
        if (v >= len)
            return fail(p, in, "the legacy \"KEY value\" form needs a value");
        return push_kv(p, in, &cap, s + starts[0], lens[0], s + v, len - v, true);
    }
    for (size_t i = 0; i < n; i++) {
        const char *w = s + starts[i], *eq = memchr(w, '=', lens[i]);
        if (!eq && !arg)
            return fail(p, in, "a word without '=': pairs must be written name=value");
        if (eq == w)
            return fail(p, in, "a name can not be blank");
        if ((err = push_kv(p, in, &cap, w, eq ? (size_t)(eq - w) : lens[i], eq ? eq + 1 : NULL,
                           eq ? lens[i] - (size_t)(eq - w) - 1 : 0, eq != NULL)))
            return err;
    }
    return RP_OK;
}

/* Adds the pairs of ENV/ARG to the scope after the instruction. */
static int
scope_kvs(rp__df_parser *p, rp_df_instr *in)
{
    rp__df_scope *sc = cur_scope(p);
    int err;

    for (size_t i = 0; i < in->nkvs; i++) {
        const rp_df_kv *kv = &in->kvs[i];
        const char *val = kv->xvalue;
        if (in->kind == RP_DF_ARG && !kv->value && sc != &p->global) {
            bool found;
            /* "ARG X" in a stage takes the global ARG's value */
            val = rp__df_scope_get(&p->global, kv->key, strlen(kv->key), &found);
        }
        if ((err = rp__df_scope_set(p, sc, kv->key, val, in->kind == RP_DF_ENV)))
            return err;
    }
    return RP_OK;
}

/* One --mount value: comma-separated key=value (csv quoting). */
static int
parse_mount(rp__df_parser *p, rp_df_mount *m, const char *v)
{
    const char *s = v;

    m->type = "bind";
    while (*s) {
        const char *e = s, *eq;
        char q = 0;
        size_t klen;
        char *val;
        bool unresolved;
        for (; *e && (q || *e != ','); e++)
            if (*e == '"')
                q = q ? 0 : '"';
        eq = memchr(s, '=', (size_t)(e - s));
        klen = eq ? (size_t)(eq - s) : (size_t)(e - s);
        val = eq ? rp__df_expand(p, eq + 1, (size_t)(e - eq - 1), NULL, &unresolved)
                 : rp_arena_strdup(p->a, "true");
        if (!val)
            return RP_ENOMEM;
#define KEY(k) (klen == strlen(k) && strncasecmp(s, k, klen) == 0)
        if (KEY("type"))
            m->type = val;
        else if (KEY("target") || KEY("dst") || KEY("destination"))
            m->target = val;
        else if (KEY("source") || KEY("src"))
            m->source = val;
        else if (KEY("from"))
            m->from = val;
        else if (KEY("id"))
            m->id = val;
        else if (KEY("env"))
            m->env = val;
#undef KEY
        s = *e ? e + 1 : e;
    }
    return RP_OK;
}

static int
parse_mounts(rp__df_parser *p, rp_df_instr *in)
{
    size_t n = 0;
    int err;

    for (size_t i = 0; i < in->nflags; i++)
        n += strcasecmp(in->flags[i].name, "mount") == 0;
    if (!n)
        return RP_OK;
    if (!(in->mounts = rp_arena_calloc(p->a, n, sizeof(*in->mounts))))
        return RP_ENOMEM;
    for (size_t i = 0; i < in->nflags; i++) {
        if (strcasecmp(in->flags[i].name, "mount") != 0)
            continue;
        if ((err = parse_mount(p, &in->mounts[in->nmounts++], in->flags[i].value ? in->flags[i].value : "")))
            return err;
    }
    return RP_OK;
}

/* The first word of a heredoc-only command decides whether a heredoc is a shell script. */
static bool
is_shell_name(const char *w)
{
    static const char *const shells[] = {"sh", "bash", "ash", "dash", "zsh", "ksh", NULL};
    const char *base = strrchr(w, '/');

    return rp__str_in(base ? base + 1 : w, shells);
}

static bool
shebang_is_shell(const rp_df_heredoc *h)
{
    char first[128];
    size_t n = 0;

    if (h->len < 2 || h->content[0] != '#' || h->content[1] != '!')
        return true;
    while (n + 1 < sizeof(first) && n < h->len && h->content[n] != '\n') {
        first[n] = h->content[n];
        n++;
    }
    first[n] = '\0';
    return strstr(first, "sh") && !strstr(first, "python") && !strstr(first, "perl") &&
           !strstr(first, "node") && !strstr(first, "ruby") && !strstr(first, "php");
}

/* Appends the commands of src (a heredoc script) to in->sh. */
static int
append_script(rp__df_parser *p, rp_df_instr *in, const rp_df_heredoc *h)
{
    rp_sh_script extra;
    rp_sh_cmd *cmds;
    int err = rp_sh_parse(&extra, p->a, h->content, h->len, p->lim, p->ctx);

    if (err)
        return err;
    if (!extra.n)
        return RP_OK;
    if (!(cmds = rp_arena_calloc(p->a, in->sh->n + extra.n, sizeof(*cmds))))
        return RP_ENOMEM;
    if (in->sh->n)
        memcpy(cmds, in->sh->cmds, in->sh->n * sizeof(*cmds));
    for (size_t i = 0; i < extra.n; i++) {
        uint32_t line = h->line;
        for (size_t k = 0; k < extra.cmds[i].offset && k < h->len; k++)
            line += h->content[k] == '\n';
        extra.cmds[i].line = line;
        cmds[in->sh->n + i] = extra.cmds[i];
    }
    in->sh->cmds = cmds;
    in->sh->n += extra.n;
    in->sh->has_pipe |= extra.has_pipe;
    if (!in->sh->error)
        in->sh->error = extra.error;
    return RP_OK;
}

/* The RUN's own text with its heredocs written back as shell heredocs, so that the
 * splitter skips their bodies the way a shell would. */
static int
run_script_text(rp__df_parser *p, rp_df_instr *in, rp_buf *b)
{
    int err = rp_buf_puts(b, in->args_text);

    for (size_t i = 0; !err && i < in->nheredocs; i++) {
        const rp_df_heredoc *h = &in->heredocs[i];
        if (!(err = rp_buf_putc(b, '\n')) && !(err = rp_buf_put(b, h->content, h->len)))
            err = rp_buf_puts(b, h->name);
    }
    return err;
}

static int
parse_run(rp__df_parser *p, rp_df_instr *in)
{
    rp_buf b = RP_BUF_INIT;
    int err;

    if (!(in->sh = rp_arena_alloc(p->a, sizeof(*in->sh))))
        return RP_ENOMEM;
    if ((err = parse_mounts(p, in)) || (err = parse_json(p, in)))
        return err;
    if (in->json) {
        err = rp_sh_from_argv(in->sh, p->a, in->args, in->nargs, p->lim, p->ctx);
        for (size_t i = 0; !err && i < in->sh->n; i++)
            in->sh->cmds[i].line = in->line;
        return err;
    }
    if (!*in->args_text && !in->nheredocs)
        return fail(p, in, "RUN requires at least one argument");
    rp_buf_set_cap(&b, p->lim->max_file_bytes);
    if ((err = run_script_text(p, in, &b)))
        goto out;
    if ((err = rp_sh_parse(in->sh, p->a, b.ptr, b.len, p->lim, p->ctx)))
        goto out;
    for (size_t i = 0; i < in->sh->n; i++)
        in->sh->cmds[i].line = rp_df_instr_line_at(in, in->args_offset + in->sh->cmds[i].offset);
    for (size_t i = 0; i < in->nheredocs; i++) {
        /* "RUN <<EOF" runs the body with the shell; so do "RUN bash <<EOF" and friends */
        const rp_df_heredoc *h = &in->heredocs[i];
        bool script = (in->sh->n == 0 || (in->sh->n == 1 && is_shell_name(in->sh->cmds[0].argv[0]) &&
                                          !rp_sh_has_short(&in->sh->cmds[0], 'c'))) &&
                      shebang_is_shell(h);
        if (script && (err = append_script(p, in, h)))
            goto out;
    }
out:
    rp_buf_dispose(&b);
    return err;
}

static int
parse_healthcheck(rp__df_parser *p, rp_df_instr *in)
{
    const char *t = in->args_text;
    size_t k = 0;

    while (t[k] && !isspace((unsigned char)t[k]))
        k++;
    if (k == 4 && strncasecmp(t, "NONE", 4) == 0) {
        in->healthcheck_none = true;
        return t[k] ? fail(p, in, "HEALTHCHECK NONE takes no arguments") : RP_OK;
    }
    if (k != 3 || strncasecmp(t, "CMD", 3) != 0)
        return fail(p, in, "HEALTHCHECK must be followed by CMD or NONE");
    while (t[k] && isspace((unsigned char)t[k]))
        k++;
    in->args_text = t + k;
    in->args_offset += k;
    if (!*in->args_text)
        return fail(p, in, "HEALTHCHECK CMD requires a command");
    return parse_json(p, in);
}

static int parse_from(rp__df_parser *p, rp_df_instr *in);

static int
parse_onbuild(rp__df_parser *p, rp_df_instr *in)
{
    rp_df_instr *sub;
    const char *t = in->text;
    size_t k = 0;

    if (!*t)
        return fail(p, in, "ONBUILD requires an instruction");
    if (!(sub = rp_arena_alloc(p->a, sizeof(*sub))))
        return RP_ENOMEM;
    *sub = *in;
    while (t[k] && !isspace((unsigned char)t[k]))
        k++;
    sub->keyword = rp_arena_strndup(p->a, t, k);
    while (t[k] && isspace((unsigned char)t[k]))
        k++;
    sub->text = t + k;
    sub->linemap = NULL;
    sub->nlinemap = 0;
    sub->flags = NULL;
    sub->nflags = 0;
    in->sub = sub;
    if (!sub->keyword)
        return RP_ENOMEM;
    {
        rp_df_kind kinds[] = {RP_DF_ADD, RP_DF_ARG, RP_DF_CMD, RP_DF_COPY, RP_DF_ENTRYPOINT,
                              RP_DF_ENV, RP_DF_EXPOSE, RP_DF_FROM, RP_DF_HEALTHCHECK,
                              RP_DF_LABEL, RP_DF_MAINTAINER, RP_DF_ONBUILD, RP_DF_RUN,
                              RP_DF_SHELL, RP_DF_STOPSIGNAL, RP_DF_USER, RP_DF_VOLUME,
                              RP_DF_WORKDIR};
        sub->kind = RP_DF_UNKNOWN;
        for (size_t i = 0; i < RP_COUNTOF(kinds); i++)
            if (rp__str_eq_ci(sub->keyword, rp_df_kind_name(kinds[i])))
                sub->kind = kinds[i];
    }
    /* the trigger runs in a later build: parse its arguments, but it changes nothing here
     * (FROM and ONBUILD triggers are rule findings, not parse errors) */
    if (sub->kind == RP_DF_FROM || sub->kind == RP_DF_ONBUILD || sub->kind == RP_DF_MAINTAINER)
        return RP_OK;
    {
        int err;
        p->in_onbuild = true;
        err = rp__df_parse_instr(p, sub);
        p->in_onbuild = false;
        return err;
    }
}

static int
parse_copy(rp__df_parser *p, rp_df_instr *in)
{
    int err = parse_json(p, in);

    if (!err && !in->json)
        err = split_args(p, in, true, false);
    if (!err && in->json) {
        /* exec form values are still expanded by BuildKit */
        char **x = rp_arena_calloc(p->a, in->nargs ? in->nargs : 1, sizeof(char *));
        if (!x)
            return RP_ENOMEM;
        for (size_t i = 0; i < in->nargs; i++) {
            bool u;
            if (!(x[i] = rp__df_expand(p, in->args[i], strlen(in->args[i]), cur_scope(p), &u)))
                return RP_ENOMEM;
        }
        in->xargs = x;
    }
    if (!err && in->nargs < 2)
        return fail(p, in, in->kind == RP_DF_COPY ? "COPY requires at least two arguments"
                                                  : "ADD requires at least two arguments");
    return err;
}

int
rp__df_parse_instr(rp__df_parser *p, rp_df_instr *in)
{
    int err;

    in->stage = (int)p->df->nstages - 1;
    if (in->kind == RP_DF_ONBUILD)
        return parse_onbuild(p, in);
    if ((err = parse_flags(p, in)))
        return err;
    switch (in->kind) {
    case RP_DF_FROM:
        return parse_from(p, in);
    case RP_DF_RUN:
        return parse_run(p, in);
    case RP_DF_CMD:
    case RP_DF_ENTRYPOINT:
        return parse_json(p, in);
    case RP_DF_SHELL:
        if ((err = parse_json(p, in)))
            return err;
        return in->json && in->nargs ? RP_OK
                                     : fail(p, in, "SHELL requires the arguments in JSON form");
    case RP_DF_COPY:
    case RP_DF_ADD:
        return parse_copy(p, in);
    case RP_DF_ENV:
    case RP_DF_LABEL:
    case RP_DF_ARG:
        if ((err = parse_kvs(p, in, in->kind == RP_DF_ARG)))
            return err;
        return in->kind == RP_DF_LABEL || p->in_onbuild ? RP_OK : scope_kvs(p, in);
    case RP_DF_VOLUME:
        if ((err = parse_json(p, in)))
            return err;
        /* fall through */
    case RP_DF_EXPOSE:
        if (!in->json && (err = split_args(p, in, true, false)))
            return err;
        return in->nargs ? RP_OK : fail(p, in, "instruction requires at least one argument");
    case RP_DF_USER:
    case RP_DF_WORKDIR:
    case RP_DF_STOPSIGNAL:
    case RP_DF_MAINTAINER:
        if ((err = split_args(p, in, in->kind != RP_DF_MAINTAINER, true)))
            return err;
        return in->nargs ? RP_OK : fail(p, in, "instruction requires an argument");
    case RP_DF_HEALTHCHECK:
        return parse_healthcheck(p, in);
    default: {
        char msg[160];
        snprintf(msg, sizeof(msg), "unknown instruction: %.100s", in->keyword);
        return fail(p, in, msg);
    }
    }
}

/* FROM [--platform=P] image [AS name]: starts a stage. */
static int
parse_from(rp__df_parser *p, rp_df_instr *in)
{
    rp_dockerfile *df = p->df;
    rp__df_words w;
    rp_df_stage *st;
    rp__df_scope *scopes;
    int err;

    /* FROM sees only the ARGs declared before the first FROM */
    if ((err = rp__df_words_split(&w, p, in->args_text, strlen(in->args_text), &p->global, false)))
        return err;
    in->args = w.raw;
    in->xargs = w.exp;
    in->nargs = w.n;
    if ((df->nstages & (df->nstages - 1)) == 0) {
        size_t ncap = df->nstages ? df->nstages * 2 : 4;
        st = rp_arena_grow(p->a, df->stages, df->nstages, ncap, sizeof(*st));
        scopes = rp_arena_grow(p->a, p->stage_scope, df->nstages, ncap, sizeof(*scopes));
        if (!st || !scopes)
            return RP_ENOMEM;
        df->stages = st;
        p->stage_scope = scopes;
    }
    st = &df->stages[df->nstages];
    memset(st, 0, sizeof(*st));
    memset(&p->stage_scope[df->nstages], 0, sizeof(p->stage_scope[0]));
    st->index = (uint32_t)df->nstages;
    st->first = (size_t)(in - df->instrs);
    st->line = in->line;
    st->parent = -1;
    in->stage = (int)df->nstages++;
    if (w.n != 1 && !(w.n == 3 && rp__str_eq_ci(w.raw[1], "as")))
        return fail(p, in, "FROM requires either one or three arguments (FROM image [AS name])");
    st->base = w.exp[0];
    st->name = w.n == 3 ? rp__str_lower_dup(p->a, w.raw[2]) : NULL;
    st->platform = rp_df_instr_flag(in, "platform") ? rp_df_instr_flag(in, "platform")->value : NULL;
    st->scratch = rp__str_eq_ci(st->base, "scratch");
    for (size_t i = df->nstages - 1; i-- > 0 && st->parent < 0;) {
        if (df->stages[i].name && rp__str_eq_ci(df->stages[i].name, st->base)) {
            st->parent = (int)i;
            /* ENV of the parent stage carries over; ARG does not */
            rp__df_scope *ps = &p->stage_scope[i];
            for (size_t k = 0; k < ps->n; k++)
                if (ps->vars[k].env && (err = rp__df_scope_set(p, &p->stage_scope[st->index],
                                                                ps->vars[k].name,
                                                                ps->vars[k].value, true)))
                    return err;
        }
    }
    if (st->parent < 0 && !st->scratch)
        return rp_df_parse_image_ref(&st->ref, p->a, st->base);
    return RP_OK;
}
