/* A growable byte buffer with a hard cap: past the cap an append fails with RP_ELIMIT. */
#ifndef RAMPART_BUF_H
#define RAMPART_BUF_H

#include <stdarg.h>
#include <stddef.h>

#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct rp_buf {
    char *ptr;   /* always NUL-terminated when non-NULL */
    size_t len;
    size_t asize;
    size_t cap;  /* maximum len; 0 means SIZE_MAX/2 */
} rp_buf;

#define RP_BUF_INIT {NULL, 0, 0, 0}

void rp_buf_set_cap(rp_buf *b, size_t cap);
int rp_buf_grow(rp_buf *b, size_t extra);
int rp_buf_put(rp_buf *b, const char *p, size_t len);
int rp_buf_puts(rp_buf *b, const char *s);
int rp_buf_putc(rp_buf *b, char c);
int rp_buf_printf(rp_buf *b, const char *fmt, ...) RP_PRINTF(2, 3);
int rp_buf_vprintf(rp_buf *b, const char *fmt, va_list ap) RP_PRINTF(2, 0);
void rp_buf_clear(rp_buf *b);
void rp_buf_swap(rp_buf *a, rp_buf *b);
/* Hands the bytes to the caller (free() them); the buffer is reset. */
char *rp_buf_detach(rp_buf *b);
void rp_buf_dispose(rp_buf *b);

/* Reads a whole file (or stdin for "-") into out, failing with RP_ELIMIT past max bytes. */
int rp_buf_read_file(rp_buf *out, rp_ctx *ctx, const char *path, size_t max);

#ifdef __cplusplus
}
#endif
#endif
