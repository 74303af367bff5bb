/* One document model for YAML and JSON: a node tree that keeps file, line and column. */
#ifndef RAMPART_DOC_H
#define RAMPART_DOC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum rp_node_type {
    RP_NODE_NULL = 0,
    RP_NODE_BOOL,
    RP_NODE_INT,
    RP_NODE_FLOAT,
    RP_NODE_STRING,
    RP_NODE_MAP,
    RP_NODE_SEQ,
} rp_node_type;

typedef enum rp_scalar_style {
    RP_STYLE_PLAIN = 0,
    RP_STYLE_SINGLE,
    RP_STYLE_DOUBLE,
    RP_STYLE_LITERAL,
    RP_STYLE_FOLDED,
} rp_scalar_style;

typedef struct rp_node rp_node;

typedef struct rp_pair {
    rp_node *key;   /* always a scalar; its text is the key */
    rp_node *value;
} rp_pair;

/* A node. Scalars keep their source text (text/len) whatever their resolved type, so a
 * caller that wants a string gets "1.0", not 1. Nodes reached through an alias are shared:
 * the tree is a DAG; never modify it. */
struct rp_node {
    rp_node_type type;
    rp_scalar_style style;
    uint32_t line;        /* 1-based */
    uint32_t column;      /* 1-based */
    uint32_t end_line;
    const char *tag;      /* explicit tag ("!!str", "!custom") or NULL */
    const char *text;     /* scalars: the value after YAML unescaping, NUL-terminated */
    size_t len;           /* scalars: bytes in text (may contain NULs) */
    union {
        bool b;
        int64_t i;
        double f;
    } v;                  /* resolved value of BOOL, INT, FLOAT scalars */
    rp_pair *pairs;       /* MAP: in source order, keys unique */
    rp_node **items;      /* SEQ */
    size_t n;             /* MAP: pairs; SEQ: items */
};

typedef struct rp_doc {
    rp_node *root;        /* NULL for an empty document */
    uint32_t line;        /* where the document starts */
    uint32_t index;       /* 0-based position in the stream */
} rp_doc;

/* A duplicate key met with RP_DOC_ALLOW_DUP_KEYS (the later value won). */
typedef struct rp_doc_dup {
    const char *key;
    uint32_t line;
    uint32_t column;
    uint32_t first_line;  /* where the key first appeared */
} rp_doc_dup;

/* A whole file: every document of the stream, in one arena. */
typedef struct rp_docset {
    rp_arena arena;
    const char *path;
    rp_doc *docs;
    size_t ndocs;
    bool json;            /* the input looked like JSON */
    rp_doc_dup *dups;     /* duplicate keys, with RP_DOC_ALLOW_DUP_KEYS */
    size_t ndups;
} rp_docset;

enum {
    RP_DOC_JSON = 1 << 0,          /* treat the input as JSON (otherwise sniffed) */
    RP_DOC_ALLOW_DUP_KEYS = 1 << 1 /* keep the last of duplicate keys instead of failing */
};

/* Parses YAML (1.1 scalars, as the Kubernetes API reads them: yes/no/on/off/y/n are booleans)
 * or JSON from buf into *out. path names the input in errors. On error, *out is NULL and ctx
 * has path:line:column and what is wrong. The caller frees *out with rp_docset_free. */
int rp_doc_parse(rp_docset **out, rp_ctx *ctx, const char *path, const char *buf, size_t len,
                 const rp_limits *lim, unsigned flags);
void rp_docset_free(rp_docset *ds);

/* Lookup helpers; all accept NULL and return NULL (or the fallback) when absent. */
const rp_node *rp_node_get(const rp_node *map, const char *key);
/* Walks a dotted path of keys and [index]es: "spec.template.spec.containers[0].image". */
const rp_node *rp_node_path(const rp_node *root, const char *path);
const rp_node *rp_node_at(const rp_node *seq, size_t i);
bool rp_node_is_scalar(const rp_node *n);
/* Text of a scalar (any scalar type); NULL for maps, sequences and null. */
const char *rp_node_str(const rp_node *n);
/* Text of the scalar at key, or fallback. */
const char *rp_node_get_str(const rp_node *map, const char *key, const char *fallback);
/* Boolean value: true only for a BOOL node that is true (fallback when absent/not bool). */
bool rp_node_get_bool(const rp_node *map, const char *key, bool fallback);
/* Integer value of an INT node at key; returns false when absent or not an INT. */
bool rp_node_get_int(const rp_node *map, const char *key, int64_t *out);
const char *rp_node_type_name(rp_node_type t);

#ifdef __cplusplus
}
#endif
#endif
