/* A small string-keyed hash table for anchors and duplicate-key checks while building a tree.
 * Linear probing, load factor at most 1/2, a seeded hash so hostile keys cannot be chosen to
 * collide ahead of time. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "doc/doc_internal.h"

static uint64_t
mix64(uint64_t h)
{
    /* murmur3's finaliser: every input bit reaches every output bit */
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return h;
}

uint64_t
rp__doc_seed(const void *salt)
{
    struct timespec ts = {0, 0};
    uint64_t h;

    (void)clock_gettime(CLOCK_MONOTONIC, &ts);
    h = (uint64_t)(uintptr_t)salt ^ ((uint64_t)(uintptr_t)&ts << 17);
    h ^= (uint64_t)ts.tv_nsec * 0x9e3779b97f4a7c15ULL ^ (uint64_t)ts.tv_sec;
    return mix64(h);
}

static uint64_t
hash_bytes(uint64_t seed, const char *p, size_t len)
{
    uint64_t h = 0xcbf29ce484222325ULL ^ seed;

    for (size_t i = 0; i < len; i++) {
        h ^= (unsigned char)p[i];
        h *= 0x100000001b3ULL;
    }
    return mix64(h ^ len);
}

int
rp__doc_grow(void **p, size_t *cap, size_t need, size_t size)
{
    size_t ncap = *cap ? *cap : 8;
    void *np;

    if (need <= *cap)
        return 0;
    while (ncap < need) {
        if (ncap > SIZE_MAX / 2)
            return RP_ENOMEM;
        ncap *= 2;
    }
    if (size && ncap > SIZE_MAX / size)
        return RP_ENOMEM;
    np = realloc(*p, ncap * size);
    if (!np)
        return RP_ENOMEM;
    *p = np;
    *cap = ncap;
    return 0;
}

void
rp__doc_index_init(rp__doc_index *idx, uint64_t seed)
{
    memset(idx, 0, sizeof(*idx));
    idx->seed = seed;
}

static rp__doc_slot *
find_slot(const rp__doc_index *idx, const char *key, size_t len, uint64_t h)
{
    size_t mask = idx->cap - 1;

    for (size_t i = (size_t)h & mask;; i = (i + 1) & mask) {
        rp__doc_slot *s = &idx->slots[i];
        if (!s->key)
            return s;
        if (s->hash == h && s->len == len && memcmp(s->key, key, len) == 0)
            return s;
    }
}

bool
rp__doc_index_get(const rp__doc_index *idx, const char *key, size_t len, size_t *val)
{
    const rp__doc_slot *s;

    if (!idx->cap)
        return false;
    s = find_slot(idx, key, len, hash_bytes(idx->seed, key, len));
    if (!s->key)
        return false;
    if (val)
        *val = s->val;
    return true;
}

static int
rehash(rp__doc_index *idx, size_t ncap)
{
    rp__doc_slot *old = idx->slots;
    size_t ocap = idx->cap;

    if (ncap > SIZE_MAX / sizeof(*old))
        return RP_ENOMEM;
    idx->slots = calloc(ncap, sizeof(*old));
    if (!idx->slots) {
        idx->slots = old;
        return RP_ENOMEM;
    }
    idx->cap = ncap;
    for (size_t i = 0; i < ocap; i++) {
        if (old[i].key)
            *find_slot(idx, old[i].key, old[i].len, old[i].hash) = old[i];
    }
    free(old);
    return 0;
}

int
rp__doc_index_put(rp__doc_index *idx, const char *key, size_t len, size_t val)
{
    uint64_t h;
    rp__doc_slot *s;
    int err;

    if (idx->count >= idx->cap / 2) {
        size_t ncap = idx->cap ? idx->cap : 16;
        while (idx->count >= ncap / 2) {
            if (ncap > SIZE_MAX / 2)
                return RP_ENOMEM;
            ncap *= 2;
        }
        if (ncap != idx->cap && (err = rehash(idx, ncap)) < 0)
            return err;
    }
    h = hash_bytes(idx->seed, key, len);
    s = find_slot(idx, key, len, h);
    if (!s->key) {
        s->key = key;
        s->len = len;
        s->hash = h;
        idx->count++;
    }
    s->val = val;
    return 0;
}

void
rp__doc_index_dispose(rp__doc_index *idx)
{
    free(idx->slots);
    idx->slots = NULL;
    idx->cap = 0;
    idx->count = 0;
}
