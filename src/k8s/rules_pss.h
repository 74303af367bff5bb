/* Pod Security Standards rules: what rules_pss.c (baseline checks, helpers, the pass) and
 * rules_pss_restricted.c (restricted checks) share. Private to those two files. */
#ifndef RP_K8S_RULES_PSS_H
#define RP_K8S_RULES_PSS_H

#include "k8s/rules.h"

/* One pod template under evaluation; lives for one check_object call. */
typedef struct rp__pss {
    rp__k8s_check *c;
    const rp_k8s_object *o;
    const rp_k8s_workload *w;
    unsigned ver; /* policy version: 100 + minor, or RP_PSS_LATEST */
    bool windows; /* spec.os.name: windows */
    bool userns;  /* spec.hostUsers: false */
} rp__pss;

/* Policy version v1.<minor>, as rp__k8s_pss_version gives it. */
#define RP_PSS_V(minor) (100u + (minor))

/* `container "app"` / `init container "setup"` in messages. */
#define RP_PSS_CT_FMT "%s \"%s\""
#define RP_PSS_CT_ARGS(ct) rp__k8s_ctype_name((ct)->type), (ct)->name

/* The restricted rules (rules_pss_restricted.c), listed in rules_pss.c's table. */
extern const rp_rule rp__pss_r_volume_type, rp__pss_r_priv_esc, rp__pss_r_non_root,
    rp__pss_r_root_uid, rp__pss_r_seccomp_missing, rp__pss_r_caps_drop, rp__pss_r_caps_add;

/* The value at key of a map, or NULL when absent, null (Go's nil) or map is not a map. */
const rp_node *rp__pss_get(const rp_node *map, const char *key);
/* Where to report key of map: the value when a scalar, the key when a collection. */
const rp_node *rp__pss_at_key(const rp_node *map, const char *key);
/* Text of a scalar, "" for anything else. Borrowed from the node. */
const char *rp__pss_text(const rp_node *n);
/* A value as written into buf (strings quoted); returns buf. */
const char *rp__pss_shown(char *buf, size_t size, const rp_node *n);
/* Reports a violation of a check of `level` at a node of the pod template's object. */
void rp__pss_say(rp__pss *p, const rp_rule *rule, rp_pss_level level, const rp_node *at,
                 const char *field, const char *fmt, ...) RP_PRINTF(6, 7);

/* A list, or a lone scalar where a list belongs (the API server rejects it; not a pass). */
typedef struct rp__pss_items {
    const rp_node *const *v;
    size_t n;
    const rp_node *one;
} rp__pss_items;
void rp__pss_items_of(rp__pss_items *it, const rp_node *n);

/* seccompProfile.type is RuntimeDefault or Localhost. */
bool rp__pss_seccomp_ok(const rp_node *prof);
/* Reports an explicitly set, invalid seccompProfile of the pod or a container (base is the
 * JSON path of the pod spec or container; extra is appended to the message). */
void rp__pss_seccomp_bad(rp__pss *p, const rp_rule *rule, rp_pss_level level, const rp_node *prof,
                         const char *base, const char *who, const char *extra);

/* The restricted checks of one pod template: pod-level, then per container. */
void rp__pss_restricted_pod(rp__pss *p);
void rp__pss_restricted_container(rp__pss *p, const rp_k8s_container *ct);

#endif
