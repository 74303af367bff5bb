/* Helpers shared by the Dockerfile checks: reporting with good locations, and the command
 * and stage questions many rules ask. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "core/util.h"
#include "dockerfile/rules.h"
#include "rampart/buf.h"

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
    if (!s)
        return;
    while (len && isspace((unsigned char)*s))
        s++, len--;
    while (len && isspace((unsigned char)s[len - 1]))
        len--;
    if (len > 200)
        snprintf(out, size, "%.197s...", s);
    else
        snprintf(out, size, "%.*s", (int)len, s);
}

/* Whitespace-collapsed "KEYWORD text": the occurrence's identity for fingerprints. */
static void
context_of(rp_buf *b, const rp_df_instr *in, const char *extra)
{
    bool space = false;

    rp_buf_set_cap(b, 4096);
    rp_buf_puts(b, rp_df_kind_name(in->kind));
    rp_buf_putc(b, ' ');
    for (const char *p = in->text; *p && b->len < 4000; p++) {
        if (isspace((unsigned char)*p)) {
            space = true;
            continue;
        }
        if (space)
            rp_buf_putc(b, ' ');
        space = false;
        rp_buf_putc(b, *p);
    }
    if (extra) {
        rp_buf_putc(b, '\x1f');
        rp_buf_puts(b, extra);
    }
}

static void report_va(rp__df_check *c, const rp_rule *rule, const rp_df_instr *in, uint32_t line,
                      uint32_t end_line, const char *extra, const char *fmt, va_list ap)
    RP_PRINTF(7, 0);

static void
report_va(rp__df_check *c, const rp_rule *rule, const rp_df_instr *in, uint32_t line,
          uint32_t end_line, const char *extra, const char *fmt, va_list ap)
{
    char snippet[256], msg[2048];
    rp_buf ctx = RP_BUF_INIT;
    rp_location loc = {0};

    if (!rp_emit_enabled(c->em, rule))
        return;
    vsnprintf(msg, sizeof(msg), fmt, ap);
    snippet_of(snippet, sizeof(snippet), c->df, line);
    loc.line = line;
    loc.end_line = end_line > line ? end_line : 0;
    if (in) {
        context_of(&ctx, in, extra);
        loc.column = line == in->line ? in->column : 0;
    } else {
        rp_buf_puts(&ctx, snippet);
    }
    rp_emit_loc(c->em, rule, &loc, snippet[0] ? snippet : NULL, ctx.ptr, "%s", msg);
    rp_buf_dispose(&ctx);
}

void
rp__df_report(rp__df_check *c, const rp_rule *rule, const rp_df_instr *in, const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    report_va(c, rule, in, in->line, in->end_line, NULL, fmt, ap);
    va_end(ap);
}

void
rp__df_report_cmd(rp__df_check *c, const rp_rule *rule, const rp_df_instr *in,
                  const rp_sh_cmd *cmd, const char *fmt, ...)
{
    char extra[512];
    size_t k = 0;
    va_list ap;

    /* the command's words tell apart two findings of one rule in one RUN */
    extra[0] = '\0';
    for (size_t i = 0; i < cmd->argc && k + 2 < sizeof(extra); i++) {
        int n = snprintf(extra + k, sizeof(extra) - k, "%s%s", i ? " " : "", cmd->argv[i]);
        if (n < 0)
            break;
        k += (size_t)n;
    }
    va_start(ap, fmt);
    report_va(c, rule, in, cmd->line ? cmd->line : in->line, 0, extra, fmt, ap);
    va_end(ap);
}

void
rp__df_report_line(rp__df_check *c, const rp_rule *rule, uint32_t line, uint32_t end_line,
                   const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    report_va(c, rule, NULL, line, end_line, NULL, fmt, ap);
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
rp__df_subcommand(const rp_sh_cmd *cmd, const char *const *takes_value,
                  const char *const *words)
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
