/* Library-internal helpers shared by the files of src/doc. */
#ifndef RP_DOC_INTERNAL_H
#define RP_DOC_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "rampart/doc.h"

/* ---- doc_scalar.c: scalar type resolution ---- */

/* Short form of a tag as libyaml reports it: "tag:yaml.org,2002:str" becomes "!!str" (a static
 * string); any other tag is copied into a. NULL when out of memory. */
const char *rp__doc_tag_short(rp_arena *a, const char *tag);

/* Sets n->type and n->v from n->text, n->len, n->style and n->tag (already short). json selects
 * the JSON rules for untagged plain scalars. Returns 0, RP_EPARSE when an explicit standard tag
 * (!!int, !!bool, !!float, !!null) does not fit the text, or RP_ENOMEM. */
int rp__doc_scalar_resolve(rp_node *n, bool json);

/* True for a plain, untagged "<<" or a "!!merge" key. */
bool rp__doc_is_merge_key(const rp_node *key);

/* Writes p[0..len) into out as a short, printable, double-quoted excerpt for error messages. */
void rp__doc_quote(char *out, size_t size, const char *p, size_t len);

/* ---- doc_index.c: a string-keyed open-addressing hash table ---- */

typedef struct rp__doc_slot {
    const char *key; /* NULL when the slot is empty; keys are borrowed and must outlive the table */
    size_t len;
    uint64_t hash;
    size_t val;
} rp__doc_slot;

typedef struct rp__doc_index {
    rp__doc_slot *slots;
    size_t cap; /* a power of two, or 0 before the first put */
    size_t count;
    uint64_t seed;
} rp__doc_index;

/* A per-parse seed so that colliding keys cannot be prepared in advance. */
uint64_t rp__doc_seed(const void *salt);
void rp__doc_index_init(rp__doc_index *idx, uint64_t seed);
/* True when key is present; its value goes to *val (which may be NULL). */
bool rp__doc_index_get(const rp__doc_index *idx, const char *key, size_t len, size_t *val);
/* Adds key or replaces its value. RP_ENOMEM when the table cannot grow. */
int rp__doc_index_put(rp__doc_index *idx, const char *key, size_t len, size_t val);
void rp__doc_index_dispose(rp__doc_index *idx);

/* Grows a malloc'd array *p of *cap elements of size bytes to hold at least need elements.
 * RP_ENOMEM on overflow or allocation failure (*p is then unchanged). */
int rp__doc_grow(void **p, size_t *cap, size_t need, size_t size);

/* ---- doc_json.c: JSON through libyaml ---- */

/* True when the first byte after whitespace is '{' or '['. */
bool rp__doc_sniff_json(const char *buf, size_t len);

/* One \u escape that libyaml would reject (a UTF-16 surrogate) or that must be told apart from
 * the stand-in we put in its place (a genuine U+FFFE/U+FFFF). */
typedef struct rp__doc_jrec {
    size_t cidx;   /* character index of the escape's backslash, as libyaml counts marks */
    size_t off;    /* byte offset of that backslash */
    uint32_t cp;   /* the code point the escape wrote */
    uint8_t ndig;  /* 4 (\u) or 8 (\U) */
    bool replaced; /* the escape was rewritten to \uFFFF (or \U0000FFFF) */
} rp__doc_jrec;

typedef struct rp__doc_json {
    const char *orig;   /* the input as given */
    char *buf;          /* the rewritten input (malloc'd), or NULL when nothing changed */
    rp__doc_jrec *recs; /* in input order */
    size_t nrecs, crecs;
    size_t cursor; /* first record not yet matched with a scalar */
} rp__doc_json;

/* Prepares JSON input for libyaml: tabs around the top-level value become spaces, and surrogate
 * escapes become \uFFFF so libyaml accepts them (the scalars are repaired afterwards). Lengths
 * and character positions do not change. RP_ENOMEM on allocation failure. */
int rp__doc_json_prepare(rp__doc_json *jx, const char *buf, size_t len);

/* Repairs the value of the scalar that spans characters [start, end) of the input: surrogate
 * pairs become one UTF-8 character, lone surrogates U+FFFD (as Go's encoding/json does), and
 * rewritten escapes in scalars where backslashes are literal get their text back. text may only
 * shrink; *len is updated. */
void rp__doc_json_fix_scalar(rp__doc_json *jx, char *text, size_t *len, size_t start, size_t end,
                             bool double_quoted);
void rp__doc_json_dispose(rp__doc_json *jx);

#endif
