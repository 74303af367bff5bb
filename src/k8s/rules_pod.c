/* Kubernetes rules: pod (placeholder until the checks land). */
#include "k8s/rules.h"

static const rp_rule *const rules[] = {NULL};

const rp__k8s_ruleset rp__k8s_set_pod = {rules, NULL, NULL};
