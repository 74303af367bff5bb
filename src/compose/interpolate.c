/* ${VAR} interpolation as compose-go's template package does it, with no variable set: a
 * default is what compose would use, a variable without one is unknown (RP_COMPOSE_UNKNOWN),
 * so that no check judges a value the file does not hold. */
#include <ctype.h>
#include <string.h>

#include "compose/compose_internal.h"

/* Nesting of ${A:-${B:-...}} defaults; deeper is unknown (the input is hostile). */
#define MAX_DEPTH 16

static bool
name_start(int c)
{
    return c == '_' || isalpha(c);
}

static bool
name_char(int c)
{
    return c == '_' || isalnum(c);
}

/* The index of the '}' closing the "${" at s[0], counting nested "${" as compose-go does;
 * len when there is none. */
static size_t
closing_brace(const char *s, size_t len)
{
    size_t open = 0;

    for (size_t i = 0; i < len; i++) {
        if (s[i] == '}' && open && --open == 0)
            return i;
        if (s[i] == '$' && i + 1 < len && s[i + 1] == '{') {
            open++;
            i++;
        }
    }
    return len;
}

static size_t interp(char *out, const char *s, size_t len, unsigned depth);

/* The body of ${...} (without the braces): the default when there is one, else unknown. */
static size_t
braced(char *out, const char *s, size_t len, unsigned depth)
{
    size_t n = 0;

    if (!len || !name_start((unsigned char)s[0])) {
        out[0] = RP_COMPOSE_UNKNOWN; /* compose refuses it: "invalid interpolation format" */
        return 1;
    }
    while (n < len && name_char((unsigned char)s[n]))
        n++;
    /* ${VAR:-default} and ${VAR-default}: the variable is unset here */
    if (n + 1 < len && s[n] == ':' && s[n + 1] == '-')
        return interp(out, s + n + 2, len - n - 2, depth + 1);
    if (n < len && s[n] == '-')
        return interp(out, s + n + 1, len - n - 1, depth + 1);
    /* ${VAR}, ${VAR:?err}, ${VAR?err}, ${VAR:+alt}, ${VAR+alt}: what the shell holds */
    out[0] = RP_COMPOSE_UNKNOWN;
    return 1;
}

/* Writes the interpolation of [s, s+len) to out (at least len bytes); returns its length. */
static size_t
interp(char *out, const char *s, size_t len, unsigned depth)
{
    size_t o = 0, i = 0;

    if (depth > MAX_DEPTH) {
        out[0] = RP_COMPOSE_UNKNOWN;
        return len ? 1 : 0;
    }
    while (i < len) {
        if (s[i] != '$' || i + 1 >= len) {
            out[o++] = s[i++];
        } else if (s[i + 1] == '$') {
            out[o++] = '$';
            i += 2;
        } else if (s[i + 1] == '{') {
            size_t end = closing_brace(s + i, len - i);
            if (end == len - i) { /* unterminated: compose refuses the file */
                out[o++] = RP_COMPOSE_UNKNOWN;
                break;
            }
            o += braced(out + o, s + i + 2, end - 2, depth);
            i += end + 1;
        } else if (name_start((unsigned char)s[i + 1])) {
            i++;
            while (i < len && name_char((unsigned char)s[i]))
                i++;
            out[o++] = RP_COMPOSE_UNKNOWN;
        } else {
            out[o++] = s[i++]; /* "$1", "$ ": compose refuses it; keep the dollar */
        }
    }
    return o;
}

char *
rp_compose_interpolate(rp_arena *a, const char *s, size_t len)
{
    char *out;
    size_t n;

    if (!memchr(s, '$', len))
        return rp_arena_strndup(a, s, len);
    if (!(out = rp_arena_alloc(a, len + 1)))
        return NULL;
    n = interp(out, s, len, 0);
    out[n] = '\0';
    return out;
}

bool
rp_compose_known(const char *s)
{
    return s && !strchr(s, RP_COMPOSE_UNKNOWN);
}
