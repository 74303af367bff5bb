/* Dockerfile rules: pkg (placeholder until the checks land). */
#include "dockerfile/rules.h"

static const rp_rule *const rules[] = {NULL};

static void
check(rp__df_check *c)
{
    (void)c;
}

const rp__df_ruleset rp__df_set_pkg = {rules, check};
