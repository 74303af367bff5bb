/* Kubernetes rules: what a check gets and the helpers every rules_*.c uses. Each rules_<topic>.c
 * holds its rules as static const rp_rule rows and exports one ruleset. */
#ifndef RP_K8S_RULES_H
#define RP_K8S_RULES_H

#include "rampart/config.h"
#include "rampart/k8s.h"

typedef struct rp__k8s_check {
    rp_report *r;
    const rp_k8s_index *ix;
    const rp_config *cfg;   /* never NULL inside a check */
    rp_emitter *ems;        /* one per file of the index (rp_k8s_object.file) */
    unsigned pss_version;   /* the version asked for (--pss-version), RP_PSS_LATEST by default */
} rp__k8s_check;

typedef struct rp__k8s_ruleset {
    const rp_rule *const *rules;                               /* NULL-terminated */
    void (*check_object)(rp__k8s_check *c, const rp_k8s_object *o); /* per object; may be NULL */
    void (*check_index)(rp__k8s_check *c);                     /* once per scan; may be NULL */
} rp__k8s_ruleset;

extern const rp__k8s_ruleset *const rp__k8s_rulesets[];

/* Pod Security levels. */
typedef enum rp_pss_level {
    RP_PSS_PRIVILEGED = 0,
    RP_PSS_BASELINE = 1,
    RP_PSS_RESTRICTED = 2,
} rp_pss_level;

/* What a namespace enforces, from its pod-security.kubernetes.io/enforce(-version) labels. */
typedef struct rp__pss_ns {
    bool labelled;          /* the Namespace object is in the input with an enforce label */
    rp_pss_level level;
    unsigned version;       /* RP_PSS_LATEST when the label is absent or "latest" */
    const char *name;
} rp__pss_ns;

bool rp__k8s_on(const rp__k8s_check *c, const rp_rule *rule);
/* The workload of o (its pod template), or NULL. */
const rp_k8s_workload *rp__k8s_workload(const rp__k8s_check *c, const rp_k8s_object *o);
/* "container", "init container", "ephemeral container". */
const char *rp__k8s_ctype_name(rp_k8s_ctype t);

/* Reports rule at a node of o (its line; the object's first line when at is NULL). field is
 * the JSON path of the offending (or missing) field inside o; it names the occurrence. */
void rp__k8s_report(rp__k8s_check *c, const rp_rule *rule, const rp_k8s_object *o,
                    const rp_node *at, const char *field, const char *fmt, ...) RP_PRINTF(6, 7);

/* As rp__k8s_report with a severity of at least min. */
void rp__k8s_report_sev(rp__k8s_check *c, const rp_rule *rule, rp_severity min,
                        const rp_k8s_object *o, const rp_node *at, const char *field,
                        const char *fmt, ...) RP_PRINTF(7, 8);

/* The policy o's namespace enforces (from a Namespace object in the input). */
void rp__k8s_pss_ns(const rp__k8s_check *c, const rp_k8s_object *o, rp__pss_ns *out);
/* The Pod Security version to evaluate o against: the namespace's enforce-version when it
 * sets one, else --pss-version. */
unsigned rp__k8s_pss_version(const rp__k8s_check *c, const rp_k8s_object *o);
/* Reports a Pod Security check of level `level`. When o's namespace enforces that level or a
 * stricter one, the message says the API server rejects the pod and the severity is at least
 * high; otherwise it is reported against the restricted profile. */
void rp__k8s_report_pss(rp__k8s_check *c, const rp_rule *rule, rp_pss_level level,
                        const rp_k8s_object *o, const rp_node *at, const char *field,
                        const char *fmt, ...) RP_PRINTF(7, 8);

/* Scalar helpers: true only for a BOOL node that is true / false. */
bool rp__k8s_is_true(const rp_node *n);
bool rp__k8s_is_false(const rp_node *n);

/* As rp__k8s_report_pss with a severity of at least min (e.g. one volume type of a rule that
 * matters more than the others). */
void rp__k8s_report_pss_sev(rp__k8s_check *c, const rp_rule *rule, rp_pss_level level,
                            rp_severity min, const rp_k8s_object *o, const rp_node *at,
                            const char *field, const char *fmt, ...) RP_PRINTF(8, 9);

#endif
