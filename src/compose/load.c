/* Loading a compose file: knowing one by its name or its text, the YAML tree (x- anchors and
 * << merges resolved by the document layer), the services of every document, interpolated
 * scalars. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "compose/compose_internal.h"
#include "core/util.h"

static int
add_services(rp_compose_file *f, const rp_node *services, size_t *cap)
{
    for (size_t i = 0; i < services->n; i++) {
        const rp_pair *p = &services->pairs[i];
        rp_compose_service *s;
        if (p->value->type != RP_NODE_MAP)
            continue; /* `web:` alone or a scalar: compose refuses it; nothing to check */
        if (f->nservices == *cap) {
            size_t ncap = *cap ? *cap * 2 : 16;
            rp_compose_service *n =
                rp_arena_grow(&f->arena, f->services, f->nservices, ncap, sizeof(*n));
            if (!n)
                return RP_ENOMEM;
            f->services = n;
            *cap = ncap;
        }
        s = &f->services[f->nservices];
        s->name = p->key->text;
        s->key = p->key;
        s->node = p->value;
        s->object = rp_arena_printf(&f->arena, "service/%s", s->name);
        s->field = rp_arena_printf(&f->arena, "services.%s", s->name);
        if (!s->object || !s->field)
            return RP_ENOMEM;
        f->nservices++;
    }
    return RP_OK;
}

int
rp_compose_parse(rp_compose_file **out, rp_ctx *ctx, const char *path, const char *buf, size_t len,
                 const rp_limits *lim)
{
    rp_compose_file *f;
    size_t cap = 0;
    int err;

    *out = NULL;
    if (!(f = calloc(1, sizeof(*f))))
        return rp_ctx_set(ctx, RP_ENOMEM, path, 0, 0, "out of memory");
    rp_arena_init(&f->arena, 0);
    /* docker compose (yaml.v3) refuses duplicate keys: so does rampart */
    if ((err = rp_doc_parse(&f->docs, ctx, path, buf, len, lim, 0)))
        goto out;
    if (!(f->path = rp_arena_strdup(&f->arena, path))) {
        err = rp_ctx_set(ctx, RP_ENOMEM, path, 0, 0, "out of memory");
        goto out;
    }
    for (size_t d = 0; d < f->docs->ndocs; d++) {
        const rp_node *root = f->docs->docs[d].root;
        const rp_node *services = rp_node_get(root, "services");
        if (!root || root->type != RP_NODE_MAP)
            continue;
        if (!f->root)
            f->root = root;
        if (!services || services->type != RP_NODE_MAP)
            continue;
        f->has_services = true;
        if ((err = add_services(f, services, &cap))) {
            rp_ctx_set(ctx, err, path, 0, 0, "out of memory");
            goto out;
        }
    }
out:
    if (err) {
        rp_compose_free(f);
        return err;
    }
    *out = f;
    return RP_OK;
}

void
rp_compose_free(rp_compose_file *f)
{
    if (!f)
        return;
    rp_docset_free(f->docs);
    rp_arena_dispose(&f->arena);
    free(f);
}

const rp_compose_service *
rp_compose_find(const rp_compose_file *f, const char *name)
{
    const rp_compose_service *found = NULL;

    for (size_t i = 0; f && name && i < f->nservices; i++)
        if (strcmp(f->services[i].name, name) == 0)
            found = &f->services[i];
    return found;
}

const char *
rp_compose_text(rp_compose_file *f, const rp_node *n)
{
    const char *s;

    if (!n || n->type == RP_NODE_NULL || !rp_node_is_scalar(n))
        return NULL;
    if (!(s = rp_compose_interpolate(&f->arena, n->text, n->len)))
        f->err = RP_ENOMEM; /* read as absent; rp_compose_analyze fails */
    return s;
}

bool
rp_compose_true(rp_compose_file *f, const rp_node *n)
{
    static const char *const yes[] = {"y", "yes", "true", "on", NULL};
    const char *s;

    if (n && n->type == RP_NODE_BOOL)
        return n->v.b;
    if (!(s = rp_compose_text(f, n)))
        return false;
    for (size_t i = 0; yes[i]; i++)
        if (rp__str_eq_ci(s, yes[i]))
            return true;
    return false;
}

bool
rp_compose_false(rp_compose_file *f, const rp_node *n)
{
    static const char *const no[] = {"n", "no", "false", "off", NULL};
    const char *s;

    if (n && n->type == RP_NODE_BOOL)
        return !n->v.b;
    if (!(s = rp_compose_text(f, n)))
        return false;
    for (size_t i = 0; no[i]; i++)
        if (rp__str_eq_ci(s, no[i]))
            return true;
    return false;
}

const rp_node *
rp__cmp_named_volume(const rp_compose_file *f, const char *name)
{
    const rp_node *found = NULL;

    for (size_t d = 0; f->docs && d < f->docs->ndocs; d++) {
        const rp_node *v = rp_node_get(rp_node_get(f->docs->docs[d].root, "volumes"), name);
        if (v && v->type == RP_NODE_MAP)
            found = v;
    }
    return found;
}

bool
rp_compose_filename(const char *path)
{
    const char *base = strrchr(path, '/');
    size_t n, stem;

    base = base ? base + 1 : path;
    n = strlen(base);
    if (rp__str_ends_ci(base, ".yaml"))
        stem = n - 5;
    else if (rp__str_ends_ci(base, ".yml"))
        stem = n - 4;
    else
        return false;
    if ((stem == 7 && strncasecmp(base, "compose", 7) == 0) ||
        (stem == 14 && strncasecmp(base, "docker-compose", 14) == 0))
        return true;
    if ((stem > 8 && strncasecmp(base, "compose.", 8) == 0) ||
        (stem > 15 && strncasecmp(base, "docker-compose.", 15) == 0))
        return true;
    return stem > 8 && strncasecmp(base + stem - 8, ".compose", 8) == 0;
}

/* True when the line at p (len bytes) starts with key followed by ':'. */
static bool
top_key(const char *p, size_t len, const char *key)
{
    size_t n = strlen(key);

    return len > n && memcmp(p, key, n) == 0 && p[n] == ':';
}

bool
rp_compose_sniff(const char *buf, size_t len)
{
    bool services = false;

    for (size_t i = 0; i < len;) {
        const char *nl = memchr(buf + i, '\n', len - i);
        size_t e = nl ? (size_t)(nl - buf) : len;
        if (top_key(buf + i, e - i, "apiVersion") || top_key(buf + i, e - i, "kind"))
            return false;
        services |= top_key(buf + i, e - i, "services");
        i = e + 1;
    }
    return services;
}
