/* A bump allocator for per-scan and per-file data: many allocations, one free. */
#ifndef RAMPART_ARENA_H
#define RAMPART_ARENA_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct rp_arena_block rp_arena_block;

typedef struct rp_arena {
    rp_arena_block *head;
    size_t block_size; /* size of ordinary blocks; 0 means the default (64 KiB) */
    size_t total;      /* bytes handed out, for diagnostics */
} rp_arena;

#define RP_ARENA_INIT {NULL, 0, 0}

void rp_arena_init(rp_arena *a, size_t block_size);
/* Zeroed, 16-byte aligned memory that lives until rp_arena_dispose; NULL when out of memory. */
void *rp_arena_alloc(rp_arena *a, size_t size);
/* Allocates n elements of size each, checking the multiplication for overflow. */
void *rp_arena_calloc(rp_arena *a, size_t n, size_t size);
/* Copies len bytes and adds a NUL; the copy may contain NULs. */
char *rp_arena_strndup(rp_arena *a, const char *s, size_t len);
char *rp_arena_strdup(rp_arena *a, const char *s);
char *rp_arena_printf(rp_arena *a, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
/* Grows an arena array: copies old_n elements into a new array of new_n. */
void *rp_arena_grow(rp_arena *a, void *old, size_t old_n, size_t new_n, size_t size);
/* Frees every block; the arena can be used again afterwards. Accepts NULL. */
void rp_arena_dispose(rp_arena *a);

#ifdef __cplusplus
}
#endif
#endif
