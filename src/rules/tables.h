/* Each analyzer's rule table, gathered by the catalogue. */
#ifndef RP_RULES_TABLES_H
#define RP_RULES_TABLES_H

#include <stddef.h>

#include "rampart/rules.h"

/* Each analyzer lists its rules (pointers to static rows). */
size_t rp__df_rule_list(const rp_rule *const **out);
size_t rp__k8s_rule_list(const rp_rule *const **out);
size_t rp__compose_rule_list(const rp_rule *const **out);

/* Position of r in the sorted catalogue, or (size_t)-1. */
size_t rp__rules_index(const rp_rule *r);

#endif
