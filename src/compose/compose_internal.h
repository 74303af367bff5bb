/* Compose analyzer internals: what a check gets and the helpers every rules_*.c uses. Each
 * rules_<topic>.c holds its rules as static const rp_rule rows and exports one ruleset. */
#ifndef RP_COMPOSE_INTERNAL_H
#define RP_COMPOSE_INTERNAL_H

#include "rampart/compose.h"
#include "rampart/config.h"

typedef struct rp__cmp_check {
    rp_emitter *em;
    rp_compose_file *f;
    const rp_config *cfg; /* never NULL inside a check */
} rp__cmp_check;

typedef struct rp__cmp_ruleset {
    const rp_rule *const *rules;                                          /* NULL-terminated */
    void (*check_service)(rp__cmp_check *c, const rp_compose_service *s); /* per service */
} rp__cmp_ruleset;

extern const rp__cmp_ruleset *const rp__cmp_rulesets[];

bool rp__cmp_on(const rp__cmp_check *c, const rp_rule *rule);

/* Reports rule for service s at node at (the service's name when at is NULL). field is the
 * path of the offending or missing field ("services.web.privileged"); with the service it
 * names the occurrence. */
void rp__cmp_report(rp__cmp_check *c, const rp_rule *rule, const rp_compose_service *s,
                    const rp_node *at, const char *field, const char *fmt, ...) RP_PRINTF(6, 7);
/* As rp__cmp_report with severity sev instead of the rule's (unless configuration overrides
 * the rule's severity). */
void rp__cmp_report_sev(rp__cmp_check *c, const rp_rule *rule, rp_severity sev,
                        const rp_compose_service *s, const rp_node *at, const char *field,
                        const char *fmt, ...) RP_PRINTF(7, 8);

/* The value of key in s, or in the service it extends (same file, `extends: name` or
 * `extends: {service: name}`), and so on; *from (may be NULL) is the service that holds it. */
const rp_node *rp__cmp_get(const rp__cmp_check *c, const rp_compose_service *s, const char *key,
                           const rp_compose_service **from);
/* True when s is only part of its definition: it extends a service rampart cannot see
 * (another file, an unknown name), or it has neither image nor build (an override merged into
 * a service of another file). A field missing here may be set there, so checks for missing
 * fields stay silent. */
bool rp__cmp_partial(const rp__cmp_check *c, const rp_compose_service *s);

/* The key node of key in map (where the field is written: a block map or sequence value
 * starts on the next line), or NULL. */
const rp_node *rp__cmp_key(const rp_node *map, const char *key);

/* "<prefix>.<suffix>" into buf (cut to size); returns buf. */
const char *rp__cmp_field(char *buf, size_t size, const rp_compose_service *s, const char *fmt, ...)
    RP_PRINTF(4, 5);

/* Named volume `name` of a top-level volumes map of f, or NULL. */
const rp_node *rp__cmp_named_volume(const rp_compose_file *f, const char *name);

/* The namespace mode s sets for key (network_mode, with the version 1 `net`; pid; ipc...),
 * following "service:<name>" to the service it joins (up to a few hops); *at is s's own node,
 * *via the service the value came from (s itself when direct). NULL when s sets none. */
const char *rp__cmp_namespace(const rp__cmp_check *c, const rp_compose_service *s, const char *key,
                              const rp_node **at, const rp_compose_service **via);

/* A security_opt entry split as Docker does ("key=value", else the legacy "key:value"):
 * key and value in buf (value "" when absent). False when the entry is unknown. */
bool rp__cmp_secopt(char *key, size_t ksize, const char **value, const char *entry);

#endif
