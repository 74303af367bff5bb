/* Scalar type resolution: YAML 1.1 as go-yaml v2 (and so the Kubernetes API server) reads plain
 * scalars, JSON literals for JSON input, and the standard tags that force a type. */
#include <locale.h>
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/util.h"
#include "doc/doc_internal.h"

#define YAML_TAG_PREFIX "tag:yaml.org,2002:"

static const char *const std_tags[] = {
    "!!str",    "!!int",       "!!bool",  "!!float", "!!null", "!!map",   "!!seq",
    "!!binary", "!!timestamp", "!!merge", "!!set",   "!!omap", "!!pairs", "!!value",
};

const char *
rp__doc_tag_short(rp_arena *a, const char *tag)
{
    size_t plen = sizeof(YAML_TAG_PREFIX) - 1;

    if (strncmp(tag, YAML_TAG_PREFIX, plen) != 0)
        return rp_arena_strdup(a, tag);
    for (size_t i = 0; i < sizeof(std_tags) / sizeof(std_tags[0]); i++) {
        if (strcmp(tag + plen, std_tags[i] + 2) == 0)
            return std_tags[i];
    }
    return rp_arena_printf(a, "!!%s", tag + plen);
}

/* ---- fixed spellings (go-yaml v2 resolve.go) ---- */

static const char *const null_words[] = {"~", "null", "Null", "NULL", NULL};
static const char *const true_words[] = {"y",    "Y",    "yes", "Yes", "YES", "true",
                                         "True", "TRUE", "on",  "On",  "ON",  NULL};
static const char *const false_words[] = {"n",     "N",     "no",  "No",  "NO",  "false",
                                          "False", "FALSE", "off", "Off", "OFF", NULL};
static const char *const pinf_words[] = {".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", NULL};
static const char *const ninf_words[] = {"-.inf", "-.Inf", "-.INF", NULL};
static const char *const nan_words[] = {".nan", ".NaN", ".NAN", NULL};

/* The longest of the words above ("false", "+.inf"): longer scalars skip the lookups. */
#define WORD_MAX 5

/* Every plain scalar goes through these lists: compare the first byte before the rest. */
static bool
in_words(const char *s, const char *const *words)
{
    for (; *words; words++) {
        if (s[0] == (*words)[0] && strcmp(s, *words) == 0)
            return true;
    }
    return false;
}

/* ---- numbers ---- */

static bool
is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* An optional exponent at *sp ("e", "E", sign, digits): advances past it and sets *seen;
 * false when it is malformed ("1e", "1e+"). */
static bool
exponent(const char **sp, bool *seen)
{
    const char *s = *sp;

    if (*s != 'e' && *s != 'E')
        return true;
    s++;
    if (*s == '+' || *s == '-')
        s++;
    if (!is_digit(*s))
        return false;
    while (is_digit(*s))
        s++;
    *sp = s;
    *seen = true;
    return true;
}

/* Go's strconv.ParseInt(s, 0, 64) on text already stripped of '_': sign, then 0x/0o/0b or a
 * leading-0 octal prefix, then digits; false when malformed or outside int64. */
static bool
parse_int(const char *s, int64_t *out)
{
    bool neg = false;
    unsigned base = 10;
    uint64_t v = 0, lim;

    if (*s == '+' || *s == '-')
        neg = *s++ == '-';
    if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
        base = 16;
        s += 2;
    } else if (s[0] == '0' && (s[1] == 'o' || s[1] == 'O')) {
        base = 8;
        s += 2;
    } else if (s[0] == '0' && (s[1] == 'b' || s[1] == 'B')) {
        base = 2;
        s += 2;
    } else if (s[0] == '0' && s[1]) {
        base = 8;
        s += 1;
    }
    if (!*s)
        return false;
    lim = neg ? (uint64_t)INT64_MAX + 1 : (uint64_t)INT64_MAX;
    for (; *s; s++) {
        int hv = rp__hex_value((unsigned char)*s);
        unsigned d = hv < 0 ? 99u : (unsigned)hv;
        if (d >= base)
            return false;
        if (v > (lim - d) / base)
            return false;
        v = v * base + d;
    }
    if (neg)
        *out = v == (uint64_t)INT64_MAX + 1 ? INT64_MIN : -(int64_t)v;
    else
        *out = (int64_t)v;
    return true;
}

/* YAML 1.1 float syntax [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)? with a '.' or an
 * exponent (digits alone are integers). */
static bool
is_yaml_float(const char *s)
{
    bool dot = false, exp = false;
    size_t nd = 0;

    if (*s == '+' || *s == '-')
        s++;
    while (is_digit(*s))
        s++, nd++;
    if (*s == '.') {
        dot = true;
        s++;
        if (nd == 0 && !is_digit(*s))
            return false;
        while (is_digit(*s))
            s++, nd++;
    }
    if (nd == 0)
        return false;
    if (!exponent(&s, &exp))
        return false;
    return *s == '\0' && (dot || exp);
}

/* JSON number grammar; *integral says there was no fraction or exponent. */
static bool
is_json_number(const char *s, bool *integral)
{
    bool exp = false;

    *integral = true;
    if (*s == '-')
        s++;
    if (*s == '0')
        s++;
    else if (*s >= '1' && *s <= '9')
        while (is_digit(*s))
            s++;
    else
        return false;
    if (*s == '.') {
        *integral = false;
        s++;
        if (!is_digit(*s))
            return false;
        while (is_digit(*s))
            s++;
    }
    if (!exponent(&s, &exp))
        return false;
    *integral = *integral && !exp;
    return *s == '\0';
}

static locale_t c_locale;
static pthread_once_t c_locale_once = PTHREAD_ONCE_INIT;

static void
c_locale_init(void)
{
    c_locale = newlocale(LC_NUMERIC_MASK, "C", (locale_t)0);
}

/* strtod in the C locale (the decimal point is '.', whatever the program set); s has been
 * checked to be a plain decimal number. False when it overflows a double. */
static bool
parse_double(const char *s, double *out)
{
    locale_t old = (locale_t)0;
    char *end = NULL;
    double d;

    (void)pthread_once(&c_locale_once, c_locale_init);
    if (c_locale)
        old = uselocale(c_locale);
    d = strtod(s, &end);
    if (c_locale && old)
        uselocale(old);
    if (!end || *end != '\0' || isinf(d))
        return false;
    *out = d;
    return true;
}

/* ---- resolution ---- */

typedef enum want {
    WANT_ANY = 0, /* untagged plain scalar: whatever the text says */
    WANT_INT,
    WANT_FLOAT,
} want;

static void
set_string(rp_node *n)
{
    n->type = RP_NODE_STRING;
}

/* Numbers from plain YAML text: s is NUL-terminated without NULs. RP_ENOMEM or 0; the type is
 * left STRING when the text is not a number. */
static int
resolve_yaml_number(rp_node *n, const char *s, size_t len, want w)
{
    char stack[128], *clean = stack;
    size_t k = 0;
    int64_t iv;
    double dv;

    if (len >= sizeof(stack) && !(clean = malloc(len + 1)))
        return RP_ENOMEM;
    /* go-yaml drops every '_' before parsing: 1_000, 0x_FF */
    for (size_t i = 0; i < len; i++) {
        if (s[i] != '_')
            clean[k++] = s[i];
    }
    clean[k] = '\0';
    if (w != WANT_FLOAT && parse_int(clean, &iv)) {
        n->type = RP_NODE_INT;
        n->v.i = iv;
    } else if (w == WANT_FLOAT && parse_int(clean, &iv)) {
        n->type = RP_NODE_FLOAT;
        n->v.f = (double)iv;
    } else if (w != WANT_INT && is_yaml_float(clean) && parse_double(clean, &dv)) {
        n->type = RP_NODE_FLOAT;
        n->v.f = dv;
    }
    if (clean != stack)
        free(clean);
    return 0;
}

static bool
resolve_special_float(rp_node *n, const char *s)
{
    if (in_words(s, pinf_words))
        n->v.f = INFINITY;
    else if (in_words(s, ninf_words))
        n->v.f = -INFINITY;
    else if (in_words(s, nan_words))
        n->v.f = NAN;
    else
        return false;
    n->type = RP_NODE_FLOAT;
    return true;
}

static int
resolve_yaml_plain(rp_node *n, want w)
{
    const char *s = n->text;
    char c = s[0];
    bool word = n->len <= WORD_MAX; /* could be one of the spelled-out words */

    set_string(n);
    if (n->len == 0) {
        if (w == WANT_ANY)
            n->type = RP_NODE_NULL;
        return 0;
    }
    if (word && w == WANT_ANY && in_words(s, null_words)) {
        n->type = RP_NODE_NULL;
    } else if (word && w == WANT_ANY && in_words(s, true_words)) {
        n->type = RP_NODE_BOOL;
        n->v.b = true;
    } else if (word && w == WANT_ANY && in_words(s, false_words)) {
        n->type = RP_NODE_BOOL;
        n->v.b = false;
    } else if (word && w != WANT_INT && resolve_special_float(n, s)) {
        /* .inf, -.inf, .nan */
    } else if (is_digit(c) || c == '+' || c == '-' || c == '.') {
        return resolve_yaml_number(n, s, n->len, w);
    }
    return 0;
}

static int
resolve_json_plain(rp_node *n)
{
    const char *s = n->text;
    bool integral;
    int64_t iv;
    double dv;

    set_string(n);
    if (n->len == 0 || strcmp(s, "null") == 0) {
        /* an empty value is not JSON, but the YAML parser lets it through: call it null */
        n->type = RP_NODE_NULL;
    } else if (strcmp(s, "true") == 0 || strcmp(s, "false") == 0) {
        n->type = RP_NODE_BOOL;
        n->v.b = s[0] == 't';
    } else if (is_json_number(s, &integral)) {
        /* JSON forbids leading zeros, so parse_int never takes "0..." for octal here */
        if (integral && parse_int(s, &iv)) {
            n->type = RP_NODE_INT;
            n->v.i = iv;
        } else if (parse_double(s, &dv)) {
            n->type = RP_NODE_FLOAT;
            n->v.f = dv;
        }
    }
    return 0;
}

int
rp__doc_scalar_resolve(rp_node *n, bool json)
{
    const char *tag = n->tag;
    bool has_nul = strlen(n->text) != n->len;
    int err;

    set_string(n);
    if (!tag) {
        if (n->style != RP_STYLE_PLAIN || has_nul)
            return 0;
        return json ? resolve_json_plain(n) : resolve_yaml_plain(n, WANT_ANY);
    }
    if (has_nul) {
        /* only a string can hold a NUL; a tag asking for anything else cannot be met */
        return strcmp(tag, "!!int") == 0 || strcmp(tag, "!!float") == 0 ||
                       strcmp(tag, "!!bool") == 0 || strcmp(tag, "!!null") == 0
                   ? RP_EPARSE
                   : 0;
    }
    if (strcmp(tag, "!!null") == 0) {
        if (n->len != 0 && !in_words(n->text, null_words))
            return RP_EPARSE;
        n->type = RP_NODE_NULL;
    } else if (strcmp(tag, "!!bool") == 0) {
        if (in_words(n->text, true_words) || in_words(n->text, false_words)) {
            n->type = RP_NODE_BOOL;
            n->v.b = in_words(n->text, true_words);
        } else {
            return RP_EPARSE;
        }
    } else if (strcmp(tag, "!!int") == 0 || strcmp(tag, "!!float") == 0) {
        if ((err = resolve_yaml_plain(n, tag[2] == 'i' ? WANT_INT : WANT_FLOAT)) < 0)
            return err;
        if (n->type == RP_NODE_STRING)
            return RP_EPARSE;
    }
    /* !!str, "!" and every other tag: a string, as go-yaml does for tags it cannot resolve */
    return 0;
}

bool
rp__doc_is_merge_key(const rp_node *key)
{
    if (key->len != 2 || memcmp(key->text, "<<", 2) != 0)
        return false;
    if (key->tag)
        return strcmp(key->tag, "!!merge") == 0;
    return key->style == RP_STYLE_PLAIN;
}

void
rp__doc_quote(char *out, size_t size, const char *p, size_t len)
{
    static const char hex[] = "0123456789abcdef";
    size_t o = 0, max = 60;

    if (size < 16) {
        if (size)
            out[0] = '\0';
        return;
    }
    out[o++] = '"';
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)p[i];
        bool lead = (c & 0xC0) != 0x80;
        /* cut only between characters, so the message stays valid UTF-8 */
        if ((lead && (i >= max || o + 12 >= size)) || o + 6 >= size) {
            out[o++] = '.';
            out[o++] = '.';
            out[o++] = '.';
            break;
        }
        if (c == '"' || c == '\\') {
            out[o++] = '\\';
            out[o++] = (char)c;
        } else if (c < 0x20 || c == 0x7f) {
            out[o++] = '\\';
            out[o++] = 'x';
            out[o++] = hex[c >> 4];
            out[o++] = hex[c & 15];
        } else {
            out[o++] = (char)c;
        }
    }
    out[o++] = '"';
    out[o] = '\0';
}
