/* Gitignore-style path patterns for --skip-dirs, --skip-files and ignore entries. */
#include <string.h>

#include "rampart/config.h"

/* Matches one bracket expression at p against c; *end is set past the ']'. */
static bool
match_class(const char *p, char c, const char **end)
{
    bool neg = false, hit = false;

    p++;
    if (*p == '!' || *p == '^') {
        neg = true;
        p++;
    }
    if (*p == ']') {
        hit = c == ']';
        p++;
    }
    for (; *p && *p != ']'; p++) {
        if (p[1] == '-' && p[2] && p[2] != ']') {
            hit |= c >= p[0] && c <= p[2];
            p += 2;
        } else {
            hit |= c == *p;
        }
    }
    *end = *p == ']' ? p + 1 : p;
    return hit != neg;
}

/* The budget bounds backtracking on adversarial patterns. */
static bool
match(const char *p, const char *s, unsigned *budget)
{
    if (!(*budget)--)
        return false;
    for (; *p; p++, s++) {
        if (p[0] == '*' && p[1] == '*') {
            const char *rest = p + 2;
            if (*rest == '/' && match(rest + 1, s, budget))
                return true; /* a leading double star and slash also match no directory */
            for (const char *t = s;; t++) {
                if (match(rest, t, budget))
                    return true;
                if (!*t)
                    return false;
            }
        }
        if (*p == '*') {
            for (const char *t = s;; t++) {
                if (match(p + 1, t, budget))
                    return true;
                if (!*t || *t == '/')
                    return false;
            }
        }
        if (!*s)
            return false;
        if (*p == '?') {
            if (*s == '/')
                return false;
        } else if (*p == '[') {
            const char *end;
            if (*s == '/' || !match_class(p, *s, &end))
                return false;
            p = end - 1;
        } else if (*p == '\\' && p[1]) {
            if (*++p != *s)
                return false;
        } else if (*p != *s) {
            return false;
        }
    }
    return *s == '\0';
}

static bool
match_one(const char *pat, size_t plen, bool anchored, const char *path)
{
    char p[1024];
    unsigned budget = 100000;
    const char *base;

    if (plen >= sizeof(p))
        return false;
    memcpy(p, pat, plen);
    p[plen] = '\0';
    if (anchored)
        return match(p, path, &budget);
    base = strrchr(path, '/');
    return match(p, base ? base + 1 : path, &budget);
}

bool
rp_glob_match(const char *pattern, const char *path, bool is_dir)
{
    size_t plen = strlen(pattern);
    bool dir_only = false, anchored;
    char prefix[4096];

    while (path[0] == '.' && path[1] == '/')
        path += 2;
    if (plen && pattern[plen - 1] == '/') {
        dir_only = true;
        plen--;
    }
    if (plen && pattern[0] == '/') {
        pattern++;
        plen--;
    }
    if (!plen)
        return false;
    anchored = memchr(pattern, '/', plen) != NULL || strstr(pattern, "**") != NULL;
    if ((!dir_only || is_dir) && match_one(pattern, plen, anchored, path))
        return true;
    /* a pattern that names a directory covers everything below it */
    for (const char *s = strchr(path, '/'); s; s = strchr(s + 1, '/')) {
        size_t n = (size_t)(s - path);
        if (n >= sizeof(prefix))
            break;
        memcpy(prefix, path, n);
        prefix[n] = '\0';
        if (match_one(pattern, plen, anchored, prefix))
            return true;
    }
    return false;
}
