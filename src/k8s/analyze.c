/* The Kubernetes analyzer: runs every ruleset over the index, and the helpers the checks
 * share: field-level reports, object annotations that suppress, namespace Pod Security. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/util.h"
#include "k8s/rules.h"
#include "report/emit_internal.h"
#include "rules/tables.h"

bool
rp__k8s_on(const rp__k8s_check *c, const rp_rule *rule)
{
    return rp_emit_enabled(&c->ems[0], rule);
}

const rp_k8s_workload *
rp__k8s_workload(const rp__k8s_check *c, const rp_k8s_object *o)
{
    return o->workload < c->ix->nworkloads ? &c->ix->workloads[o->workload] : NULL;
}

const char *
rp__k8s_ctype_name(rp_k8s_ctype t)
{
    switch (t) {
    case RP_K8S_INIT: return "init container";
    case RP_K8S_EPHEMERAL: return "ephemeral container";
    default: return "container";
    }
}

bool
rp__k8s_is_true(const rp_node *n)
{
    return n && n->type == RP_NODE_BOOL && n->v.b;
}

bool
rp__k8s_is_false(const rp_node *n)
{
    return n && n->type == RP_NODE_BOOL && !n->v.b;
}

/* True when an annotation value "RP-K8S-001, RP-K8S-002" names rule. */
static bool
annotation_names(const char *v, const rp_rule *rule)
{
    char id[128];

    while (v && *v) {
        size_t n;
        while (*v == ',' || *v == ' ')
            v++;
        n = strcspn(v, ", ");
        if (n && n < sizeof(id)) {
            memcpy(id, v, n);
            id[n] = '\0';
            if (strcmp(id, "*") == 0 || rp_rule_matches(rule, id))
                return true;
        }
        v += n;
    }
    return false;
}

/* rampart.dev/ignore on the object or on its pod template. */
static const char *
ignored_by_annotation(const rp__k8s_check *c, const rp_k8s_object *o, const rp_rule *rule)
{
    const rp_k8s_workload *w = rp__k8s_workload(c, o);
    const char *v = rp_k8s_annotation(o, "rampart.dev/ignore");

    if (annotation_names(v, rule))
        return "object";
    if (w && annotation_names(rp_node_get_str(w->pod_annotations, "rampart.dev/ignore", NULL),
                              rule))
        return "pod template";
    return NULL;
}

static void report_va(rp__k8s_check *c, const rp_rule *rule, int sev, const rp_k8s_object *o,
                      const rp_node *at, const char *field, const char *fmt, va_list ap)
    RP_PRINTF(7, 0);

static void
report_va(rp__k8s_check *c, const rp_rule *rule, int sev, const rp_k8s_object *o,
          const rp_node *at, const char *field, const char *fmt, va_list ap)
{
    rp_emitter *em = &c->ems[o->file];
    char msg[2048], ctx[1536];
    rp_location loc = {0};
    const char *why;
    size_t before = em->count;

    if (!rp_emit_enabled(em, rule))
        return;
    vsnprintf(msg, sizeof(msg), fmt, ap);
    loc.path = o->path;
    loc.line = at ? at->line : o->line;
    loc.column = at ? at->column : 0;
    loc.object = o->id;
    loc.field = field ? field : "";
    /* the object and field name the occurrence; lines may move */
    snprintf(ctx, sizeof(ctx), "%s\x1f%s", o->id, loc.field);
    if (rp__emit_add(em, rule, &loc, NULL, ctx, msg) || em->count == before)
        return;
    {
        rp_finding *f = &c->r->findings[c->r->nfindings - 1];
        if (sev >= 0 && (int)f->severity < sev)
            f->severity = (rp_severity)sev;
        if ((why = ignored_by_annotation(c, o, rule))) {
            f->suppressed = RP_SUPPRESS_INLINE;
            f->suppress_reason = rp_arena_printf(&c->r->arena,
                                                 "annotation rampart.dev/ignore on the %s", why);
        }
    }
}

void
rp__k8s_report(rp__k8s_check *c, const rp_rule *rule, const rp_k8s_object *o, const rp_node *at,
               const char *field, const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    report_va(c, rule, -1, o, at, field, fmt, ap);
    va_end(ap);
}

static rp_pss_level
level_of(const char *s)
{
    if (s && strcmp(s, "restricted") == 0)
        return RP_PSS_RESTRICTED;
    if (s && strcmp(s, "baseline") == 0)
        return RP_PSS_BASELINE;
    return RP_PSS_PRIVILEGED;
}

void
rp__k8s_pss_ns(const rp__k8s_check *c, const rp_k8s_object *o, rp__pss_ns *out)
{
    const rp_k8s_object *ns = rp_k8s_find(c->ix, "Namespace", NULL, o->ns);
    const char *level = ns ? rp_k8s_label(ns, "pod-security.kubernetes.io/enforce") : NULL;
    const char *ver = ns ? rp_k8s_label(ns, "pod-security.kubernetes.io/enforce-version") : NULL;

    memset(out, 0, sizeof(*out));
    out->name = o->ns;
    out->version = RP_PSS_LATEST;
    if (!level)
        return;
    out->labelled = true;
    out->level = level_of(level);
    if (!ver || rp_pss_version_parse(&out->version, ver))
        out->version = RP_PSS_LATEST;
}

unsigned
rp__k8s_pss_version(const rp__k8s_check *c, const rp_k8s_object *o)
{
    rp__pss_ns ns;

    rp__k8s_pss_ns(c, o, &ns);
    return ns.labelled && ns.version != RP_PSS_LATEST ? ns.version : c->pss_version;
}

void
rp__k8s_report_pss_sev(rp__k8s_check *c, const rp_rule *rule, rp_pss_level level, rp_severity min,
                       const rp_k8s_object *o, const rp_node *at, const char *field,
                       const char *fmt, ...)
{
    static const char *const names[] = {"privileged", "baseline", "restricted"};
    char msg[1800], ver[16];
    rp__pss_ns ns;
    va_list ap;

    va_start(ap, fmt);
    vsnprintf(msg, sizeof(msg), fmt, ap);
    va_end(ap);
    rp__k8s_pss_ns(c, o, &ns);
    if (ns.labelled && ns.level >= level) {
        if (ns.version == RP_PSS_LATEST)
            snprintf(ver, sizeof(ver), "latest");
        else
            snprintf(ver, sizeof(ver), "v1.%u", ns.version - 100);
        /* the namespace's own policy fails: the pod would not be admitted */
        rp__k8s_report_sev(c, rule, min > RP_SEV_HIGH ? min : RP_SEV_HIGH, o, at, field,
                           "%s; namespace %s enforces Pod Security \"%s\" (%s): the API server "
                           "rejects this pod",
                           msg, ns.name, names[ns.level], ver);
        return;
    }
    rp__k8s_report_sev(c, rule, min, o, at, field, "%s (Pod Security \"%s\")", msg, names[level]);
}

void
rp__k8s_report_pss(rp__k8s_check *c, const rp_rule *rule, rp_pss_level level,
                   const rp_k8s_object *o, const rp_node *at, const char *field,
                   const char *fmt, ...)
{
    char msg[1800];
    va_list ap;

    va_start(ap, fmt);
    vsnprintf(msg, sizeof(msg), fmt, ap);
    va_end(ap);
    rp__k8s_report_pss_sev(c, rule, level, RP_SEV_INFO, o, at, field, "%s", msg);
}

void
rp__k8s_report_sev(rp__k8s_check *c, const rp_rule *rule, rp_severity min,
                   const rp_k8s_object *o, const rp_node *at, const char *field,
                   const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    report_va(c, rule, (int)min, o, at, field, fmt, ap);
    va_end(ap);
}

/* ---- the rule list and the pass ---- */

static const rp_rule *const *
rules_of(size_t i)
{
    return rp__k8s_rulesets[i] ? rp__k8s_rulesets[i]->rules : NULL;
}

static rp__rule_list list = RP__RULE_LIST_INIT;

size_t
rp__k8s_rule_list(const rp_rule *const **out)
{
    return rp__rule_list_get(&list, rules_of, out);
}

int
rp_k8s_target_rules(rp_report *r, size_t target, const struct rp_config *cfg)
{
    const rp_rule *const *rules;
    size_t n = rp__k8s_rule_list(&rules);

    return rp__rules_register(r, target, cfg, rules, n);
}

int
rp_k8s_analyze(rp_report *r, const rp_k8s_index *ix, const struct rp_config *cfg)
{
    rp_config defcfg;
    rp__k8s_check c = {r, ix, cfg, NULL, RP_PSS_LATEST};
    int err = RP_OK;

    if (!cfg) {
        if ((err = rp_config_init(&defcfg)))
            return err;
        c.cfg = &defcfg;
    }
    c.pss_version = c.cfg->pss_version;
    if (!(c.ems = calloc(ix->nfiles ? ix->nfiles : 1, sizeof(*c.ems)))) {
        err = RP_ENOMEM;
        goto out;
    }
    for (size_t f = 0; f < ix->nfiles; f++) {
        c.ems[f].report = r;
        c.ems[f].target = ix->files[f].target;
        c.ems[f].path = ix->files[f].path;
        c.ems[f].policy = &c.cfg->policy;
        c.ems[f].max = c.cfg->limits.max_findings;
    }
    if (!ix->nfiles)
        c.ems[0].policy = &c.cfg->policy;
    for (size_t i = 0; i < ix->nobjects; i++)
        for (size_t s = 0; rp__k8s_rulesets[s]; s++)
            if (rp__k8s_rulesets[s]->check_object)
                rp__k8s_rulesets[s]->check_object(&c, &ix->objects[i]);
    for (size_t s = 0; rp__k8s_rulesets[s]; s++)
        if (rp__k8s_rulesets[s]->check_index)
            rp__k8s_rulesets[s]->check_index(&c);
    for (size_t f = 0; f < ix->nfiles && !err; f++)
        err = c.ems[f].err;
out:
    free(c.ems);
    if (!cfg)
        rp_config_dispose(&defcfg);
    return err;
}
