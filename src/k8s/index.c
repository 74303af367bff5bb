/* The object index after loading: pod templates of every workload kind, each container's
 * effective security context (the container's field, else the pod's, as the kubelet does),
 * and the identity lookup. */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "core/util.h"
#include "k8s/k8s_internal.h"

/* Where each workload kind keeps its pod template. */
static const struct {
    const char *kind;
    const char *spec;     /* path of the pod spec */
    const char *meta;     /* path of the pod template's metadata */
} templates[] = {
    {"Pod", "spec", "metadata"},
    {"PodTemplate", "template.spec", "template.metadata"},
    {"Deployment", "spec.template.spec", "spec.template.metadata"},
    {"ReplicaSet", "spec.template.spec", "spec.template.metadata"},
    {"StatefulSet", "spec.template.spec", "spec.template.metadata"},
    {"DaemonSet", "spec.template.spec", "spec.template.metadata"},
    {"Job", "spec.template.spec", "spec.template.metadata"},
    {"CronJob", "spec.jobTemplate.spec.template.spec", "spec.jobTemplate.spec.template.metadata"},
    {"ReplicationController", "spec.template.spec", "spec.template.metadata"},
    {"DeploymentConfig", "spec.template.spec", "spec.template.metadata"},
};

static const char *const list_names[] = {"initContainers", "containers", "ephemeralContainers"};

/* A map field, or NULL when absent, null or not a map. */
static const rp_node *
map_at(const rp_node *m, const char *key)
{
    const rp_node *n = rp_node_get(m, key);

    return n && n->type == RP_NODE_MAP ? n : NULL;
}

/* A field of the security context, NULL when absent or explicitly null. */
static const rp_node *
sc_field(const rp_node *sc, const char *key)
{
    const rp_node *n = rp_node_get(sc, key);

    return n && n->type != RP_NODE_NULL ? n : NULL;
}

static void
resolve(rp_arena *a, rp_k8s_field *out, const rp_node *csc, const char *cfield,
        const rp_node *psc, const char *pfield, const char *key)
{
    const rp_node *n = sc_field(csc, key);

    memset(out, 0, sizeof(*out));
    out->field = "";
    if (n) {
        out->node = n;
        out->field = rp_arena_printf(a, "%s.securityContext.%s", cfield, key);
    } else if (psc && (n = sc_field(psc, key))) {
        out->node = n;
        out->from_pod = true;
        out->field = rp_arena_printf(a, "%s.securityContext.%s", pfield, key);
    }
    if (!out->field)
        out->field = "";
}

static void
resolve_secctx(rp_arena *a, rp_k8s_container *c, const rp_k8s_workload *w)
{
    static const struct {
        const char *key;
        size_t off;
        bool inherited;
    } fields[] = {
        {"runAsUser", offsetof(rp_k8s_secctx, run_as_user), true},
        {"runAsGroup", offsetof(rp_k8s_secctx, run_as_group), true},
        {"runAsNonRoot", offsetof(rp_k8s_secctx, run_as_non_root), true},
        {"seLinuxOptions", offsetof(rp_k8s_secctx, se_linux_options), true},
        {"seccompProfile", offsetof(rp_k8s_secctx, seccomp_profile), true},
        {"windowsOptions", offsetof(rp_k8s_secctx, windows_options), true},
        {"appArmorProfile", offsetof(rp_k8s_secctx, app_armor_profile), true},
        {"privileged", offsetof(rp_k8s_secctx, privileged), false},
        {"allowPrivilegeEscalation", offsetof(rp_k8s_secctx, allow_privilege_escalation), false},
        {"capabilities", offsetof(rp_k8s_secctx, capabilities), false},
        {"readOnlyRootFilesystem", offsetof(rp_k8s_secctx, read_only_root_fs), false},
        {"procMount", offsetof(rp_k8s_secctx, proc_mount), false},
    };

    for (size_t i = 0; i < RP_COUNTOF(fields); i++) {
        rp_k8s_field *f = (rp_k8s_field *)((char *)&c->eff + fields[i].off);
        /* container-only fields written at pod level are unknown fields: ignored */
        resolve(a, f, c->sc, c->field, fields[i].inherited ? w->pod_sc : NULL, w->spec_field,
                fields[i].key);
    }
}

static int
add_containers(rp_k8s_index *ix, rp_k8s_workload *w)
{
    size_t n = 0, k = 0;

    for (size_t l = 0; l < RP_COUNTOF(list_names); l++) {
        const rp_node *seq = rp_node_get(w->spec, list_names[l]);
        n += seq && seq->type == RP_NODE_SEQ ? seq->n : 0;
    }
    w->containers = rp_arena_calloc(&ix->arena, n ? n : 1, sizeof(*w->containers));
    if (!w->containers)
        return RP_ENOMEM;
    for (size_t l = 0; l < RP_COUNTOF(list_names); l++) {
        const rp_node *seq = rp_node_get(w->spec, list_names[l]);
        for (size_t i = 0; seq && seq->type == RP_NODE_SEQ && i < seq->n; i++) {
            rp_k8s_container *c = &w->containers[k];
            if (seq->items[i]->type != RP_NODE_MAP)
                continue;
            c->node = seq->items[i];
            c->type = (rp_k8s_ctype)l;
            c->index = i;
            c->name = rp_node_get_str(c->node, "name", "");
            c->field = rp_arena_printf(&ix->arena, "%s.%s[%zu]", w->spec_field, list_names[l], i);
            c->sc = map_at(c->node, "securityContext");
            if (!c->field)
                return RP_ENOMEM;
            resolve_secctx(&ix->arena, c, w);
            k++;
        }
    }
    w->ncontainers = k;
    return RP_OK;
}

static int
add_workload(rp_k8s_index *ix, size_t oi)
{
    rp_k8s_object *o = &ix->objects[oi];
    rp_k8s_workload *w;
    const rp_node *spec = NULL, *meta = NULL;
    size_t t;

    for (t = 0; t < RP_COUNTOF(templates); t++)
        if (strcmp(o->kind, templates[t].kind) == 0)
            break;
    if (t == RP_COUNTOF(templates))
        return RP_OK;
    spec = rp_node_path(o->node, templates[t].spec);
    meta = rp_node_path(o->node, templates[t].meta);
    if (!spec || spec->type != RP_NODE_MAP)
        return RP_OK; /* a workload without a pod spec has nothing to check */
    if (ix->nworkloads == ix->cap_workloads) {
        size_t ncap = ix->cap_workloads ? ix->cap_workloads * 2 : 16;
        rp_k8s_workload *p = realloc(ix->workloads, ncap * sizeof(*p));
        if (!p)
            return RP_ENOMEM;
        ix->workloads = p;
        ix->cap_workloads = ncap;
    }
    w = &ix->workloads[ix->nworkloads];
    memset(w, 0, sizeof(*w));
    w->object = oi;
    w->spec = spec;
    w->spec_field = templates[t].spec;
    w->pod_meta = meta && meta->type == RP_NODE_MAP ? meta : NULL;
    w->pod_annotations = map_at(w->pod_meta, "annotations");
    w->pod_labels = map_at(w->pod_meta, "labels");
    w->pod_sc = map_at(spec, "securityContext");
    o->workload = ix->nworkloads++;
    return add_containers(ix, w);
}

static int
by_id(const void *pa, const void *pb)
{
    const struct rp_k8s_hash *a = pa, *b = pb;
    int c = strcmp(a->id, b->id);

    return c ? c : (a->object < b->object ? -1 : a->object > b->object);
}

int
rp_k8s_index_finish(rp_k8s_index *ix)
{
    int err;

    for (size_t i = 0; i < ix->nobjects; i++)
        if ((err = add_workload(ix, i)))
            return err;
    free(ix->byid);
    if (!(ix->byid = calloc(ix->nobjects ? ix->nobjects : 1, sizeof(*ix->byid))))
        return RP_ENOMEM;
    for (size_t i = 0; i < ix->nobjects; i++) {
        ix->byid[i].id = ix->objects[i].id;
        ix->byid[i].object = i;
    }
    if (ix->nobjects)
        qsort(ix->byid, ix->nobjects, sizeof(*ix->byid), by_id);
    return RP_OK;
}

const rp_k8s_object *
rp_k8s_find(const rp_k8s_index *ix, const char *kind, const char *ns, const char *name)
{
    char id[1024];
    size_t lo = 0, hi = ix->nobjects;
    int n;

    if (!ix->byid || !kind || !name)
        return NULL;
    n = snprintf(id, sizeof(id), "%s/%s/%s", kind,
                 rp_k8s_kind_namespaced(kind) ? (ns && *ns ? ns : "default") : "-", name);
    if (n < 0 || (size_t)n >= sizeof(id))
        return NULL;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = strcmp(ix->byid[mid].id, id);
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < ix->nobjects && strcmp(ix->byid[lo].id, id) == 0
               ? &ix->objects[ix->byid[lo].object]
               : NULL;
}
