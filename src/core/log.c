/* Logging: whole lines on stderr, filtered by a process-wide level. */
#include <stdatomic.h>
#include <stdio.h>
#include <strings.h>

#include "rampart/common.h"

static atomic_int log_level = RP_LOG_WARN;

void
rp_log_set_level(rp_log_level level)
{
    atomic_store(&log_level, (int)level);
}

rp_log_level
rp_log_get_level(void)
{
    return (rp_log_level)atomic_load(&log_level);
}

int
rp_log_level_parse(rp_log_level *out, const char *s)
{
    static const struct {
        const char *name;
        rp_log_level level;
    } names[] = {{"error", RP_LOG_ERROR}, {"warn", RP_LOG_WARN}, {"warning", RP_LOG_WARN},
                 {"info", RP_LOG_INFO},   {"debug", RP_LOG_DEBUG}};

    for (size_t i = 0; s && i < sizeof(names) / sizeof(names[0]); i++) {
        if (strcasecmp(s, names[i].name) == 0) {
            *out = names[i].level;
            return RP_OK;
        }
    }
    return RP_EINVAL;
}

void
rp_log(rp_log_level level, const char *fmt, ...)
{
    static const char *const prefix[] = {"error", "warning", "info", "debug"};
    char line[4096];
    va_list ap;
    int n;

    if ((int)level > atomic_load(&log_level))
        return;
    n = snprintf(line, sizeof(line), "rampart: %s: ", prefix[level]);
    if (n < 0 || (size_t)n >= sizeof(line))
        return;
    va_start(ap, fmt);
    vsnprintf(line + n, sizeof(line) - (size_t)n, fmt, ap);
    va_end(ap);
    /* one fputs per line keeps lines whole when threads log at once */
    flockfile(stderr);
    fputs(line, stderr);
    fputc('\n', stderr);
    funlockfile(stderr);
}

void
rp_log_ctx(rp_log_level level, const rp_ctx *ctx)
{
    char buf[2200];

    rp_log(level, "%s", rp_ctx_format(ctx, buf, sizeof(buf)));
}
