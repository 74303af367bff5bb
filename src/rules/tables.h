/* Each analyzer's rule table, gathered by the catalogue. */
#ifndef RP_RULES_TABLES_H
#define RP_RULES_TABLES_H

#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>

#include "rampart/rules.h"

/* Each analyzer lists its rules (pointers to static rows). */
size_t rp__df_rule_list(const rp_rule *const **out);
size_t rp__k8s_rule_list(const rp_rule *const **out);
size_t rp__compose_rule_list(const rp_rule *const **out);

/* An analyzer's rules flattened from its rulesets, built on first use. */
typedef struct rp__rule_list {
    pthread_mutex_t lock;
    bool built;
    const rp_rule **all;
    size_t n;
} rp__rule_list;

#define RP__RULE_LIST_INIT {PTHREAD_MUTEX_INITIALIZER, false, NULL, 0}

/* rules_of(i) gives the i-th ruleset's NULL-terminated rules, NULL past the last. */
size_t rp__rule_list_get(rp__rule_list *l, const rp_rule *const *(*rules_of)(size_t i),
                         const rp_rule *const **out);

struct rp_config;
struct rp_report;
/* Records with a target every rule of rules that cfg (may be NULL) enables. */
int rp__rules_register(struct rp_report *r, size_t target, const struct rp_config *cfg,
                       const rp_rule *const *rules, size_t n);

/* Position of r in the sorted catalogue, or (size_t)-1. */
size_t rp__rules_index(const rp_rule *r);

#endif
