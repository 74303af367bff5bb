/* A scan's report: targets, their errors, findings; and the writers that print it. */
#ifndef RAMPART_REPORT_H
#define RAMPART_REPORT_H

#include <stdbool.h>
#include <stdio.h>

#include "arena.h"
#include "common.h"
#include "finding.h"

#ifdef __cplusplus
extern "C" {
#endif

/* An input that could not be read or parsed (fully): reported, and exit code 3. */
typedef struct rp_target_error {
    int code;            /* RP_E* */
    const char *path;
    uint32_t line;
    uint32_t column;
    const char *message;
} rp_target_error;

typedef struct rp_target {
    const char *name;    /* path or image reference, as shown to the user */
    const char *kind;    /* "dockerfile", "kubernetes", "compose", "image", ... */
    rp_target_error *errors;
    size_t nerrors;
    size_t errors_cap;
    const rp_rule **rules; /* rules evaluated against this target (for JUnit and SARIF) */
    size_t nrules;
} rp_target;

/* The report owns every string and array it holds (in its arena). Members are read-only for
 * callers other than the library; use the functions below to change a report. */
typedef struct rp_report {
    rp_arena arena;
    rp_target *targets;
    size_t ntargets;
    size_t targets_cap;
    rp_finding *findings;
    size_t nfindings;
    size_t findings_cap;
    const char **warnings; /* notes for the user: expired ignores, skipped files... */
    size_t nwarnings;
    size_t warnings_cap;
    uint64_t next_seq;
    /* filled by rp_report_finalize: */
    size_t counts[RP_SEV_COUNT]; /* unsuppressed findings per severity */
    size_t nsuppressed;
    size_t nerrors;
    double duration_s;
} rp_report;

int rp_report_new(rp_report **out);
void rp_report_free(rp_report *r);

/* Adds a target and returns its index in *out. name and kind are copied. */
int rp_report_add_target(size_t *out, rp_report *r, const char *name, const char *kind);
/* Records that rule was evaluated against target (deduplicated). */
int rp_report_target_rule(rp_report *r, size_t target, const rp_rule *rule);
int rp_report_add_error(rp_report *r, size_t target, int code, const char *path, uint32_t line,
                        uint32_t column, const char *fmt, ...) RP_PRINTF(7, 8);
/* Copies an error context into the target's errors. */
int rp_report_add_error_ctx(rp_report *r, size_t target, const rp_ctx *ctx);
/* Copies f (and every string it points to) into the report. */
int rp_report_add_finding(rp_report *r, const rp_finding *f);
int rp_report_add_warning(rp_report *r, const char *fmt, ...) RP_PRINTF(2, 3);
/* Appends src's targets, findings and warnings to dst, in order. */
int rp_report_merge(rp_report *dst, const rp_report *src);
/* Computes fingerprints (where missing), sorts findings (target, line, column, rule) and
 * fills the summary counts. Call once after the last finding. */
void rp_report_finalize(rp_report *r);
/* Counts findings at or above sev that are not suppressed. */
size_t rp_report_count_at_least(const rp_report *r, rp_severity sev);
/* The fingerprint of f: hex SHA-256 over rule id, target, path, object/field/layer/file and
 * the context text (or the line when there is no context). Writes 65 bytes. */
void rp_finding_fingerprint(char out[65], const rp_report *r, const rp_finding *f);

/* An emitter: how analyzers add findings. It applies rule enablement and severity
 * overrides, so rules never look at configuration for that. */
typedef struct rp_rule_policy rp_rule_policy; /* see config.h */

typedef struct rp_emitter {
    rp_report *report;
    size_t target;
    const char *path;            /* location path for findings */
    const rp_rule_policy *policy; /* may be NULL: every default-on rule, default severities */
    size_t count;                /* findings emitted so far */
    size_t max;                  /* cap (rp_limits.max_findings); 0 = none */
    int err;                     /* first error (RP_ENOMEM, RP_ELIMIT) */
} rp_emitter;

/* True when the rule runs under the emitter's policy. */
bool rp_emit_enabled(const rp_emitter *em, const rp_rule *rule);
/* Adds a finding for rule at path:line (end_line may be 0). snippet may be NULL. The message
 * is formatted. Disabled rules are dropped silently. Returns 0 or an error (also kept in em). */
int rp_emit(rp_emitter *em, const rp_rule *rule, uint32_t line, uint32_t end_line,
            const char *snippet, const char *fmt, ...) RP_PRINTF(6, 7);
/* As rp_emit with a full location and a fingerprint context. */
int rp_emit_loc(rp_emitter *em, const rp_rule *rule, const rp_location *loc, const char *snippet,
                const char *context, const char *fmt, ...) RP_PRINTF(6, 7);

/* Output formats. */
typedef enum rp_format {
    RP_FMT_TABLE = 0,
    RP_FMT_JSON,
    RP_FMT_SARIF,
    RP_FMT_JUNIT,
} rp_format;

int rp_format_parse(rp_format *out, const char *s);
const char *rp_format_name(rp_format f);

typedef struct rp_write_opts {
    bool color;           /* ANSI colours (table only); the CLI sets this only on a TTY */
    bool show_suppressed; /* include suppressed findings, marked as such */
    int argc;             /* command line, for SARIF's invocation; may be 0 */
    char **argv;
    const char *working_dir; /* absolute; SARIF's SRCROOT; may be NULL */
} rp_write_opts;

/* Writes the finalized report in fmt. Errors (I/O) are RP_EIO with ctx filled. */
int rp_report_write(FILE *out, const rp_report *r, rp_format fmt, const rp_write_opts *opts,
                    rp_ctx *ctx);

#ifdef __cplusplus
}
#endif
#endif
