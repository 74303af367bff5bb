/* libFuzzer target for the RUN splitter: rp_sh_parse on the input with default and with tight
 * limits, rp_sh_from_argv on its lines, the option helpers on every command, and the
 * invariants of rp_sh_script checked along the way. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "rampart/shell.h"

#define CHECK(x)                                                                                   \
    do {                                                                                           \
        if (!(x))                                                                                  \
            abort();                                                                               \
    } while (0)

static void
walk_cmd(const rp_sh_cmd *c, size_t size, const rp_limits *lim)
{
    static const char *const takes_value[] = {"-o", "-t", "--target-release", "-f", NULL};
    const char *pos[8];
    size_t n;

    CHECK(c->argc >= 1 && c->argv && c->wflags && c->argv[c->argc] == NULL);
    for (size_t i = 0; i < c->argc; i++)
        CHECK(c->argv[i] && (c->wflags[i] & ~(RP_SH_W_QUOTED | RP_SH_W_EXPANSION)) == 0);
    for (size_t i = 0; i < c->nassigns; i++)
        CHECK(c->assigns[i] && strchr(c->assigns[i], '='));
    for (size_t i = 0; i < c->nredirs; i++)
        CHECK(c->redirs[i] && c->redirs[i][0]);
    CHECK(c->op <= RP_SH_BG && c->depth <= lim->max_shell_depth && c->offset <= size);
    CHECK(rp_sh_cmd_name(c) != NULL);
    (void)rp_sh_cmd_is(c, "apt-get");
    (void)rp_sh_has_short(c, 'y');
    (void)rp_sh_has_long(c, "no-install-recommends");
    (void)rp_sh_opt_value(c, 'o', "output");
    (void)rp_sh_opt_value(c, 0, "target-release");
    n = rp_sh_positionals(c, takes_value, pos, 8);
    for (size_t i = 0; i < n && i < 8; i++)
        CHECK(pos[i] != NULL);
    CHECK(rp_sh_positionals(c, NULL, NULL, 0) >= n);
}

static void
walk(const rp_sh_script *s, int err, size_t size, const rp_limits *lim)
{
    CHECK(err == 0 || err == RP_ELIMIT);
    if (err)
        return;
    CHECK(s->n <= lim->max_shell_commands && (s->n == 0 || s->cmds));
    for (size_t i = 0; i < s->n; i++)
        walk_cmd(&s->cmds[i], size, lim);
}

/* Lines of the input as an exec-form argv (at most 16 words). */
static void
from_lines(rp_arena *a, const char *p, size_t size, const rp_limits *lim)
{
    char *argv[16];
    size_t argc = 0, b = 0;
    rp_sh_script s;
    rp_ctx ctx;

    for (size_t i = 0; i <= size && argc < 16; i++) {
        if (i == size || p[i] == '\n') {
            argv[argc++] = rp_arena_strndup(a, p + b, i - b);
            if (!argv[argc - 1])
                return;
            b = i + 1;
        }
    }
    rp_ctx_clear(&ctx);
    walk(&s, rp_sh_from_argv(&s, a, argv, argc, lim, &ctx), size, lim);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    rp_arena a = RP_ARENA_INIT;
    rp_limits lim, tight;
    rp_sh_script s;
    rp_ctx ctx;

    rp_limits_default(&lim);
    tight = lim;
    tight.max_shell_depth = 3;
    tight.max_shell_commands = 20;
    rp_ctx_clear(&ctx);
    walk(&s, rp_sh_parse(&s, &a, (const char *)data, size, &lim, &ctx), size, &lim);
    walk(&s, rp_sh_parse(&s, &a, (const char *)data, size, &tight, &ctx), size, &tight);
    from_lines(&a, (const char *)data, size, &lim);
    rp_arena_dispose(&a);
    return 0;
}
