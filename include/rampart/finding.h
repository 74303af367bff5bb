/* A finding: one rule broken at one place, with everything a person needs to fix it. */
#ifndef RAMPART_FINDING_H
#define RAMPART_FINDING_H

#include <stddef.h>
#include <stdint.h>

#include "rules.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Where a finding is. Unused members are NULL or 0. All strings are owned by the report. */
typedef struct rp_location {
    const char *path;    /* file as the user named it (or below the directory they named) */
    uint32_t line;       /* 1-based; 0 for the whole file */
    uint32_t column;     /* 1-based; 0 unknown */
    uint32_t end_line;   /* last line of the offending construct; 0 = same as line */
    uint32_t end_column; /* 0 unknown */
    const char *object;  /* Kubernetes "Kind/namespace/name" */
    const char *field;   /* field path inside the object, "spec.containers[0].image" */
    const char *layer;   /* image layer digest */
    const char *file;    /* path inside an image */
} rp_location;

typedef enum rp_suppress_kind {
    RP_SUPPRESS_NONE = 0,
    RP_SUPPRESS_INLINE,   /* a rampart:ignore (or hadolint/trivy/checkov) pragma */
    RP_SUPPRESS_CONFIG,   /* an ignore entry of .rampart.yaml */
    RP_SUPPRESS_BASELINE, /* fingerprint present in --baseline */
} rp_suppress_kind;

const char *rp_suppress_kind_name(rp_suppress_kind k); /* "inline", "config", "baseline" */

typedef struct rp_finding {
    const rp_rule *rule;     /* static catalogue entry */
    rp_severity severity;    /* effective severity (the rule's, or a configured override) */
    const char *message;     /* specific to this occurrence */
    size_t target;           /* index into rp_report.targets */
    rp_location loc;
    const char *snippet;     /* the offending source line(s), trimmed; may be NULL */
    const char *context;     /* stable text that identifies the occurrence (for the fingerprint) */
    char fingerprint[65];    /* hex SHA-256, set by rp_report_finalize */
    rp_suppress_kind suppressed;
    const char *suppress_reason; /* may be NULL */
    uint64_t seq;            /* insertion order, for a stable sort */
} rp_finding;

#ifdef __cplusplus
}
#endif
#endif
