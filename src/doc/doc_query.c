/* Read-only lookups on a finished tree. They never change a node, so any number of threads may
 * call them on the same tree at once. Maps are searched linearly: Kubernetes objects have small
 * maps, and a large map (a ConfigMap's data) is walked through pairs, not looked up key by key. */
#include <string.h>

#include "doc/doc_internal.h"

static const rp_node *
get_n(const rp_node *map, const char *key, size_t len)
{
    if (!map || map->type != RP_NODE_MAP)
        return NULL;
    for (size_t i = 0; i < map->n; i++) {
        const rp_node *k = map->pairs[i].key;
        if (k->len == len && memcmp(k->text, key, len) == 0)
            return map->pairs[i].value;
    }
    return NULL;
}

const rp_node *
rp_node_get(const rp_node *map, const char *key)
{
    if (!key)
        return NULL;
    return get_n(map, key, strlen(key));
}

const rp_node *
rp_node_at(const rp_node *seq, size_t i)
{
    if (!seq || seq->type != RP_NODE_SEQ || i >= seq->n)
        return NULL;
    return seq->items[i];
}

/* Reads "[123]" at *pp; false when malformed. */
static bool
read_index(const char **pp, size_t *out)
{
    const char *p = *pp + 1;
    size_t v = 0;

    if (*p < '0' || *p > '9')
        return false;
    for (; *p >= '0' && *p <= '9'; p++) {
        size_t d = (size_t)(*p - '0');
        if (v > (SIZE_MAX - d) / 10)
            return false;
        v = v * 10 + d;
    }
    if (*p != ']')
        return false;
    *pp = p + 1;
    *out = v;
    return true;
}

const rp_node *
rp_node_path(const rp_node *root, const char *path)
{
    const rp_node *n = root;
    const char *p = path;

    if (!root || !path)
        return NULL;
    while (*p && n) {
        if (*p == '[') {
            size_t i;
            if (!read_index(&p, &i))
                return NULL;
            n = rp_node_at(n, i);
        } else {
            const char *q = p;
            while (*q && *q != '.' && *q != '[')
                q++;
            if (q == p)
                return NULL; /* "a..b", ".a", "a.[0]" */
            n = get_n(n, p, (size_t)(q - p));
            p = q;
        }
        if (*p == '.') {
            p++;
            if (!*p)
                return NULL; /* "a." */
            if (*p == '.' || *p == '[')
                return NULL;
        }
    }
    return n;
}

bool
rp_node_is_scalar(const rp_node *n)
{
    return n && n->type != RP_NODE_MAP && n->type != RP_NODE_SEQ;
}

const char *
rp_node_str(const rp_node *n)
{
    if (!rp_node_is_scalar(n) || n->type == RP_NODE_NULL)
        return NULL;
    return n->text;
}

const char *
rp_node_get_str(const rp_node *map, const char *key, const char *fallback)
{
    const char *s = rp_node_str(rp_node_get(map, key));

    return s ? s : fallback;
}

bool
rp_node_get_bool(const rp_node *map, const char *key, bool fallback)
{
    const rp_node *n = rp_node_get(map, key);

    return n && n->type == RP_NODE_BOOL ? n->v.b : fallback;
}

bool
rp_node_get_int(const rp_node *map, const char *key, int64_t *out)
{
    const rp_node *n = rp_node_get(map, key);

    if (!n || n->type != RP_NODE_INT)
        return false;
    if (out)
        *out = n->v.i;
    return true;
}

const char *
rp_node_type_name(rp_node_type t)
{
    switch (t) {
    case RP_NODE_NULL:
        return "null";
    case RP_NODE_BOOL:
        return "bool";
    case RP_NODE_INT:
        return "int";
    case RP_NODE_FLOAT:
        return "float";
    case RP_NODE_STRING:
        return "string";
    case RP_NODE_MAP:
        return "map";
    case RP_NODE_SEQ:
        return "seq";
    default:
        return "unknown";
    }
}
