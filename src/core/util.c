/* Small helpers every module needs. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include <openssl/evp.h>

#include "core/util.h"

bool
rp__str_eq_ci(const char *a, const char *b)
{
    return a && b && strcasecmp(a, b) == 0;
}

bool
rp__str_starts(const char *s, const char *prefix)
{
    return s && strncmp(s, prefix, strlen(prefix)) == 0;
}

bool
rp__str_starts_ci(const char *s, const char *prefix)
{
    return s && strncasecmp(s, prefix, strlen(prefix)) == 0;
}

bool
rp__str_ends(const char *s, const char *suffix)
{
    size_t n, m;

    if (!s)
        return false;
    n = strlen(s);
    m = strlen(suffix);
    return n >= m && memcmp(s + n - m, suffix, m) == 0;
}

bool
rp__str_ends_ci(const char *s, const char *suffix)
{
    size_t n, m;

    if (!s)
        return false;
    n = strlen(s);
    m = strlen(suffix);
    return n >= m && strcasecmp(s + n - m, suffix) == 0;
}

const char *
rp__str_find_ci(const char *hay, const char *needle)
{
    size_t m = strlen(needle);

    if (!hay)
        return NULL;
    for (; *hay; hay++)
        if (strncasecmp(hay, needle, m) == 0)
            return hay;
    return m ? NULL : hay;
}

bool
rp__str_in(const char *s, const char *const *list)
{
    if (!s)
        return false;
    /* most probes miss on the first byte: skip the call then */
    for (; *list; list++)
        if ((*list)[0] == s[0] && strcmp(s, *list) == 0)
            return true;
    return false;
}

char *
rp__str_trim_dup(rp_arena *a, const char *p, size_t len)
{
    while (len && isspace((unsigned char)*p)) {
        p++;
        len--;
    }
    while (len && isspace((unsigned char)p[len - 1]))
        len--;
    return rp_arena_strndup(a, p, len);
}

char *
rp__str_lower_dup(rp_arena *a, const char *s)
{
    char *d = rp_arena_strdup(a, s);

    for (char *p = d; p && *p; p++)
        *p = (char)tolower((unsigned char)*p);
    return d;
}

int
rp__parse_u64(uint64_t *out, const char *s, uint64_t max)
{
    uint64_t v = 0;

    if (!s || !*s)
        return RP_EINVAL;
    for (; *s; s++) {
        if (*s < '0' || *s > '9')
            return RP_EINVAL;
        if (v > (max - (uint64_t)(*s - '0')) / 10)
            return RP_ELIMIT;
        v = v * 10 + (uint64_t)(*s - '0');
    }
    *out = v;
    return RP_OK;
}

int
rp__hex_value(int c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

void
rp__sha256_hex(char out[65], const void *p, size_t len)
{
    static const char hex[] = "0123456789abcdef";
    unsigned char md[32];
    unsigned int mdlen = 0;

    if (!EVP_Digest(p, len, md, &mdlen, EVP_sha256(), NULL) || mdlen != 32) {
        memset(out, '0', 64);
        out[64] = '\0';
        return;
    }
    for (size_t i = 0; i < 32; i++) {
        out[2 * i] = hex[md[i] >> 4];
        out[2 * i + 1] = hex[md[i] & 15];
    }
    out[64] = '\0';
}

void
rp__today(char out[11])
{
    const char *env = getenv("RAMPART_TODAY");
    time_t now;
    struct tm tm;

    if (env && strlen(env) == 10) {
        memcpy(out, env, 10);
        out[10] = '\0';
        return;
    }
    now = time(NULL);
    gmtime_r(&now, &tm);
    if (!strftime(out, 11, "%Y-%m-%d", &tm))
        memcpy(out, "1970-01-01", 11);
}

bool
rp__utf8_valid(const char *p, size_t len)
{
    const unsigned char *s = (const unsigned char *)p, *end = s + len;

    while (s < end) {
        unsigned c = *s;
        size_t n;
        unsigned min;
        unsigned cp;

        if (c == 0)
            return false;
        if (c < 0x80) {
            s++;
            continue;
        }
        if ((c & 0xe0) == 0xc0) {
            n = 1, min = 0x80, cp = c & 0x1f;
        } else if ((c & 0xf0) == 0xe0) {
            n = 2, min = 0x800, cp = c & 0x0f;
        } else if ((c & 0xf8) == 0xf0) {
            n = 3, min = 0x10000, cp = c & 0x07;
        } else {
            return false;
        }
        if ((size_t)(end - s) <= n)
            return false;
        for (size_t i = 1; i <= n; i++) {
            if ((s[i] & 0xc0) != 0x80)
                return false;
            cp = (cp << 6) | (s[i] & 0x3f);
        }
        if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
            return false;
        s += n + 1;
    }
    return true;
}

unsigned
rp__ncpu(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);

    return n < 1 ? 1u : (n > 256 ? 256u : (unsigned)n);
}
