/* The Kubernetes rulesets, in the order they run. */
#include "k8s/rules.h"

extern const rp__k8s_ruleset rp__k8s_set_pss, rp__k8s_set_hardening, rp__k8s_set_pod,
    rp__k8s_set_objects, rp__k8s_set_doc;

const rp__k8s_ruleset *const rp__k8s_rulesets[] = {
    &rp__k8s_set_pss, &rp__k8s_set_hardening, &rp__k8s_set_pod,
    &rp__k8s_set_objects, &rp__k8s_set_doc, NULL,
};
