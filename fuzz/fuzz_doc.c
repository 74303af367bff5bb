/* Fuzzes the document model: parses the input as sniffed YAML/JSON, with duplicate keys
 * allowed, and as JSON; walks every tree (through aliases, so the walk is bounded only by the
 * node cap) checking the invariants the rest of rampart relies on; and uses the input as a
 * lookup path. Any broken invariant aborts. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "rampart/doc.h"

#define CHECK(c)                                                                                   \
    do {                                                                                           \
        if (!(c))                                                                                  \
            abort();                                                                               \
    } while (0)

/* Visits every node reachable from root with an explicit stack; returns the count. */
static size_t
walk(const rp_node *root, size_t max_nodes)
{
    const rp_node **stack = NULL;
    size_t n = 0, cap = 0, seen = 0;

    if (!root)
        return 0;
    stack = malloc(64 * sizeof(*stack));
    CHECK(stack);
    cap = 64;
    stack[n++] = root;
    while (n) {
        const rp_node *x = stack[--n];
        size_t kids;

        seen++;
        CHECK(seen <= max_nodes);
        CHECK(x->line >= 1 && x->column >= 1 && x->end_line >= x->line);
        CHECK(x->type <= RP_NODE_SEQ);
        if (rp_node_is_scalar(x)) {
            CHECK(x->text && x->text[x->len] == '\0');
            CHECK(x->n == 0);
            (void)rp_node_str(x);
            continue;
        }
        kids = x->type == RP_NODE_MAP ? 2 * x->n : x->n;
        if (n + kids > cap) {
            const rp_node **p;
            while (n + kids > cap)
                cap *= 2;
            p = realloc(stack, cap * sizeof(*stack));
            CHECK(p);
            stack = p;
        }
        for (size_t i = 0; i < x->n; i++) {
            if (x->type == RP_NODE_MAP) {
                const rp_node *k = x->pairs[i].key;
                CHECK(k && x->pairs[i].value && rp_node_is_scalar(k));
                /* keys are unique, so a lookup by a key's text finds its own pair */
                if (strlen(k->text) == k->len)
                    CHECK(rp_node_get(x, k->text) == x->pairs[i].value);
                stack[n++] = k;
                stack[n++] = x->pairs[i].value;
            } else {
                CHECK(x->items[i] && rp_node_at(x, i) == x->items[i]);
                stack[n++] = x->items[i];
            }
        }
    }
    free(stack);
    return seen;
}

static void
one(const uint8_t *data, size_t size, unsigned flags, const char *path)
{
    rp_limits lim;
    rp_docset *ds = (rp_docset *)1;
    rp_ctx ctx;
    size_t seen = 0;
    int err;

    rp_limits_default(&lim);
    lim.max_file_bytes = 1u << 20;
    lim.max_doc_depth = 64;
    lim.max_doc_nodes = 20000;
    lim.max_alias_nodes = 10000;
    lim.max_scalar_bytes = 64u << 10;
    lim.max_documents = 1000;
    rp_ctx_clear(&ctx);
    err = rp_doc_parse(&ds, &ctx, "fuzz", (const char *)data, size, &lim, flags);
    if (err) {
        CHECK(err < 0 && !ds && ctx.code == err && ctx.msg[0]);
        return;
    }
    CHECK(ds && (ds->ndocs == 0 || ds->docs));
    CHECK(!(flags & RP_DOC_JSON) || ds->json);
    for (size_t i = 0; i < ds->ndocs; i++) {
        CHECK(ds->docs[i].index == i);
        seen += walk(ds->docs[i].root, lim.max_doc_nodes);
        CHECK(seen <= lim.max_doc_nodes);
        (void)rp_node_path(ds->docs[i].root, path);
        (void)rp_node_get_str(ds->docs[i].root, "kind", NULL);
    }
    rp_docset_free(ds);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char path[64];
    size_t plen = size < sizeof(path) - 1 ? size : sizeof(path) - 1;

    /* the input's first bytes double as a lookup path */
    if (plen)
        memcpy(path, data, plen);
    path[plen] = '\0';
    one(data, size, 0, path);
    one(data, size, RP_DOC_ALLOW_DUP_KEYS, path);
    one(data, size, RP_DOC_JSON, path);
    return 0;
}
