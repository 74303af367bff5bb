/* Option helpers over a split command: its name, which flags it was given, its operands.
 * They read argv only and know nothing of a particular program: an option word is one that
 * starts with '-' and is not "-" alone; "--" ends the options. */
#include <string.h>

#include "rampart/shell.h"

static bool
is_end_of_options(const char *w)
{
    return w[0] == '-' && w[1] == '-' && w[2] == '\0';
}

/* "--name" or "--name=...": the index just past name, or 0 when w is not that option. */
static size_t
long_match(const char *w, const char *name, size_t n)
{
    if (w[0] != '-' || w[1] != '-' || strncmp(w + 2, name, n) != 0)
        return 0;
    return (w[2 + n] == '\0' || w[2 + n] == '=') ? 2 + n : 0;
}

static bool
listed(const char *w, const char *const *list)
{
    for (size_t i = 0; list && list[i]; i++)
        if (strcmp(w, list[i]) == 0)
            return true;
    return false;
}

/* True when "-ch" is in list. */
static bool
short_listed(char ch, const char *const *list)
{
    for (size_t i = 0; list && list[i]; i++)
        if (list[i][0] == '-' && list[i][1] == ch && ch != '-' && list[i][2] == '\0')
            return true;
    return false;
}

/* True when option word w takes the next word as its value: it is listed as written
 * ("--target-release", "-name"), or it is a short cluster whose first value-taking letter is
 * its last ("-xzf" with "-f" listed). "-oVALUE" and "--name=v" carry their value. */
static bool
takes_next(const char *w, const char *const *takes_value)
{
    if (!takes_value)
        return false;
    if (listed(w, takes_value))
        return true;
    if (w[1] == '-')
        return false;
    for (const char *p = w + 1; *p; p++)
        if (short_listed(*p, takes_value))
            return p[1] == '\0';
    return false;
}

const char *
rp_sh_cmd_name(const rp_sh_cmd *c)
{
    const char *slash;

    if (!c || !c->argc || !c->argv || !c->argv[0])
        return "";
    slash = strrchr(c->argv[0], '/');
    return slash ? slash + 1 : c->argv[0];
}

bool
rp_sh_cmd_is(const rp_sh_cmd *c, const char *name)
{
    return c && c->argc && name && strcmp(rp_sh_cmd_name(c), name) == 0;
}

bool
rp_sh_has_short(const rp_sh_cmd *c, char ch)
{
    if (!c || !ch || ch == '-' || ch == '=')
        return false;
    for (size_t i = 1; i < c->argc; i++) {
        const char *w = c->argv[i];
        if (is_end_of_options(w))
            break;
        if (w[0] != '-' || w[1] == '-' || w[1] == '\0')
            continue;
        /* a cluster ends at '=': "-q=2" is q with the value 2 */
        for (const char *p = w + 1; *p && *p != '='; p++)
            if (*p == ch)
                return true;
    }
    return false;
}

bool
rp_sh_has_long(const rp_sh_cmd *c, const char *name)
{
    size_t n;

    if (!c || !name || !*name)
        return false;
    n = strlen(name);
    for (size_t i = 1; i < c->argc; i++) {
        if (is_end_of_options(c->argv[i]))
            break;
        if (long_match(c->argv[i], name, n))
            return true;
    }
    return false;
}

const char *
rp_sh_opt_value(const rp_sh_cmd *c, char short_ch, const char *name)
{
    size_t n = name ? strlen(name) : 0, k;

    if (!c)
        return NULL;
    for (size_t i = 1; i < c->argc; i++) {
        const char *w = c->argv[i];
        const char *next = i + 1 < c->argc ? c->argv[i + 1] : NULL;
        if (is_end_of_options(w))
            break;
        if (n && (k = long_match(w, name, n)) != 0)
            return w[k] == '=' ? w + k + 1 : next;
        if (short_ch && short_ch != '-' && w[0] == '-' && w[1] == short_ch)
            return w[2] ? w + 2 : next;
    }
    return NULL;
}

size_t
rp_sh_positionals(const rp_sh_cmd *c, const char *const *takes_value, const char **out, size_t max)
{
    size_t n = 0;
    bool options = true;

    if (!c)
        return 0;
    for (size_t i = 1; i < c->argc; i++) {
        const char *w = c->argv[i];
        if (options && is_end_of_options(w)) {
            options = false;
            continue;
        }
        if (options && w[0] == '-' && w[1] != '\0') {
            if (takes_next(w, takes_value))
                i++;
            continue;
        }
        if (out && n < max)
            out[n] = w;
        n++;
    }
    return n;
}
