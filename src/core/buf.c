/* Capped growable buffer (after curl's dynbuf). */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rampart/buf.h"

static size_t
buf_cap(const rp_buf *b)
{
    return b->cap ? b->cap : SIZE_MAX / 2;
}

void
rp_buf_set_cap(rp_buf *b, size_t cap)
{
    b->cap = cap;
}

int
rp_buf_grow(rp_buf *b, size_t extra)
{
    size_t need, asize;
    char *p;

    if (extra > buf_cap(b) - b->len)
        return RP_ELIMIT;
    need = b->len + extra + 1;
    if (need <= b->asize)
        return RP_OK;
    asize = b->asize ? b->asize : 64;
    while (asize < need)
        asize = asize > SIZE_MAX / 2 ? need : asize * 2;
    p = realloc(b->ptr, asize);
    if (!p)
        return RP_ENOMEM;
    b->ptr = p;
    b->asize = asize;
    return RP_OK;
}

int
rp_buf_put(rp_buf *b, const char *p, size_t len)
{
    int err;

    /* the common case: room left and under the cap */
    if (b->ptr && len < b->asize - b->len && (!b->cap || len <= b->cap - b->len)) {
        memcpy(b->ptr + b->len, p, len);
        b->len += len;
        b->ptr[b->len] = '\0';
        return RP_OK;
    }
    err = rp_buf_grow(b, len);
    if (err)
        return err;
    if (len)
        memcpy(b->ptr + b->len, p, len);
    b->len += len;
    b->ptr[b->len] = '\0';
    return RP_OK;
}

int
rp_buf_puts(rp_buf *b, const char *s)
{
    return rp_buf_put(b, s, strlen(s));
}

int
rp_buf_putc(rp_buf *b, char c)
{
    return rp_buf_put(b, &c, 1);
}

int
rp_buf_vprintf(rp_buf *b, const char *fmt, va_list ap)
{
    va_list ap2;
    int n, err;

    va_copy(ap2, ap);
    n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    if (n < 0)
        return RP_EINVAL;
    if ((err = rp_buf_grow(b, (size_t)n)) != 0)
        return err;
    vsnprintf(b->ptr + b->len, (size_t)n + 1, fmt, ap);
    b->len += (size_t)n;
    return RP_OK;
}

int
rp_buf_printf(rp_buf *b, const char *fmt, ...)
{
    va_list ap;
    int err;

    va_start(ap, fmt);
    err = rp_buf_vprintf(b, fmt, ap);
    va_end(ap);
    return err;
}

void
rp_buf_clear(rp_buf *b)
{
    b->len = 0;
    if (b->ptr)
        b->ptr[0] = '\0';
}

void
rp_buf_swap(rp_buf *a, rp_buf *b)
{
    rp_buf t = *a;

    *a = *b;
    *b = t;
}

char *
rp_buf_detach(rp_buf *b)
{
    char *p = b->ptr;

    if (!p)
        p = calloc(1, 1);
    b->ptr = NULL;
    b->len = b->asize = 0;
    return p;
}

void
rp_buf_dispose(rp_buf *b)
{
    if (!b)
        return;
    free(b->ptr);
    b->ptr = NULL;
    b->len = b->asize = 0;
}

int
rp_buf_read_file(rp_buf *out, rp_ctx *ctx, const char *path, size_t max)
{
    FILE *f;
    char chunk[65536];
    size_t n;
    int err = RP_OK;
    bool is_stdin = strcmp(path, "-") == 0;

    rp_buf_clear(out);
    rp_buf_set_cap(out, max);
    f = is_stdin ? stdin : fopen(path, "rb");
    if (!f)
        return rp_ctx_set(ctx, RP_EIO, path, 0, 0, "cannot open: %s", strerror(errno));
    while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0) {
        if ((err = rp_buf_put(out, chunk, n)) != 0) {
            if (err == RP_ELIMIT)
                rp_ctx_set(ctx, err, path, 0, 0, "file is larger than the %zu-byte limit", max);
            else
                rp_ctx_set(ctx, err, path, 0, 0, "out of memory reading file");
            goto out;
        }
    }
    if (ferror(f))
        err = rp_ctx_set(ctx, RP_EIO, path, 0, 0, "read error: %s", strerror(errno));
    else if (!out->ptr && !(err = rp_buf_grow(out, 0)))
        out->ptr[0] = '\0'; /* an empty file still yields a NUL-terminated buffer */
out:
    if (!is_stdin)
        fclose(f);
    return err;
}
