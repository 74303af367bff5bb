/* The rule catalogue: every rule of every analyzer, as data. */
#ifndef RAMPART_RULES_H
#define RAMPART_RULES_H

#include <stdbool.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef enum rp_severity {
    RP_SEV_INFO = 0,
    RP_SEV_LOW = 1,
    RP_SEV_MEDIUM = 2,
    RP_SEV_HIGH = 3,
    RP_SEV_CRITICAL = 4,
} rp_severity;

#define RP_SEV_COUNT 5

/* "info", "low", "medium", "high", "critical". */
const char *rp_severity_name(rp_severity sev);
/* Case-insensitive; also takes hadolint's names (error=high, warning=medium,
 * style=info) and "moderate" (medium). Returns RP_EINVAL when unknown. */
int rp_severity_parse(rp_severity *out, const char *s);

#define RP_RULE_MAX_REFS 16

enum {
    RP_RULE_DEFAULT_OFF = 1 << 0, /* runs only when enabled in config (opt-in policies) */
    RP_RULE_NEEDS_CONFIG = 1 << 1 /* inert until configured (trusted registries, label schema) */
};

typedef struct rp_rule {
    const char *id;          /* "RP-DF-001": stable, never renumbered */
    const char *name;        /* "from-latest": stable short name, usable wherever an id is */
    const char *analyzer;    /* "dockerfile", "kubernetes", ... */
    rp_severity severity;    /* default severity */
    const char *title;       /* one line */
    const char *description; /* why it matters */
    const char *remediation; /* how to fix */
    const char *refs[RP_RULE_MAX_REFS]; /* peers' ids spelled as the peer does; NULL-terminated */
    const char *notes;       /* where the peers differ and what rampart does; may be NULL */
    const char *bad;         /* a short failing example; may be NULL */
    const char *good;        /* the fixed example; may be NULL */
    unsigned flags;
} rp_rule;

size_t rp_rules_count(void);
/* Borrowed pointer into static data; NULL past the end. Ordered by id. */
const rp_rule *rp_rules_at(size_t i);
/* Finds a rule by id or name, case-insensitively. NULL when unknown. */
const rp_rule *rp_rules_find(const char *id_or_name);
/* True when s names this rule: its id, its name, or one of its refs (case-insensitive). */
bool rp_rule_matches(const rp_rule *r, const char *s);
/* True when s is a rule id, a rule name or some rule's ref. */
bool rp_rules_known(const char *s);
/* Writes the rule's documentation URL into buf and returns buf. */
const char *rp_rule_help_uri(const rp_rule *r, char *buf, size_t size);

#define RP_DOCS_BASE_URL "https://github.com/rampart-sec/rampart/blob/main/docs/rules/"

#ifdef __cplusplus
}
#endif
#endif
