/* Helpers shared by the Dockerfile checks: reporting with good locations, and the command
 * and stage questions many rules ask. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/util.h"
#include "dockerfile/rules.h"
#include "rampart/buf.h"
#include "report/emit_internal.h"

bool
rp__df_on(const rp__df_check *c, const rp_rule *rule)
{
    return rp_emit_enabled(c->em, rule);
}

/* The source line, trimmed and cut to a readable length. */
static void
snippet_of(char *out, size_t size, const rp_dockerfile *df, uint32_t line)
{
    size_t len = 0;
    const char *s = rp_dockerfile_line(df, line, &len);

    out[0] = '\0';
    if (!s || size < 8)
        return;
    while (len && isspace((unsigned char)*s))
        s++, len--;
    while (len && isspace((unsigned char)s[len - 1]))
        len--;
    if (len > 200 && size > 200) {
        memcpy(out, s, 197);
        memcpy(out + 197, "...", 4);
        return;
    }
    if (len >= size)
        len = size - 1;
    memcpy(out, s, len);
    out[len] = '\0';
}

/* Whitespace-collapsed "KEYWORD text" (plus extra): the occurrence's identity for
 * fingerprints. Written straight into out: this runs once per finding. */
static void
context_of(char *out, size_t size, const rp_df_instr *in, const char *extra)
{
    const char *kw = rp_df_kind_name(in->kind);
    size_t n = strlen(kw), cap = size - 1;
    bool space = true;

    memcpy(out, kw, n);
    for (const char *p = in->text; *p && n < cap; p++) {
        if (isspace((unsigned char)*p)) {
            space = true;
            continue;
        }
        if (space && n < cap)
            out[n++] = ' ';
        space = false;
        if (n < cap)
            out[n++] = *p;
    }
    if (extra && n + 1 < cap) {
        size_t e = strlen(extra);
        out[n++] = '\x1f';
        if (e > cap - n)
            e = cap - n;
        memcpy(out + n, extra, e);
        n += e;
    }
    out[n] = '\0';
}

static void report_va(rp__df_check *c, const rp_rule *rule, const rp_df_instr *in, uint32_t line,
                      uint32_t end_line, uint32_t snip_line, const char *extra, const char *fmt,
                      va_list ap) RP_PRINTF(8, 0);

/* snip_line: the line shown as the snippet (0: line). */
static void
report_va(rp__df_check *c, const rp_rule *rule, const rp_df_instr *in, uint32_t line,
          uint32_t end_line, uint32_t snip_line, const char *extra, const char *fmt, va_list ap)
{
    char snippet[256], msg[2048], ctx[4096];
    rp_location loc = {0};

    if (!rp_emit_enabled(c->em, rule))
        return;
    vsnprintf(msg, sizeof(msg), fmt, ap);
    snippet_of(snippet, sizeof(snippet), c->df, snip_line ? snip_line : line);
    loc.line = line;
    loc.end_line = end_line > line ? end_line : 0;
    if (in) {
        context_of(ctx, sizeof(ctx), in, extra);
        loc.column = line == in->line ? in->column : 0;
    } else {
        snprintf(ctx, sizeof(ctx), "%s", snippet);
    }
    rp__emit_add(c->em, rule, &loc, snippet[0] ? snippet : NULL, ctx, msg);
}

void
rp__df_report(rp__df_check *c, const rp_rule *rule, const rp_df_instr *in, const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    report_va(c, rule, in, in->line, in->end_line, 0, NULL, fmt, ap);
    va_end(ap);
}

/* True when line is in the body of one of in's heredocs. */
static bool
in_heredoc(const rp_df_instr *in, uint32_t line)
{
    for (size_t k = 0; k < in->nheredocs; k++)
        if (line >= in->heredocs[k].line && line <= in->heredocs[k].end_line)
            return true;
    return false;
}

void
rp__df_report_cmd(rp__df_check *c, const rp_rule *rule, const rp_df_instr *in, const rp_sh_cmd *cmd,
                  const char *fmt, ...)
{
    char extra[512];
    size_t k = 0;
    uint32_t line = cmd->line ? cmd->line : in->line;
    va_list ap;

    /* the command's words tell apart two findings of one rule in one RUN */
    for (size_t i = 0; i < cmd->argc && k + 2 < sizeof(extra); i++) {
        size_t n = strlen(cmd->argv[i]);
        if (i)
            extra[k++] = ' ';
        if (n > sizeof(extra) - 1 - k)
            n = sizeof(extra) - 1 - k;
        memcpy(extra + k, cmd->argv[i], n);
        k += n;
    }
    extra[k] = '\0';
    va_start(ap, fmt);
    /* a command in a heredoc body: the finding spans from the RUN line down to the command, so
     * that it stays attached to the instruction for readers that only know its first line */
    if (line > in->line && in_heredoc(in, line))
        report_va(c, rule, in, in->line, line, line, extra, fmt, ap);
    else
        report_va(c, rule, in, line, 0, 0, extra, fmt, ap);
    va_end(ap);
}

void
rp__df_report_line(rp__df_check *c, const rp_rule *rule, uint32_t line, uint32_t end_line,
                   const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    report_va(c, rule, NULL, line, end_line, 0, NULL, fmt, ap);
    va_end(ap);
}

const rp_df_instr *
rp__df_run(const rp_df_instr *in)
{
    if (in->kind == RP_DF_RUN)
        return in;
    if (in->kind == RP_DF_ONBUILD && in->sub && in->sub->kind == RP_DF_RUN)
        return in->sub;
    return NULL;
}

const rp_df_stage *
rp__df_final_stage(const rp_dockerfile *df)
{
    return df->nstages ? &df->stages[df->nstages - 1] : NULL;
}

bool
rp__df_cmd_in(const rp_sh_cmd *cmd, const char *const *names)
{
    return rp__str_in(rp_sh_cmd_name(cmd), names);
}

int
rp__df_subcommand(const rp_sh_cmd *cmd, const char *const *takes_value, const char *const *words)
{
    const char *pos[64];
    size_t n = rp_sh_positionals(cmd, takes_value, pos, RP_COUNTOF(pos));

    if (n > RP_COUNTOF(pos))
        n = RP_COUNTOF(pos);
    for (size_t i = 0; i < n; i++)
        if (rp__str_in(pos[i], words))
            return (int)i;
    return -1;
}

const rp_df_instr *
rp__df_shell_at(const rp_dockerfile *df, size_t i)
{
    int s;

    if (i >= df->ninstrs)
        return NULL;
    for (s = df->instrs[i].stage; s >= 0; s = df->stages[s].parent) {
        const rp_df_stage *st = &df->stages[s];
        size_t end = s == df->instrs[i].stage ? i : st->end;
        for (size_t k = end; k-- > st->first;)
            if (df->instrs[k].kind == RP_DF_SHELL && df->instrs[k].json)
                return &df->instrs[k];
    }
    return NULL;
}

void
rp__df_report_key(rp__df_check *c, const rp_rule *rule, const rp_df_instr *in, const char *key,
                  const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    report_va(c, rule, in, in->line, in->end_line, 0, key, fmt, ap);
    va_end(ap);
}

bool
rp__df_stage_in_image(const rp_dockerfile *df, int stage)
{
    const rp_df_stage *last = rp__df_final_stage(df);

    if (!last || stage < 0)
        return false;
    /* parents are earlier stages; the bound guards a malformed model */
    for (int s = (int)last->index; s >= 0 && s < (int)df->nstages; s = df->stages[s].parent) {
        if (s == stage)
            return true;
        if (df->stages[s].parent >= s)
            break;
    }
    return false;
}

void
rp__df_cmd_text(char *out, size_t size, const rp_sh_cmd *cmd)
{
    size_t k = 0;

    if (!size)
        return;
    out[0] = '\0';
    for (size_t i = 0; cmd && i < cmd->argc && cmd->argv[i]; i++) {
        const char *w = cmd->argv[i];
        bool q = !*w || strpbrk(w, " \t\n"); /* show the word as one word */
        int n =
            snprintf(out + k, size - k, "%s%s%s%s", i ? " " : "", q ? "'" : "", w, q ? "'" : "");
        if (n < 0)
            break;
        if ((size_t)n >= size - k) {
            /* cut, and say so */
            if (size > 4)
                memcpy(out + size - 4, "...", 4);
            return;
        }
        k += (size_t)n;
    }
}

/* A command that runs another one: the options that take a value, the short options that
 * mean it runs none (sudo -l, command -v), and how many operands come before the command
 * (timeout's duration, gosu's user). */
typedef struct cmd_wrapper {
    const char *name;
    const char *takes;
    const char *const *long_takes;
    const char *stops;
    unsigned operands;
    bool env; /* takes NAME=value words before the command */
} cmd_wrapper;

static const char *const sudo_long[] = {
    "--user", "--group", "--close-from",      "--chdir",      "--host", "--prompt",
    "--role", "--type",  "--command-timeout", "--other-user", NULL};
static const char *const env_long[] = {"--unset", "--chdir", "--split-string", NULL};
static const char *const nice_long[] = {"--adjustment", NULL};
static const char *const time_long[] = {"--format", "--output", NULL};
static const char *const timeout_long[] = {"--signal", "--kill-after", NULL};
static const char *const stdbuf_long[] = {"--input", "--output", "--error", NULL};
static const char *const xargs_long[] = {"--arg-file",  "--delimiter", "--eof",
                                         "--replace",   "--max-lines", "--max-args",
                                         "--max-procs", "--max-chars", NULL};
static const char *const no_long[] = {NULL};

/* Sorted by name (bsearch). */
static const cmd_wrapper wrappers[] = {
    {"builtin", "", no_long, "", 0, false},
    {"busybox", "", no_long, "", 0, false},
    {"command", "", no_long, "vV", 0, false},
    {"doas", "uC", no_long, "", 0, true},
    {"eatmydata", "", no_long, "", 0, false},
    {"env", "uCS", env_long, "", 0, true},
    {"exec", "a", no_long, "", 0, false},
    {"fakeroot", "", no_long, "", 0, false},
    {"gosu", "", no_long, "", 1, false},
    {"nice", "n", nice_long, "", 0, false},
    {"nohup", "", no_long, "", 0, false},
    {"stdbuf", "ioe", stdbuf_long, "", 0, false},
    {"su-exec", "", no_long, "", 1, false},
    {"sudo", "ugCDhprtTU", sudo_long, "lvkKeV", 0, true},
    {"time", "fo", time_long, "", 0, false},
    {"timeout", "sk", timeout_long, "", 1, false},
    {"xargs", "adEILnPs", xargs_long, "", 0, false},
};

static int
wrapper_cmp(const void *key, const void *elem)
{
    return strcmp(key, ((const cmd_wrapper *)elem)->name);
}

/* NAME=value with a shell variable name. */
static bool
is_assignment(const char *a)
{
    const char *eq = strchr(a, '=');

    if (!eq || eq == a || !(isalpha((unsigned char)a[0]) || a[0] == '_'))
        return false;
    for (const char *p = a; p < eq; p++)
        if (!isalnum((unsigned char)*p) && *p != '_')
            return false;
    return true;
}

/* The argv index of the command that wrapper w runs from cmd, or 0 when it runs none. */
static size_t
wrapped_index(const cmd_wrapper *w, const rp_sh_cmd *cmd)
{
    unsigned skip = w->operands;
    size_t i = 1;

    while (i < cmd->argc) {
        const char *a = cmd->argv[i];
        if (strcmp(a, "--") == 0) {
            i++;
            break;
        }
        if (a[0] == '-' && a[1] == '-') {
            i += (!strchr(a, '=') && rp__str_in(a, w->long_takes)) ? 2 : 1;
        } else if (a[0] == '-' && a[1]) {
            size_t n = 1;
            for (const char *p = a + 1; *p; p++) {
                if (strchr(w->stops, *p))
                    return 0;
                if (strchr(w->takes, *p)) {
                    n = p[1] ? 1 : 2; /* "-uroot" or "-u root" */
                    break;
                }
            }
            i += n;
        } else if (w->env && is_assignment(a)) {
            i++; /* NAME=value: env, and sudo/doas, pass it to the command */
        } else if (skip) {
            skip--, i++;
        } else {
            break;
        }
    }
    return i < cmd->argc ? i : 0;
}

bool
rp__df_cmd_inner(rp_sh_cmd *out, const rp_sh_cmd *cmd)
{
    const cmd_wrapper *w =
        bsearch(rp_sh_cmd_name(cmd), wrappers, RP_COUNTOF(wrappers), sizeof(*w), wrapper_cmp);
    size_t i;

    if (!w || !(i = wrapped_index(w, cmd)))
        return false;
    *out = *cmd;
    out->argv = cmd->argv + i;
    out->argc = cmd->argc - i;
    out->wflags = cmd->wflags ? cmd->wflags + i : NULL;
    return true;
}

const rp_sh_cmd *
rp__df_cmd_unwrap(rp_sh_cmd *out, const rp_sh_cmd *cmd)
{
    rp_sh_cmd cur = *cmd;

    /* bounded: "sudo env nice sudo ..." ends; a hostile chain stops at the cap */
    for (int hops = 0; hops < 8 && rp__df_cmd_inner(out, &cur); hops++)
        cur = *out;
    *out = cur;
    return out;
}
