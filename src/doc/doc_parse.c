/* YAML and JSON to a node tree: libyaml's event stream, built with an explicit stack (never
 * recursion), with anchors, aliases, merge keys, duplicate keys and every cap of rp_limits
 * handled here. See docs/internals/doc.md. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "doc/doc_internal.h"

/* Maps with more pairs than this get a hash index for the duplicate-key check. */
#define KEY_SCAN_MAX 16
/* libyaml gives up on a simple key longer than this (YAML 1.1 spec limit, go-yaml too). */
#define SIMPLE_KEY_MAX 1024

typedef struct anchor_ent {
    rp_node *node;
    size_t size;  /* nodes reachable from node, counting alias expansion */
    bool pending; /* the node is still open: an alias to it would make a cycle */
} anchor_ent;

typedef struct frame {
    rp_node *node;      /* the MAP or SEQ being built */
    size_t base;        /* its first child on b->vals (MAP: key, value, key, value, ...) */
    size_t mbase;       /* its first merge source on b->merges */
    size_t size;        /* nodes in the subtree so far, counting alias expansion */
    size_t anchor;      /* anchor entry + 1; 0 when not anchored */
    size_t dup;         /* MAP: pair the pending key replaces (ALLOW_DUP_KEYS); SIZE_MAX none */
    rp__doc_index keys; /* MAP: key -> pair, once past KEY_SCAN_MAX pairs */
    uint32_t last_line; /* end line of the last child, for block collections */
    bool flow;
    bool want_value; /* MAP: a key was read, its value comes next */
    bool merge;      /* MAP: that key is << */
} frame;

typedef struct builder {
    rp_docset *ds;
    rp_ctx *ctx;
    const rp_limits *lim;
    unsigned flags;
    bool json;
    const char *in; /* what libyaml reads (after the BOM, after JSON fix-ups) */
    size_t inlen;
    yaml_parser_t parser;
    frame *frames;
    size_t nframes, cframes;
    rp_node **vals;
    size_t nvals, cvals;
    rp_node **merges;
    size_t nmerges, cmerges;
    anchor_ent *anchors;
    size_t nanchors, canchors;
    rp__doc_index anchor_idx; /* anchor name -> entry, for the current document */
    rp_arena scratch;         /* anchor names */
    rp_doc *docs;
    size_t ndocs, cdocs;
    rp_doc cur;
    size_t nodes;       /* whole file, counting alias expansion */
    size_t alias_nodes; /* nodes reached through aliases, whole file */
    uint64_t seed;
    rp__doc_json jx;
    size_t long_scalar_end; /* end (+1) of the last scalar too long for a key, for a hint */
} builder;

static size_t
sat_add(size_t a, size_t b)
{
    return a > SIZE_MAX - b ? SIZE_MAX : a + b;
}

static uint32_t
clamp32(size_t v)
{
    return v > UINT32_MAX ? UINT32_MAX : (uint32_t)v;
}

static uint32_t
mark_line(yaml_mark_t m)
{
    return clamp32(sat_add(m.line, 1));
}

static uint32_t
mark_col(yaml_mark_t m)
{
    return clamp32(sat_add(m.column, 1));
}

/* An end mark at column 0 of a later line means the node ended on the line before. */
static uint32_t
end_line_of(yaml_mark_t start, yaml_mark_t end)
{
    if (end.column == 0 && end.line > start.line)
        return clamp32(end.line);
    return mark_line(end);
}

static int fail(builder *b, int code, uint32_t line, uint32_t col, const char *fmt, ...)
    RP_PRINTF(5, 6);

static int
fail(builder *b, int code, uint32_t line, uint32_t col, const char *fmt, ...)
{
    char msg[sizeof(((rp_ctx *)0)->msg)];
    va_list ap;

    va_start(ap, fmt);
    vsnprintf(msg, sizeof(msg), fmt, ap);
    va_end(ap);
    return rp_ctx_set(b->ctx, code, b->ds->path, line, col, "%s", msg);
}

static int
nomem(builder *b)
{
    return fail(b, RP_ENOMEM, 0, 0, "out of memory while parsing");
}

/* Counts k more nodes (k > 1 for an alias) against max_doc_nodes. */
static int
count_nodes(builder *b, size_t k, uint32_t line, uint32_t col)
{
    b->nodes = sat_add(b->nodes, k);
    if (b->nodes > b->lim->max_doc_nodes)
        return fail(b, RP_ELIMIT, line, col,
                    "more than %zu nodes, counting alias expansion (max_doc_nodes)",
                    b->lim->max_doc_nodes);
    return 0;
}

static int
push_val(builder *b, rp_node *n)
{
    if (rp__doc_grow((void **)&b->vals, &b->cvals, b->nvals + 1, sizeof(*b->vals)) < 0)
        return nomem(b);
    b->vals[b->nvals++] = n;
    return 0;
}

static size_t
npairs(const builder *b, const frame *f)
{
    return (b->nvals - f->base) / 2;
}

/* Pair index of key in the map being built, or SIZE_MAX. */
static size_t
find_key(const builder *b, const frame *f, const char *key, size_t len)
{
    size_t n = npairs(b, f), at;

    if (f->keys.cap)
        return rp__doc_index_get(&f->keys, key, len, &at) ? at : SIZE_MAX;
    for (size_t i = 0; i < n; i++) {
        const rp_node *k = b->vals[f->base + 2 * i];
        if (k->len == len && memcmp(k->text, key, len) == 0)
            return i;
    }
    return SIZE_MAX;
}

/* Appends a key to the map on top (its value follows), keeping the index in step. */
static int
append_key(builder *b, frame *f, rp_node *key)
{
    size_t at = npairs(b, f);

    if (push_val(b, key) < 0)
        return RP_ENOMEM;
    if (f->keys.cap) {
        if (rp__doc_index_put(&f->keys, key->text, key->len, at) < 0)
            return nomem(b);
    } else if (at + 1 > KEY_SCAN_MAX) {
        rp__doc_index_init(&f->keys, b->seed);
        for (size_t i = 0; i <= at; i++) {
            const rp_node *k = b->vals[f->base + 2 * i];
            if (rp__doc_index_put(&f->keys, k->text, k->len, i) < 0)
                return nomem(b);
        }
    }
    return 0;
}

static int
record_dup(builder *b, const rp_node *key, uint32_t line, uint32_t col, uint32_t first_line)
{
    rp_docset *ds = b->ds;
    rp_doc_dup *d;

    if ((ds->ndups & (ds->ndups - 1)) == 0) {
        d = rp_arena_grow(&ds->arena, ds->dups, ds->ndups, ds->ndups ? ds->ndups * 2 : 4,
                          sizeof(*d));
        if (!d)
            return RP_ENOMEM;
        ds->dups = d;
    }
    d = &ds->dups[ds->ndups++];
    d->key = key->text;
    d->line = line;
    d->column = col;
    d->first_line = first_line;
    return RP_OK;
}

static int
add_key(builder *b, frame *f, rp_node *key, uint32_t line, uint32_t col)
{
    char q[96];
    size_t at;

    if (!rp_node_is_scalar(key))
        return fail(b, RP_EPARSE, line, col, "complex mapping keys are not supported");
    f->want_value = true;
    if (!b->json && rp__doc_is_merge_key(key)) {
        f->merge = true;
        return 0;
    }
    if ((at = find_key(b, f, key->text, key->len)) != SIZE_MAX) {
        const rp_node *first = b->vals[f->base + 2 * at];
        if (!(b->flags & RP_DOC_ALLOW_DUP_KEYS)) {
            rp__doc_quote(q, sizeof(q), key->text, key->len);
            return fail(b, RP_EPARSE, line, col, "duplicate key %s (first at line %u)", q,
                        first->line);
        }
        /* the last one wins, in the place of the first; the caller hears of it */
        if (record_dup(b, key, line, col, first->line))
            return fail(b, RP_ENOMEM, line, col, "out of memory");
        b->vals[f->base + 2 * at] = key;
        f->dup = at;
        return 0;
    }
    return append_key(b, f, key);
}

/* The value of a << key: a map, or a sequence of maps (aliases already resolved). */
static int
add_merge(builder *b, rp_node *v, uint32_t line, uint32_t col)
{
    size_t n = v->type == RP_NODE_SEQ ? v->n : 1;
    rp_node *const *src = v->type == RP_NODE_SEQ ? v->items : &v;

    if (v->type != RP_NODE_MAP && v->type != RP_NODE_SEQ)
        goto bad;
    for (size_t i = 0; i < n; i++) {
        if (src[i]->type != RP_NODE_MAP)
            goto bad;
    }
    if (rp__doc_grow((void **)&b->merges, &b->cmerges, b->nmerges + n, sizeof(*b->merges)) < 0)
        return nomem(b);
    for (size_t i = 0; i < n; i++)
        b->merges[b->nmerges++] = src[i];
    return 0;
bad:
    return fail(b, RP_EPARSE, line, col,
                "the value of a merge key (<<) must be a map, an alias to a map, or a sequence "
                "of those");
}

/* Hands a finished node (size: its nodes counting alias expansion) to its parent. line/col
 * say where it was used (an alias's own position), eline its last line there. */
static int
add_child(builder *b, rp_node *n, size_t size, uint32_t line, uint32_t col, uint32_t eline)
{
    frame *f;

    if (b->nframes == 0) {
        b->cur.root = n;
        return 0;
    }
    f = &b->frames[b->nframes - 1];
    f->size = sat_add(f->size, size);
    if (eline > f->last_line)
        f->last_line = eline;
    if (f->node->type == RP_NODE_SEQ)
        return push_val(b, n);
    if (!f->want_value)
        return add_key(b, f, n, line, col);
    f->want_value = false;
    if (f->merge) {
        f->merge = false;
        return add_merge(b, n, line, col);
    }
    if (f->dup != SIZE_MAX) {
        b->vals[f->base + 2 * f->dup + 1] = n;
        f->dup = SIZE_MAX;
        return 0;
    }
    return push_val(b, n);
}

/* Records an anchor for node; returns its entry + 1 through *out. */
static int
add_anchor(builder *b, const char *name, rp_node *node, size_t size, bool pending, size_t *out)
{
    char *copy;

    if (rp__doc_grow((void **)&b->anchors, &b->canchors, b->nanchors + 1, sizeof(*b->anchors)) <
            0 ||
        !(copy = rp_arena_strdup(&b->scratch, name)) ||
        rp__doc_index_put(&b->anchor_idx, copy, strlen(copy), b->nanchors) < 0)
        return nomem(b);
    b->anchors[b->nanchors].node = node;
    b->anchors[b->nanchors].size = size;
    b->anchors[b->nanchors].pending = pending;
    *out = ++b->nanchors;
    return 0;
}

static int
set_tag(builder *b, rp_node *n, const yaml_char_t *tag)
{
    if (tag && !(n->tag = rp__doc_tag_short(&b->ds->arena, (const char *)tag)))
        return nomem(b);
    return 0;
}

static rp_scalar_style
style_of(yaml_scalar_style_t s)
{
    switch (s) {
    case YAML_SINGLE_QUOTED_SCALAR_STYLE:
        return RP_STYLE_SINGLE;
    case YAML_DOUBLE_QUOTED_SCALAR_STYLE:
        return RP_STYLE_DOUBLE;
    case YAML_LITERAL_SCALAR_STYLE:
        return RP_STYLE_LITERAL;
    case YAML_FOLDED_SCALAR_STYLE:
        return RP_STYLE_FOLDED;
    default:
        return RP_STYLE_PLAIN;
    }
}

static int
on_scalar(builder *b, const yaml_event_t *ev)
{
    const yaml_mark_t sm = ev->start_mark, em = ev->end_mark;
    uint32_t line = mark_line(sm), col = mark_col(sm);
    size_t len = ev->data.scalar.length, unused;
    char q[96];
    rp_node *n;
    int err;

    if (em.index - sm.index > SIMPLE_KEY_MAX)
        b->long_scalar_end = em.index + 1;
    if (len > b->lim->max_scalar_bytes)
        return fail(b, RP_ELIMIT, line, col, "scalar is %zu bytes, over %zu (max_scalar_bytes)",
                    len, b->lim->max_scalar_bytes);
    /* "---" with nothing after it: libyaml hands us an empty plain scalar as the root */
    if (b->nframes == 0 && len == 0 && ev->data.scalar.plain_implicit && !ev->data.scalar.tag &&
        !ev->data.scalar.anchor)
        return 0;
    if ((err = count_nodes(b, 1, line, col)) < 0)
        return err;
    if (!(n = rp_arena_alloc(&b->ds->arena, sizeof(*n))))
        return nomem(b);
    n->style = style_of(ev->data.scalar.style);
    n->line = line;
    n->column = col;
    n->end_line = end_line_of(sm, em);
    if (!(n->text = rp_arena_strndup(&b->ds->arena, (const char *)ev->data.scalar.value, len)))
        return nomem(b);
    n->len = len;
    if (b->json)
        rp__doc_json_fix_scalar(&b->jx, (char *)n->text, &n->len, sm.index, em.index,
                                n->style == RP_STYLE_DOUBLE);
    if ((err = set_tag(b, n, ev->data.scalar.tag)) < 0)
        return err;
    if ((err = rp__doc_scalar_resolve(n, b->json)) == RP_ENOMEM)
        return nomem(b);
    if (err < 0) {
        rp__doc_quote(q, sizeof(q), n->text, n->len);
        return fail(b, RP_EPARSE, line, col, "%s is not a valid %s", q, n->tag);
    }
    if (ev->data.scalar.anchor &&
        (err = add_anchor(b, (const char *)ev->data.scalar.anchor, n, 1, false, &unused)) < 0)
        return err;
    return add_child(b, n, 1, line, col, n->end_line);
}

static int
on_alias(builder *b, const yaml_event_t *ev)
{
    const char *name = (const char *)ev->data.alias.anchor;
    uint32_t line = mark_line(ev->start_mark), col = mark_col(ev->start_mark);
    const anchor_ent *a;
    size_t at;
    int err;

    if (!rp__doc_index_get(&b->anchor_idx, name, strlen(name), &at))
        return fail(b, RP_EPARSE, line, col, "alias *%.200s refers to an unknown anchor", name);
    a = &b->anchors[at];
    if (a->pending)
        return fail(b, RP_EPARSE, line, col,
                    "alias *%.200s refers to a node that contains it (recursive alias)", name);
    b->alias_nodes = sat_add(b->alias_nodes, a->size);
    if (b->alias_nodes > b->lim->max_alias_nodes)
        return fail(b, RP_ELIMIT, line, col, "alias expansion exceeds %zu nodes (max_alias_nodes)",
                    b->lim->max_alias_nodes);
    if ((err = count_nodes(b, a->size, line, col)) < 0)
        return err;
    return add_child(b, a->node, a->size, line, col, end_line_of(ev->start_mark, ev->end_mark));
}

static int
on_start(builder *b, const yaml_event_t *ev, rp_node_type type)
{
    uint32_t line = mark_line(ev->start_mark), col = mark_col(ev->start_mark);
    const yaml_char_t *anchor, *tag;
    frame *f;
    rp_node *n;
    int err;

    if (type == RP_NODE_MAP) {
        anchor = ev->data.mapping_start.anchor;
        tag = ev->data.mapping_start.tag;
    } else {
        anchor = ev->data.sequence_start.anchor;
        tag = ev->data.sequence_start.tag;
    }
    if (b->nframes >= b->lim->max_doc_depth)
        return fail(b, RP_ELIMIT, line, col, "nesting deeper than %u (max_doc_depth)",
                    b->lim->max_doc_depth);
    if (b->nframes && b->frames[b->nframes - 1].node->type == RP_NODE_MAP &&
        !b->frames[b->nframes - 1].want_value)
        return fail(b, RP_EPARSE, line, col, "complex mapping keys are not supported");
    if ((err = count_nodes(b, 1, line, col)) < 0)
        return err;
    if (!(n = rp_arena_alloc(&b->ds->arena, sizeof(*n))))
        return nomem(b);
    n->type = type;
    n->line = line;
    n->column = col;
    if ((err = set_tag(b, n, tag)) < 0)
        return err;
    if (rp__doc_grow((void **)&b->frames, &b->cframes, b->nframes + 1, sizeof(*b->frames)) < 0)
        return nomem(b);
    f = &b->frames[b->nframes++];
    memset(f, 0, sizeof(*f));
    f->node = n;
    f->base = b->nvals;
    f->mbase = b->nmerges;
    f->size = 1;
    f->dup = SIZE_MAX;
    f->last_line = line;
    f->flow = type == RP_NODE_MAP ? ev->data.mapping_start.style == YAML_FLOW_MAPPING_STYLE
                                  : ev->data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE;
    if (anchor && (err = add_anchor(b, (const char *)anchor, n, 0, true, &f->anchor)) < 0)
        return err;
    return 0;
}

/* Applies the map's merge sources: keys it does not have yet, earlier sources first. */
static int
apply_merges(builder *b, frame *f)
{
    for (size_t m = f->mbase; m < b->nmerges; m++) {
        const rp_node *src = b->merges[m];
        for (size_t i = 0; i < src->n; i++) {
            rp_pair p = src->pairs[i];
            if (find_key(b, f, p.key->text, p.key->len) != SIZE_MAX)
                continue;
            if (append_key(b, f, p.key) < 0 || push_val(b, p.value) < 0)
                return RP_ENOMEM;
        }
    }
    b->nmerges = f->mbase;
    return 0;
}

static int
on_end(builder *b, const yaml_event_t *ev)
{
    frame *f = &b->frames[b->nframes - 1];
    rp_node *n = f->node;
    size_t count = b->nvals - f->base, size, anchor;

    if (n->type == RP_NODE_MAP) {
        if (apply_merges(b, f) < 0)
            return RP_ENOMEM;
        count = (b->nvals - f->base) / 2;
        if (count) {
            if (!(n->pairs = rp_arena_calloc(&b->ds->arena, count, sizeof(*n->pairs))))
                return nomem(b);
            for (size_t i = 0; i < count; i++) {
                n->pairs[i].key = b->vals[f->base + 2 * i];
                n->pairs[i].value = b->vals[f->base + 2 * i + 1];
            }
        }
    } else if (count) {
        if (!(n->items = rp_arena_calloc(&b->ds->arena, count, sizeof(*n->items))))
            return nomem(b);
        memcpy(n->items, b->vals + f->base, count * sizeof(*n->items));
    }
    n->n = count;
    n->end_line = f->flow ? end_line_of(ev->start_mark, ev->end_mark) : f->last_line;
    if (n->end_line < n->line)
        n->end_line = n->line;
    b->nvals = f->base;
    size = f->size;
    anchor = f->anchor;
    rp__doc_index_dispose(&f->keys);
    b->nframes--;
    if (anchor) {
        b->anchors[anchor - 1].size = size;
        b->anchors[anchor - 1].pending = false;
    }
    return add_child(b, n, size, n->line, n->column, n->end_line);
}

static int
on_doc_start(builder *b, const yaml_event_t *ev)
{
    uint32_t line = mark_line(ev->start_mark), col = mark_col(ev->start_mark);

    if (b->ndocs >= b->lim->max_documents)
        return fail(b, RP_ELIMIT, line, col, "more than %u documents (max_documents)",
                    b->lim->max_documents);
    memset(&b->cur, 0, sizeof(b->cur));
    b->cur.line = line;
    b->cur.index = clamp32(b->ndocs);
    /* anchors do not cross documents; free rather than clear, so that one document with a
     * million anchors does not make each of thousands of later ones wipe a huge table */
    if (b->anchor_idx.count) {
        rp__doc_index_dispose(&b->anchor_idx);
        rp__doc_index_init(&b->anchor_idx, b->seed);
    }
    b->nanchors = 0;
    return 0;
}

static int
on_doc_end(builder *b)
{
    if (rp__doc_grow((void **)&b->docs, &b->cdocs, b->ndocs + 1, sizeof(*b->docs)) < 0)
        return nomem(b);
    b->docs[b->ndocs++] = b->cur;
    return 0;
}

static int
on_event(builder *b, const yaml_event_t *ev)
{
    switch (ev->type) {
    case YAML_DOCUMENT_START_EVENT:
        return on_doc_start(b, ev);
    case YAML_DOCUMENT_END_EVENT:
        return on_doc_end(b);
    case YAML_SCALAR_EVENT:
        return on_scalar(b, ev);
    case YAML_ALIAS_EVENT:
        return on_alias(b, ev);
    case YAML_SEQUENCE_START_EVENT:
        return on_start(b, ev, RP_NODE_SEQ);
    case YAML_MAPPING_START_EVENT:
        return on_start(b, ev, RP_NODE_MAP);
    case YAML_SEQUENCE_END_EVENT:
    case YAML_MAPPING_END_EVENT:
        return on_end(b, ev);
    default:
        return 0;
    }
}

/* ---- libyaml's errors as sentences with a position ---- */

static bool
is_cont(unsigned char c)
{
    return (c & 0xC0) == 0x80;
}

/* Line and column (0-based, columns in characters, breaks as libyaml counts them) of byte off. */
static void
offset_pos(const char *p, size_t len, size_t off, size_t *line, size_t *col)
{
    const unsigned char *s = (const unsigned char *)p;
    size_t l = 0, c = 0;

    if (off > len)
        off = len;
    for (size_t i = 0; i < off; i++) {
        if (s[i] == '\r' && i + 1 < off && s[i + 1] == '\n') {
            continue;
        } else if (s[i] == '\n' || s[i] == '\r' ||
                   (s[i] == 0xC2 && i + 1 < len && s[i + 1] == 0x85) ||
                   (s[i] == 0xE2 && i + 2 < len && s[i + 1] == 0x80 &&
                    (s[i + 2] == 0xA8 || s[i + 2] == 0xA9))) {
            l++;
            c = 0;
            i += s[i] == 0xC2 ? 1 : s[i] == 0xE2 ? 2 : 0;
        } else if (!is_cont(s[i])) {
            c++;
        }
    }
    *line = l;
    *col = c;
}

/* Byte offset of character index cidx (libyaml's mark.index). */
static size_t
char_offset(const char *p, size_t len, size_t cidx)
{
    size_t i = 0, c = 0;

    for (; i < len; i++) {
        if (is_cont((unsigned char)p[i]))
            continue;
        if (c++ == cidx)
            return i;
    }
    return len;
}

static int
reader_error(builder *b)
{
    const yaml_parser_t *p = &b->parser;
    size_t line, col;
    uint32_t l, c;

    offset_pos(b->in, b->inlen, p->problem_offset, &line, &col);
    l = clamp32(sat_add(line, 1));
    c = clamp32(sat_add(col, 1));
    if (p->problem && strcmp(p->problem, "control characters are not allowed") == 0) {
        if (p->problem_value == 0)
            return fail(b, RP_EPARSE, l, c, "NUL byte in the input (not allowed in YAML or JSON)");
        return fail(b, RP_EPARSE, l, c, "control character U+%04X is not allowed",
                    (unsigned)p->problem_value);
    }
    if (p->problem && strstr(p->problem, "octet") && p->problem_value >= 0)
        return fail(b, RP_EPARSE, l, c, "input is not valid UTF-8: %s 0x%02X", p->problem,
                    (unsigned)p->problem_value & 0xFFu);
    if (p->problem && strcmp(p->problem, "invalid Unicode character") == 0)
        return fail(b, RP_EPARSE, l, c,
                    "input is not valid UTF-8: it encodes the invalid character U+%04X",
                    (unsigned)p->problem_value);
    return fail(b, RP_EPARSE, l, c, "input is not valid UTF-8: %s",
                p->problem ? p->problem : "unreadable byte");
}

static int
syntax_error(builder *b)
{
    const yaml_parser_t *p = &b->parser;
    yaml_mark_t pm = p->problem_mark, cm = p->context_mark;
    const char *problem = p->problem ? p->problem : "invalid syntax";
    char ctxs[192] = "", hint[160] = "";
    size_t off;

    if (p->context && (cm.line != pm.line || cm.column != pm.column))
        snprintf(ctxs, sizeof(ctxs), " (%s at line %zu, column %zu)", p->context, cm.line + 1,
                 cm.column + 1);
    else if (p->context)
        snprintf(ctxs, sizeof(ctxs), " (%s)", p->context);
    off = char_offset(b->in, b->inlen, pm.index);
    if (off < b->inlen && b->in[off] == '\t')
        snprintf(hint, sizeof(hint), "; a tab is not allowed here (YAML indents with spaces)");
    else if (b->long_scalar_end && pm.index + 1 >= b->long_scalar_end &&
             pm.index + 1 - b->long_scalar_end <= 2)
        snprintf(hint, sizeof(hint), "; a mapping key longer than %d characters is not supported",
                 SIMPLE_KEY_MAX);
    else if (strcmp(problem, "found invalid Unicode character escape code") == 0 && !b->json)
        snprintf(hint, sizeof(hint), "; YAML does not allow UTF-16 surrogate escapes");
    return fail(b, RP_EPARSE, mark_line(pm), mark_col(pm), "%s%s%s", problem, ctxs, hint);
}

static int
yaml_error(builder *b)
{
    switch (b->parser.error) {
    case YAML_MEMORY_ERROR:
        return nomem(b);
    case YAML_READER_ERROR:
        return reader_error(b);
    default:
        return syntax_error(b);
    }
}

/* ---- the whole file ---- */

static int
run(builder *b)
{
    int err = 0;
    bool done = false;

    if (!yaml_parser_initialize(&b->parser))
        return nomem(b);
    /* JSON and Kubernetes YAML are UTF-8; the caller already skipped a BOM */
    yaml_parser_set_encoding(&b->parser, YAML_UTF8_ENCODING);
    yaml_parser_set_input_string(&b->parser, (const unsigned char *)b->in, b->inlen);
    while (!done && err == 0) {
        yaml_event_t ev;
        if (!yaml_parser_parse(&b->parser, &ev)) {
            err = yaml_error(b);
            break;
        }
        err = on_event(b, &ev);
        done = ev.type == YAML_STREAM_END_EVENT;
        yaml_event_delete(&ev);
    }
    yaml_parser_delete(&b->parser);
    return err;
}

static int
finish(builder *b)
{
    rp_docset *ds = b->ds;

    if (!b->ndocs)
        return 0;
    if (!(ds->docs = rp_arena_calloc(&ds->arena, b->ndocs, sizeof(*ds->docs))))
        return nomem(b);
    memcpy(ds->docs, b->docs, b->ndocs * sizeof(*ds->docs));
    ds->ndocs = b->ndocs;
    return 0;
}

static void
builder_dispose(builder *b)
{
    for (size_t i = 0; i < b->nframes; i++)
        rp__doc_index_dispose(&b->frames[i].keys);
    free(b->frames);
    free(b->vals);
    free(b->merges);
    free(b->anchors);
    free(b->docs);
    rp__doc_index_dispose(&b->anchor_idx);
    rp_arena_dispose(&b->scratch);
    rp__doc_json_dispose(&b->jx);
}

static int
check_encoding(builder *b, const char *buf, size_t len)
{
    const unsigned char *s = (const unsigned char *)buf;

    if (len >= 2 && ((s[0] == 0xFF && s[1] == 0xFE) || (s[0] == 0xFE && s[1] == 0xFF)))
        return fail(b, RP_EPARSE, 1, 1,
                    "input is UTF-16 or UTF-32 (byte order mark %02X %02X); only UTF-8 is "
                    "supported",
                    s[0], s[1]);
    return 0;
}

int
rp_doc_parse(rp_docset **out, rp_ctx *ctx, const char *path, const char *buf, size_t len,
             const rp_limits *lim, unsigned flags)
{
    rp_limits deflim;
    builder b;
    int err;

    if (!out)
        return rp_ctx_set(ctx, RP_EINVAL, path, 0, 0, "rp_doc_parse: out is NULL");
    *out = NULL;
    if (!buf && len)
        return rp_ctx_set(ctx, RP_EINVAL, path, 0, 0, "rp_doc_parse: buf is NULL");
    if (!lim) {
        rp_limits_default(&deflim);
        lim = &deflim;
    }
    if (len > lim->max_file_bytes)
        return rp_ctx_set(ctx, RP_ELIMIT, path, 0, 0,
                          "input is %zu bytes, over %zu (max_file_bytes)", len,
                          lim->max_file_bytes);
    memset(&b, 0, sizeof(b));
    b.ctx = ctx;
    b.lim = lim;
    b.flags = flags;
    if (!(b.ds = calloc(1, sizeof(*b.ds))))
        return rp_ctx_set(ctx, RP_ENOMEM, path, 0, 0, "out of memory while parsing");
    rp_arena_init(&b.ds->arena, 0);
    rp_arena_init(&b.scratch, 0);
    if (path && !(b.ds->path = rp_arena_strdup(&b.ds->arena, path))) {
        err = rp_ctx_set(ctx, RP_ENOMEM, path, 0, 0, "out of memory while parsing");
        goto out;
    }
    b.seed = rp__doc_seed(&b);
    rp__doc_index_init(&b.anchor_idx, b.seed);
    b.in = buf ? buf : "";
    b.inlen = len;
    if (b.inlen >= 3 && memcmp(b.in, "\xEF\xBB\xBF", 3) == 0) {
        /* a UTF-8 BOM is not part of the text: columns on line 1 start after it */
        b.in += 3;
        b.inlen -= 3;
    }
    if ((err = check_encoding(&b, b.in, b.inlen)) < 0)
        goto out;
    b.json = (flags & RP_DOC_JSON) || rp__doc_sniff_json(b.in, b.inlen);
    b.ds->json = b.json;
    if (b.json) {
        if (rp__doc_json_prepare(&b.jx, b.in, b.inlen) < 0) {
            err = nomem(&b);
            goto out;
        }
        if (b.jx.buf)
            b.in = b.jx.buf;
    }
    if ((err = run(&b)) < 0 || (err = finish(&b)) < 0)
        goto out;
    *out = b.ds;
    b.ds = NULL;
out:
    builder_dispose(&b);
    rp_docset_free(b.ds);
    return err;
}

void
rp_docset_free(rp_docset *ds)
{
    if (!ds)
        return;
    rp_arena_dispose(&ds->arena);
    free(ds);
}
