/* Kubernetes rules: hardening (placeholder until the checks land). */
#include "k8s/rules.h"

static const rp_rule *const rules[] = {NULL};

const rp__k8s_ruleset rp__k8s_set_hardening = {rules, NULL, NULL};
