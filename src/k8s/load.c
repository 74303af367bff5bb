/* Loading Kubernetes manifests: documents, List kinds (kubectl get -o json|yaml), identity,
 * and templates that need rendering first. */
#include <stdlib.h>
#include <string.h>

#include "core/util.h"
#include "k8s/k8s_internal.h"

/* Kinds that live outside namespaces (the built-in ones; unknown kinds count as namespaced,
 * which is what most custom resources are). Sorted for bsearch. */
static const char *const cluster_kinds[] = {
    "APIService",
    "CSIDriver",
    "CSINode",
    "CertificateSigningRequest",
    "ClusterIssuer",
    "ClusterRole",
    "ClusterRoleBinding",
    "ClusterTrustBundle",
    "ComponentStatus",
    "CustomResourceDefinition",
    "DeviceClass",
    "FlowSchema",
    "IPAddress",
    "IngressClass",
    "MutatingAdmissionPolicy",
    "MutatingAdmissionPolicyBinding",
    "MutatingWebhookConfiguration",
    "Namespace",
    "Node",
    "PersistentVolume",
    "PodSecurityPolicy",
    "PriorityClass",
    "PriorityLevelConfiguration",
    "ResourceSlice",
    "RuntimeClass",
    "SecurityContextConstraints",
    "ServiceCIDR",
    "StorageClass",
    "ValidatingAdmissionPolicy",
    "ValidatingAdmissionPolicyBinding",
    "ValidatingWebhookConfiguration",
    "VolumeAttachment",
    "VolumeAttributesClass",
};

static int
cmp_str(const void *a, const void *b)
{
    return strcmp(a, *(const char *const *)b);
}

bool
rp_k8s_kind_namespaced(const char *kind)
{
    return !kind || !bsearch(kind, cluster_kinds, RP_COUNTOF(cluster_kinds),
                             sizeof(cluster_kinds[0]), cmp_str);
}

static const char *
map_str(const rp_node *map, const char *key)
{
    const rp_node *n = rp_node_get(map, key);

    return n && n->type == RP_NODE_STRING ? n->text : NULL;
}

/* Grows an index array (malloc'd: objects are many, and their pointers are taken only after
 * the last add). */
static int
grow(void **arr, size_t *cap, size_t need, size_t size)
{
    size_t ncap = *cap ? *cap : 16;
    void *p;

    if (need <= *cap)
        return RP_OK;
    while (ncap < need)
        ncap *= 2;
    if (!(p = realloc(*arr, ncap * size)))
        return RP_ENOMEM;
    *arr = p;
    *cap = ncap;
    return RP_OK;
}

static int
add_object(rp_k8s_index *ix, size_t file, const rp_node *n, const char *list_kind,
           const char *list_api)
{
    rp_k8s_object *o;
    const char *kind = map_str(n, "kind"), *api = map_str(n, "apiVersion"), *ns, *name;
    size_t klen;

    /* typed lists (DeploymentList) leave kind and apiVersion out of their items */
    if (!kind && list_kind && (klen = strlen(list_kind)) > 4 && strcmp(list_kind, "List") != 0 &&
        !(kind = rp_arena_strndup(&ix->arena, list_kind, klen - 4)))
        return RP_ENOMEM;
    if (!api)
        api = list_api;
    if (!kind || !*kind)
        return RP_OK;
    if (grow((void **)&ix->objects, &ix->cap_objects, ix->nobjects + 1, sizeof(*o)))
        return RP_ENOMEM;
    o = &ix->objects[ix->nobjects];
    memset(o, 0, sizeof(*o));
    o->api_version = api ? api : "";
    o->kind = kind;
    o->node = n;
    o->metadata = rp_node_get(n, "metadata");
    o->labels = rp_node_get(o->metadata, "labels");
    o->annotations = rp_node_get(o->metadata, "annotations");
    if (o->labels && o->labels->type != RP_NODE_MAP)
        o->labels = NULL;
    if (o->annotations && o->annotations->type != RP_NODE_MAP)
        o->annotations = NULL;
    name = map_str(o->metadata, "name");
    if (!name)
        name = map_str(o->metadata, "generateName");
    o->name = name ? name : "";
    o->namespaced = rp_k8s_kind_namespaced(kind);
    ns = map_str(o->metadata, "namespace");
    o->ns_explicit = ns && *ns;
    o->ns = !o->namespaced ? "-" : (o->ns_explicit ? ns : "default");
    o->id = rp_arena_printf(&ix->arena, "%s/%s/%s", o->kind, o->ns, o->name);
    o->path = ix->files[file].path;
    o->line = n->line;
    o->file = file;
    o->workload = (size_t)-1;
    if (!o->id)
        return RP_ENOMEM;
    ix->nobjects++;
    return RP_OK;
}

/* A document: one object, or a List whose items are objects. */
static int
add_document(rp_k8s_index *ix, size_t file, const rp_node *root)
{
    const char *kind;
    const rp_node *items;
    int err;

    if (!root || root->type != RP_NODE_MAP)
        return RP_OK;
    kind = map_str(root, "kind");
    items = rp_node_get(root, "items");
    if (kind && rp__str_ends(kind, "List") && items && items->type == RP_NODE_SEQ) {
        const char *api = map_str(root, "apiVersion");
        for (size_t i = 0; i < items->n; i++) {
            const rp_node *it = items->items[i];
            if (it->type != RP_NODE_MAP)
                continue;
            /* a List inside a List (rare, but kubectl can print it) */
            if (map_str(it, "kind") && rp__str_ends(map_str(it, "kind"), "List") &&
                rp_node_get(it, "items")) {
                if ((err = add_document(ix, file, it)))
                    return err;
                continue;
            }
            if ((err = add_object(ix, file, it, kind, api)))
                return err;
        }
        return RP_OK;
    }
    if (!map_str(root, "apiVersion"))
        return RP_OK; /* not a Kubernetes object: some other YAML */
    return add_object(ix, file, root, NULL, NULL);
}

/* Text with template actions that a YAML parser rejects: a chart's templates/ file. */
static bool
looks_templated(const char *buf, size_t len)
{
    for (size_t i = 0; i + 1 < len; i++)
        if (buf[i] == '{' && buf[i + 1] == '{')
            return true;
    return false;
}

int
rp_k8s_index_add_docs(rp_k8s_index *ix, rp_k8s_content *what, rp_ctx *ctx, const char *path,
                      const char *buf, size_t len, rp_docset *docs, const rp_limits *lim)
{
    rp_k8s_file *f;
    size_t before = ix->nobjects;
    int err = RP_OK;

    *what = RP_K8S_EMPTY;
    if (grow((void **)&ix->files, &ix->cap_files, ix->nfiles + 1, sizeof(*f))) {
        rp_docset_free(docs);
        return RP_ENOMEM;
    }
    f = &ix->files[ix->nfiles];
    memset(f, 0, sizeof(*f));
    f->docs = docs;
    f->path = rp_arena_strdup(&ix->arena, path);
    f->src = rp_arena_strndup(&ix->arena, buf, len);
    f->len = len;
    f->first = ix->nobjects;
    f->target = (size_t)-1;
    if (!f->path || !f->src) {
        rp_docset_free(docs);
        return RP_ENOMEM;
    }
    ix->nfiles++;
    for (size_t d = 0; d < docs->ndocs && !err; d++) {
        err = add_document(ix, ix->nfiles - 1, docs->docs[d].root);
        /* the first object past the cap is in this file: earlier files stayed under it */
        if (!err && lim && ix->nobjects > lim->max_k8s_objects)
            err = rp_ctx_set(ctx, RP_ELIMIT, path, ix->objects[lim->max_k8s_objects].line, 0,
                             "more than %zu objects in the scan (max_k8s_objects)",
                             lim->max_k8s_objects);
    }
    if (err) {
        /* as for a parse error, the file is not added: neither its objects nor its documents */
        ix->nobjects = before;
        ix->nfiles--;
        rp_docset_free(docs);
        return err;
    }
    ix->files[ix->nfiles - 1].end = ix->nobjects;
    if (ix->nobjects > before)
        *what = RP_K8S_OBJECTS;
    else if (docs->ndocs)
        *what = RP_K8S_NOT_K8S;
    return RP_OK;
}

int
rp_k8s_index_add(rp_k8s_index *ix, rp_k8s_content *what, rp_ctx *ctx, const char *path,
                 const char *buf, size_t len, const rp_limits *lim)
{
    rp_docset *docs = NULL;
    int err;

    *what = RP_K8S_EMPTY;
    if ((err = rp_doc_parse(&docs, ctx, path, buf, len, lim, RP_DOC_ALLOW_DUP_KEYS))) {
        if (err == RP_EPARSE && looks_templated(buf, len)) {
            *what = RP_K8S_TEMPLATE;
            return RP_OK;
        }
        return err;
    }
    return rp_k8s_index_add_docs(ix, what, ctx, path, buf, len, docs, lim);
}

int
rp_k8s_index_new(rp_k8s_index **out)
{
    rp_k8s_index *ix = calloc(1, sizeof(*ix));

    *out = ix;
    if (!ix)
        return RP_ENOMEM;
    rp_arena_init(&ix->arena, 0);
    return RP_OK;
}

void
rp_k8s_index_free(rp_k8s_index *ix)
{
    if (!ix)
        return;
    for (size_t i = 0; i < ix->nfiles; i++)
        rp_docset_free(ix->files[i].docs);
    free(ix->files);
    free(ix->objects);
    free(ix->workloads);
    free(ix->byid);
    rp_arena_dispose(&ix->arena);
    free(ix);
}

const char *
rp_k8s_label(const rp_k8s_object *o, const char *key)
{
    return rp_node_get_str(o->labels, key, NULL);
}

const char *
rp_k8s_annotation(const rp_k8s_object *o, const char *key)
{
    return rp_node_get_str(o->annotations, key, NULL);
}

int
rp_pss_version_parse(unsigned *out, const char *s)
{
    uint64_t minor;
    const char *p = s;

    if (!s)
        return RP_EINVAL;
    if (strcmp(s, "latest") == 0) {
        *out = RP_PSS_LATEST;
        return RP_OK;
    }
    if (*p == 'v')
        p++;
    if (p[0] != '1' || p[1] != '.')
        return RP_EINVAL;
    if (rp__parse_u64(&minor, p + 2, 99))
        return RP_EINVAL;
    *out = 100 + (unsigned)minor;
    return RP_OK;
}
