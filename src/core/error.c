/* Error codes and the error context. */
#include <stdio.h>
#include <string.h>

#include "rampart/common.h"

const char *
rp_strerror(int err)
{
    switch (err) {
    case RP_OK: return "ok";
    case RP_ENOMEM: return "out of memory";
    case RP_EINVAL: return "invalid argument";
    case RP_EPARSE: return "parse error";
    case RP_ELIMIT: return "limit exceeded";
    case RP_ENOTFOUND: return "not found";
    case RP_EIO: return "I/O error";
    case RP_EUNSUPPORTED: return "unsupported";
    case RP_ETIMEOUT: return "timed out";
    case RP_EDB: return "database error";
    case RP_EVERIFY: return "verification failed";
    default: return "unknown error";
    }
}

void
rp_ctx_clear(rp_ctx *ctx)
{
    if (ctx)
        memset(ctx, 0, sizeof(*ctx));
}

int
rp_ctx_set(rp_ctx *ctx, int code, const char *path, uint32_t line, uint32_t column,
           const char *fmt, ...)
{
    va_list ap;

    if (!ctx)
        return code;
    ctx->code = code;
    ctx->line = line;
    ctx->column = column;
    snprintf(ctx->path, sizeof(ctx->path), "%s", path ? path : "");
    va_start(ap, fmt);
    vsnprintf(ctx->msg, sizeof(ctx->msg), fmt, ap);
    va_end(ap);
    return code;
}

const char *
rp_ctx_format(const rp_ctx *ctx, char *buf, size_t size)
{
    const char *msg = ctx->msg[0] ? ctx->msg : rp_strerror(ctx->code);

    if (!size)
        return buf;
    if (ctx->path[0] && ctx->line && ctx->column)
        snprintf(buf, size, "%s:%u:%u: %s", ctx->path, ctx->line, ctx->column, msg);
    else if (ctx->path[0] && ctx->line)
        snprintf(buf, size, "%s:%u: %s", ctx->path, ctx->line, msg);
    else if (ctx->path[0])
        snprintf(buf, size, "%s: %s", ctx->path, msg);
    else
        snprintf(buf, size, "%s", msg);
    return buf;
}
