/* The compose analyzer: runs every ruleset over every service, and the helpers the checks
 * share: field-level reports, `extends`, namespaces joined through "service:<name>". */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compose/compose_internal.h"
#include "core/util.h"
#include "report/emit_internal.h"
#include "rules/tables.h"

/* Hops through extends and service:<name> chains; a longer chain is a loop. */
#define MAX_HOPS 8

extern const rp__cmp_ruleset rp__cmp_set_privilege, rp__cmp_set_host, rp__cmp_set_runtime;

const rp__cmp_ruleset *const rp__cmp_rulesets[] = {
    &rp__cmp_set_privilege,
    &rp__cmp_set_host,
    &rp__cmp_set_runtime,
    NULL,
};

bool
rp__cmp_on(const rp__cmp_check *c, const rp_rule *rule)
{
    return rp_emit_enabled(c->em, rule);
}

static void report_va(rp__cmp_check *c, const rp_rule *rule, int sev, const rp_compose_service *s,
                      const rp_node *at, const char *field, const char *fmt, va_list ap)
    RP_PRINTF(7, 0);

static void
report_va(rp__cmp_check *c, const rp_rule *rule, int sev, const rp_compose_service *s,
          const rp_node *at, const char *field, const char *fmt, va_list ap)
{
    rp_emitter *em = c->em;
    char msg[2048], ctx[1536];
    rp_location loc = {0};
    size_t before = em->count;

    if (!rp_emit_enabled(em, rule))
        return;
    if (!at)
        at = s->key;
    vsnprintf(msg, sizeof(msg), fmt, ap);
    loc.path = c->f->path;
    loc.line = at->line;
    loc.column = at->column;
    loc.object = s->object;
    loc.field = field ? field : s->field;
    /* the service and the field name the occurrence; lines may move */
    snprintf(ctx, sizeof(ctx), "%s\x1f%s", s->object, loc.field);
    if (rp__emit_add(em, rule, &loc, NULL, ctx, msg) || em->count == before)
        return;
    {
        rp_finding *f = &em->report->findings[em->report->nfindings - 1];
        if (sev >= 0 && f->severity == rule->severity) /* a configured severity wins */
            f->severity = (rp_severity)sev;
    }
}

void
rp__cmp_report(rp__cmp_check *c, const rp_rule *rule, const rp_compose_service *s,
               const rp_node *at, const char *field, const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    report_va(c, rule, -1, s, at, field, fmt, ap);
    va_end(ap);
}

void
rp__cmp_report_sev(rp__cmp_check *c, const rp_rule *rule, rp_severity sev,
                   const rp_compose_service *s, const rp_node *at, const char *field,
                   const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    report_va(c, rule, (int)sev, s, at, field, fmt, ap);
    va_end(ap);
}

const rp_node *
rp__cmp_key(const rp_node *map, const char *key)
{
    for (size_t i = 0; map && map->type == RP_NODE_MAP && i < map->n; i++)
        if (strcmp(map->pairs[i].key->text, key) == 0)
            return map->pairs[i].key;
    return NULL;
}

const char *
rp__cmp_field(char *buf, size_t size, const rp_compose_service *s, const char *fmt, ...)
{
    int n = snprintf(buf, size, "%s.", s->field);
    va_list ap;

    if (n < 0 || (size_t)n >= size)
        return buf; /* cut: still names the service */
    va_start(ap, fmt);
    vsnprintf(buf + n, size - (size_t)n, fmt, ap);
    va_end(ap);
    return buf;
}

/* The service s extends in this file; NULL with *elsewhere when it extends one rampart cannot
 * see (another file, a name not in this file), NULL alone when it extends none. */
static const rp_compose_service *
extended(const rp__cmp_check *c, const rp_compose_service *s, bool *elsewhere)
{
    const rp_node *e = rp_node_get(s->node, "extends");
    const rp_compose_service *base;
    const char *name;

    *elsewhere = false;
    if (!e || e->type == RP_NODE_NULL)
        return NULL;
    if (e->type == RP_NODE_MAP && rp_node_get(e, "file")) {
        *elsewhere = true;
        return NULL;
    }
    name = rp_compose_text(c->f, e->type == RP_NODE_MAP ? rp_node_get(e, "service") : e);
    base = rp_compose_known(name) ? rp_compose_find(c->f, name) : NULL;
    if (!base || base == s) {
        *elsewhere = true;
        return NULL;
    }
    return base;
}

const rp_node *
rp__cmp_get(const rp__cmp_check *c, const rp_compose_service *s, const char *key,
            const rp_compose_service **from)
{
    const rp_compose_service *cur = s;
    bool elsewhere;

    for (unsigned hop = 0; cur && hop < MAX_HOPS; hop++) {
        const rp_node *n = rp_node_get(cur->node, key);
        if (n && n->type != RP_NODE_NULL) {
            if (from)
                *from = cur;
            return n;
        }
        cur = extended(c, cur, &elsewhere);
    }
    return NULL;
}

bool
rp__cmp_partial(const rp__cmp_check *c, const rp_compose_service *s)
{
    const rp_compose_service *cur = s;
    bool elsewhere = false;

    for (unsigned hop = 0; cur && hop < MAX_HOPS && !elsewhere; hop++)
        cur = extended(c, cur, &elsewhere);
    return elsewhere || (!rp__cmp_get(c, s, "image", NULL) && !rp__cmp_get(c, s, "build", NULL));
}

const char *
rp__cmp_namespace(const rp__cmp_check *c, const rp_compose_service *s, const char *key,
                  const rp_node **at, const rp_compose_service **via)
{
    const rp_compose_service *cur = s;
    bool net = strcmp(key, "network_mode") == 0;

    *at = NULL;
    *via = s;
    for (unsigned hop = 0; hop < MAX_HOPS; hop++) {
        /* the service's own field (a base it extends reports its own), then what the
         * services it joins hold, extends included */
        const rp_node *n = hop ? rp__cmp_get(c, cur, key, NULL) : rp_node_get(cur->node, key);
        const rp_compose_service *next;
        const char *v;
        if (!n && net)
            n = hop ? rp__cmp_get(c, cur, "net", NULL) : rp_node_get(cur->node, "net");
        if (hop == 0)
            *at = n;
        if (!(v = rp_compose_text(c->f, n)))
            return NULL;
        *via = cur;
        if (strncmp(v, "service:", 8) != 0 || !(next = rp_compose_find(c->f, v + 8)) || next == cur)
            return v;
        cur = next;
    }
    return NULL;
}

/* ---- the rule list and the pass ---- */

static const rp_rule *const *
rules_of(size_t i)
{
    return rp__cmp_rulesets[i] ? rp__cmp_rulesets[i]->rules : NULL;
}

static rp__rule_list list = RP__RULE_LIST_INIT;

size_t
rp__compose_rule_list(const rp_rule *const **out)
{
    return rp__rule_list_get(&list, rules_of, out);
}

int
rp_compose_target_rules(rp_report *r, size_t target, const struct rp_config *cfg)
{
    const rp_rule *const *rules;
    size_t n = rp__compose_rule_list(&rules);

    return rp__rules_register(r, target, cfg, rules, n);
}

int
rp_compose_analyze(rp_emitter *em, rp_compose_file *f, const struct rp_config *cfg)
{
    rp_config defcfg;
    rp__cmp_check c = {em, f, cfg};
    int err = RP_OK;

    if (!cfg) {
        if ((err = rp_config_init(&defcfg)))
            return err;
        c.cfg = &defcfg;
    }
    for (size_t i = 0; i < f->nservices && !em->err; i++)
        for (size_t s = 0; rp__cmp_rulesets[s] && !em->err; s++)
            rp__cmp_rulesets[s]->check_service(&c, &f->services[i]);
    if (!cfg)
        rp_config_dispose(&defcfg);
    return em->err ? em->err : f->err;
}
