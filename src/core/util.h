/* Library-internal helpers: strings, integers, hashing, time. */
#ifndef RP_CORE_UTIL_H
#define RP_CORE_UTIL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "rampart/arena.h"
#include "rampart/common.h"

#define RP_COUNTOF(a) (sizeof(a) / sizeof((a)[0]))

bool rp__str_eq_ci(const char *a, const char *b);
bool rp__str_starts(const char *s, const char *prefix);
bool rp__str_starts_ci(const char *s, const char *prefix);
bool rp__str_ends(const char *s, const char *suffix);
bool rp__str_ends_ci(const char *s, const char *suffix);
/* Case-insensitive substring search; NULL when absent. */
const char *rp__str_find_ci(const char *hay, const char *needle);
/* True when s equals one of the NULL-terminated list. */
bool rp__str_in(const char *s, const char *const *list);
/* Copies [p, p+len) trimmed of ASCII whitespace into a. */
char *rp__str_trim_dup(rp_arena *a, const char *p, size_t len);
/* Lowercase copy (ASCII). */
char *rp__str_lower_dup(rp_arena *a, const char *s);
/* Parses all of s as a base-10 unsigned integer no larger than max. */
int rp__parse_u64(uint64_t *out, const char *s, uint64_t max);
/* The value of a hex digit (either case), or -1. */
int rp__hex_value(int c);
/* Hex SHA-256 of len bytes. */
void rp__sha256_hex(char out[65], const void *p, size_t len);
/* Today's UTC date as "YYYY-MM-DD" (RAMPART_TODAY overrides it, for tests). */
void rp__today(char out[11]);
/* True when every byte of [p, p+len) is valid UTF-8 and none is NUL. */
bool rp__utf8_valid(const char *p, size_t len);
/* Number of CPUs online (at least 1). */
unsigned rp__ncpu(void);

#endif
