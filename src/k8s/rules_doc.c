/* Kubernetes rules about the manifest files themselves. */
#include <string.h>

#include "k8s/rules.h"

static const rp_rule r_dup_key = {
    .id = "RP-K8S-057",
    .name = "duplicate-key",
    .analyzer = "kubernetes",
    .severity = RP_SEV_MEDIUM,
    .title = "Duplicate key in a manifest",
    .description =
        "A mapping names the same key twice. kubectl and the API server now reject such "
        "manifests (\"mapping key already defined\"), while older tools silently kept the last "
        "value: the object that reaches the cluster may not be the one a reviewer read, and a "
        "security setting written first (runAsNonRoot: true) can be undone by a later copy of "
        "the key. rampart keeps the last value, as the old behaviour did, so the other checks "
        "see what would have been applied.",
    .remediation = "Remove one of the two keys; merge their contents if both carry settings.",
    .refs = {NULL},
    .notes = "kubectl since 1.20 (sigs.k8s.io/yaml strict decoding) refuses duplicate keys; "
             "kube-linter and Trivy parse with the last value winning and say nothing.",
    .bad = "spec:\n  selector:\n    app: web\n  replicas: 2\n  selector:\n    app: api",
    .good = "spec:\n  replicas: 2\n  selector:\n    app: api",
};

static const rp_rule *const rules[] = {&r_dup_key, NULL};

/* The object of file f that holds line (the last one starting at or before it). */
static const rp_k8s_object *
object_at(const rp_k8s_index *ix, const rp_k8s_file *f, uint32_t line)
{
    const rp_k8s_object *best = NULL;

    for (size_t i = f->first; i < f->end; i++)
        if (ix->objects[i].line <= line)
            best = &ix->objects[i];
    return best;
}

static void
check_index(rp__k8s_check *c)
{
    if (!rp__k8s_on(c, &r_dup_key))
        return;
    for (size_t f = 0; f < c->ix->nfiles; f++) {
        const rp_k8s_file *file = &c->ix->files[f];
        for (size_t d = 0; file->docs && d < file->docs->ndups; d++) {
            const rp_doc_dup *dup = &file->docs->dups[d];
            const rp_k8s_object *o = object_at(c->ix, file, dup->line);
            rp_node at = {.line = dup->line, .column = dup->column};
            if (!o)
                continue;
            rp__k8s_report(c, &r_dup_key, o, &at, dup->key,
                           "key \"%s\" is written twice (first at line %u); the last value is "
                           "used",
                           dup->key, dup->first_line);
        }
    }
}

const rp__k8s_ruleset rp__k8s_set_doc = {rules, NULL, check_index};
