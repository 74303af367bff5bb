/* Bump allocator: blocks chained newest-first; big requests get a block of their own. */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rampart/arena.h"

#define ARENA_DEFAULT_BLOCK (64u * 1024u)
#define ARENA_ALIGN 16u

struct rp_arena_block {
    rp_arena_block *next;
    size_t size;
    size_t used;
    _Alignas(16) unsigned char data[];
};

void
rp_arena_init(rp_arena *a, size_t block_size)
{
    a->head = NULL;
    a->block_size = block_size;
    a->total = 0;
}

static rp_arena_block *
block_new(size_t size)
{
    rp_arena_block *b;

    if (size > SIZE_MAX - sizeof(*b))
        return NULL;
    b = malloc(sizeof(*b) + size);
    if (!b)
        return NULL;
    b->next = NULL;
    b->size = size;
    b->used = 0;
    return b;
}

/* Uninitialised memory: for strings, which are written over at once. */
static void *
arena_raw(rp_arena *a, size_t size)
{
    size_t bsize = a->block_size ? a->block_size : ARENA_DEFAULT_BLOCK;
    rp_arena_block *b = a->head;
    void *p;

    if (size == 0)
        size = 1;
    if (size > SIZE_MAX - ARENA_ALIGN)
        return NULL;
    size = (size + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);
    if (!b || b->size - b->used < size) {
        if (size > bsize / 4) {
            /* a large object gets its own block behind the current one, so the current
             * block's free space is not wasted */
            rp_arena_block *big = block_new(size);
            if (!big)
                return NULL;
            big->used = size;
            if (b) {
                big->next = b->next;
                b->next = big;
            } else {
                a->head = big;
            }
            a->total += size;
            return big->data;
        }
        b = block_new(bsize);
        if (!b)
            return NULL;
        b->next = a->head;
        a->head = b;
    }
    p = b->data + b->used;
    b->used += size;
    a->total += size;
    return p;
}

void *
rp_arena_alloc(rp_arena *a, size_t size)
{
    void *p = arena_raw(a, size);

    if (p)
        memset(p, 0, size ? size : 1);
    return p;
}

void *
rp_arena_calloc(rp_arena *a, size_t n, size_t size)
{
    if (size && n > SIZE_MAX / size)
        return NULL;
    return rp_arena_alloc(a, n * size);
}

char *
rp_arena_strndup(rp_arena *a, const char *s, size_t len)
{
    char *p;

    if (len == SIZE_MAX)
        return NULL;
    p = arena_raw(a, len + 1);
    if (!p)
        return NULL;
    if (len)
        memcpy(p, s, len);
    p[len] = '\0';
    return p;
}

char *
rp_arena_strdup(rp_arena *a, const char *s)
{
    return s ? rp_arena_strndup(a, s, strlen(s)) : NULL;
}

char *
rp_arena_printf(rp_arena *a, const char *fmt, ...)
{
    va_list ap, ap2;
    int n;
    char *p;

    va_start(ap, fmt);
    va_copy(ap2, ap);
    n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0) {
        va_end(ap2);
        return NULL;
    }
    p = rp_arena_alloc(a, (size_t)n + 1);
    if (p)
        vsnprintf(p, (size_t)n + 1, fmt, ap2);
    va_end(ap2);
    return p;
}

void *
rp_arena_grow(rp_arena *a, void *old, size_t old_n, size_t new_n, size_t size)
{
    void *p = rp_arena_calloc(a, new_n, size);

    if (p && old && old_n)
        memcpy(p, old, (old_n < new_n ? old_n : new_n) * size);
    return p;
}

void
rp_arena_dispose(rp_arena *a)
{
    rp_arena_block *b, *next;

    if (!a)
        return;
    for (b = a->head; b; b = next) {
        next = b->next;
        free(b);
    }
    a->head = NULL;
    a->total = 0;
}
