/* JSON goes through the same libyaml event parser as YAML (JSON is YAML flow syntax), which
 * keeps exact positions. Two things libyaml does differently from a JSON parser are fixed here
 * without moving any character, so every mark stays exact:
 *  - a tab before or after the top-level value ("\t{...}") is not YAML whitespace there;
 *  - \uD83D\uDE00 (a UTF-16 surrogate pair) is valid JSON but libyaml rejects surrogate escapes.
 *    Each one is rewritten to \uFFFF before parsing, and the scalar is repaired afterwards.
 *    libyaml refuses a literal U+FFFE/U+FFFF in its input, so in a double-quoted value a
 *    U+FFFE/U+FFFF can only come from an escape; genuine \uFFFF escapes are recorded too, so the
 *    n-th such character in a value is the n-th recorded escape inside that scalar. */
#include <stdlib.h>
#include <string.h>

#include "core/util.h"
#include "doc/doc_internal.h"

static bool
is_ws(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

bool
rp__doc_sniff_json(const char *buf, size_t len)
{
    size_t i = 0;

    while (i < len && is_ws(buf[i]))
        i++;
    return i < len && (buf[i] == '{' || buf[i] == '[');
}

/* Reads n hex digits at p; false unless all are hex. */
static bool
read_hex(const char *p, size_t n, uint32_t *out)
{
    uint32_t v = 0;

    for (size_t i = 0; i < n; i++) {
        int d = rp__hex_value((unsigned char)p[i]);
        if (d < 0)
            return false;
        v = (v << 4) | (uint32_t)d;
    }
    *out = v;
    return true;
}

static bool
is_surrogate(uint32_t cp)
{
    return cp >= 0xD800 && cp <= 0xDFFF;
}

static int
ensure_copy(rp__doc_json *jx, const char *buf, size_t len)
{
    if (jx->buf)
        return 0;
    jx->buf = malloc(len ? len : 1);
    if (!jx->buf)
        return RP_ENOMEM;
    if (len)
        memcpy(jx->buf, buf, len);
    return 0;
}

static int
add_rec(rp__doc_json *jx, size_t cidx, size_t off, uint32_t cp, uint8_t ndig, bool replaced)
{
    int err;

    if ((err = rp__doc_grow((void **)&jx->recs, &jx->crecs, jx->nrecs + 1, sizeof(*jx->recs))) < 0)
        return err;
    jx->recs[jx->nrecs].cidx = cidx;
    jx->recs[jx->nrecs].off = off;
    jx->recs[jx->nrecs].cp = cp;
    jx->recs[jx->nrecs].ndig = ndig;
    jx->recs[jx->nrecs].replaced = replaced;
    jx->nrecs++;
    return 0;
}

static int
fix_tabs(rp__doc_json *jx, const char *buf, size_t from, size_t to, size_t len)
{
    int err;

    for (size_t i = from; i < to; i++) {
        if (buf[i] != '\t')
            continue;
        if ((err = ensure_copy(jx, buf, len)) < 0)
            return err;
        jx->buf[i] = ' ';
    }
    return 0;
}

/* Looks at the escape after an odd run of backslashes ending at byte j (the 'u' or 'U'). */
static int
scan_escape(rp__doc_json *jx, const char *buf, size_t len, size_t j, size_t cidx)
{
    uint8_t ndig = buf[j] == 'u' ? 4 : 8;
    uint32_t cp;
    int err;

    if (len - j - 1 < ndig || !read_hex(buf + j + 1, ndig, &cp))
        return 0;
    if (is_surrogate(cp)) {
        if ((err = ensure_copy(jx, buf, len)) < 0)
            return err;
        memcpy(jx->buf + j + 1, ndig == 4 ? "FFFF" : "0000FFFF", ndig);
        return add_rec(jx, cidx, j - 1, cp, ndig, true);
    }
    if (cp == 0xFFFE || cp == 0xFFFF)
        return add_rec(jx, cidx, j - 1, cp, ndig, false);
    return 0;
}

int
rp__doc_json_prepare(rp__doc_json *jx, const char *buf, size_t len)
{
    size_t a = 0, z = len, cidx = 0, i = 0;
    int err;

    memset(jx, 0, sizeof(*jx));
    jx->orig = buf;
    while (a < len && is_ws(buf[a]))
        a++;
    while (z > a && is_ws(buf[z - 1]))
        z--;
    if ((err = fix_tabs(jx, buf, 0, a, len)) < 0 || (err = fix_tabs(jx, buf, z, len, len)) < 0)
        return err;
    while (i < len) {
        unsigned char c = (unsigned char)buf[i];
        size_t j = i;

        if (c != '\\') {
            if ((c & 0xC0) != 0x80)
                cidx++; /* libyaml's marks count characters, not bytes */
            i++;
            continue;
        }
        while (j < len && buf[j] == '\\')
            j++;
        cidx += j - i;
        if ((j - i) % 2 == 1 && j < len && (buf[j] == 'u' || buf[j] == 'U') &&
            (err = scan_escape(jx, buf, len, j, cidx - 1)) < 0)
            return err;
        i = j;
    }
    return 0;
}

static bool
is_marker(const unsigned char *p, size_t left)
{
    return left >= 3 && p[0] == 0xEF && p[1] == 0xBF && (p[2] == 0xBE || p[2] == 0xBF);
}

static size_t
put_utf8(unsigned char *o, uint32_t cp)
{
    if (cp < 0x10000) {
        o[0] = (unsigned char)(0xE0 | (cp >> 12));
        o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (unsigned char)(0xF0 | (cp >> 18));
    o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    o[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}

/* Double-quoted: the k-th U+FFFE/U+FFFF of the value is record c0 + k. */
static void
fix_quoted(const rp__doc_json *jx, unsigned char *t, size_t *len, size_t c0, size_t c1)
{
    size_t r = 0, w = 0, n = *len, k = c0;

    while (r < n) {
        const rp__doc_jrec *rec, *next;

        if (!is_marker(t + r, n - r) || k >= c1) {
            t[w++] = t[r++];
            continue;
        }
        rec = &jx->recs[k];
        next = k + 1 < c1 ? &jx->recs[k + 1] : NULL;
        if (!rec->replaced) {
            memmove(t + w, t + r, 3);
            w += 3, r += 3, k++;
        } else if (rec->cp < 0xDC00 && next && next->replaced && next->cp >= 0xDC00 &&
                   is_marker(t + r + 3, n - r - 3)) {
            uint32_t cp = 0x10000 + ((rec->cp - 0xD800) << 10) + (next->cp - 0xDC00);
            w += put_utf8(t + w, cp);
            r += 6, k += 2;
        } else {
            /* a lone surrogate: Go's encoding/json reads it as U+FFFD */
            w += put_utf8(t + w, 0xFFFD);
            r += 3, k++;
        }
    }
    t[w] = '\0';
    *len = w;
}

/* Plain, single-quoted and block scalars: backslashes are literal, so the rewritten text is in
 * the value as written; the k-th "\uFFFF"-like escape text is record c0 + k. */
static void
fix_literal(const rp__doc_json *jx, char *t, size_t len, size_t c0, size_t c1)
{
    size_t i = 0, k = c0;

    while (i < len && k < c1) {
        size_t j = i;
        uint32_t cp;
        uint8_t ndig;

        if (t[i] != '\\') {
            i++;
            continue;
        }
        while (j < len && t[j] == '\\')
            j++;
        if ((j - i) % 2 == 1 && j < len && (t[j] == 'u' || t[j] == 'U')) {
            ndig = t[j] == 'u' ? 4 : 8;
            if (len - j - 1 >= ndig && read_hex(t + j + 1, ndig, &cp) &&
                (cp == 0xFFFE || cp == 0xFFFF)) {
                const rp__doc_jrec *rec = &jx->recs[k++];
                if (rec->replaced && rec->ndig == ndig)
                    memcpy(t + j + 1, jx->orig + rec->off + 2, ndig);
            }
        }
        i = j;
    }
}

void
rp__doc_json_fix_scalar(rp__doc_json *jx, char *text, size_t *len, size_t start, size_t end,
                        bool double_quoted)
{
    size_t c0, c1;
    bool any = false;

    while (jx->cursor < jx->nrecs && jx->recs[jx->cursor].cidx < start)
        jx->cursor++;
    c0 = jx->cursor;
    while (jx->cursor < jx->nrecs && jx->recs[jx->cursor].cidx < end)
        any |= jx->recs[jx->cursor++].replaced;
    c1 = jx->cursor;
    if (!any)
        return;
    if (double_quoted)
        fix_quoted(jx, (unsigned char *)text, len, c0, c1);
    else
        fix_literal(jx, text, *len, c0, c1);
}

void
rp__doc_json_dispose(rp__doc_json *jx)
{
    free(jx->buf);
    free(jx->recs);
    memset(jx, 0, sizeof(*jx));
}
