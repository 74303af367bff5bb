/* Effective configuration: .rampart.yaml, then RAMPART_* environment, then flags. */
#ifndef RAMPART_CONFIG_H
#define RAMPART_CONFIG_H

#include <stdbool.h>
#include <stdio.h>

#include "arena.h"
#include "common.h"
#include "report.h"
#include "rules.h"

#ifdef __cplusplus
extern "C" {
#endif

/* An ignore entry of .rampart.yaml. */
typedef struct rp_ignore {
    const char *rule;      /* rule id, name, peer id, or "*" */
    const char **paths;    /* globs on the finding's path ("**" crosses directories); none = any */
    size_t npaths;
    const char **objects;  /* globs on "Kind/namespace/name"; none = any */
    size_t nobjects;
    const char *reason;
    const char *expires;   /* "YYYY-MM-DD" or NULL; from that day on it no longer applies */
    bool expired;          /* set by rp_config_check_expiry */
    uint32_t line;         /* where it is in the config file */
} rp_ignore;

/* Per-rule enablement and severity, resolved against the catalogue. */
struct rp_rule_policy {
    size_t n;              /* rp_rules_count() */
    signed char *enabled;  /* per rule: -1 default, 0 off, 1 on */
    signed char *severity; /* per rule: -1 default, else an rp_severity */
};

/* Value types for hadolint-style label schemas. */
typedef enum rp_label_type {
    RP_LABEL_TEXT = 0,
    RP_LABEL_URL,
    RP_LABEL_RFC3339,
    RP_LABEL_SPDX,
    RP_LABEL_HASH,   /* a git commit hash */
    RP_LABEL_SEMVER,
    RP_LABEL_EMAIL,
} rp_label_type;

typedef struct rp_label_rule {
    const char *name;
    rp_label_type type;
} rp_label_rule;

/* Which layer set a value: for `rampart config`. */
typedef enum rp_cfg_source {
    RP_SRC_DEFAULT = 0,
    RP_SRC_FILE,
    RP_SRC_ENV,
    RP_SRC_FLAG,
} rp_cfg_source;

enum {
    RP_CFG_FORMAT = 0,
    RP_CFG_OUTPUT,
    RP_CFG_SEVERITY,
    RP_CFG_FAIL_ON,
    RP_CFG_EXIT_CODE,
    RP_CFG_INLINE,
    RP_CFG_SHOW_SUPPRESSED,
    RP_CFG_BASELINE,
    RP_CFG_SKIP_DIRS,
    RP_CFG_SKIP_FILES,
    RP_CFG_LOG_LEVEL,
    RP_CFG_QUIET,
    RP_CFG_JOBS,
    RP_CFG_TRUSTED,
    RP_CFG_LABELS,
    RP_CFG_PSS_VERSION,
    RP_CFG_NFIELDS
};

typedef struct rp_config {
    rp_arena arena;
    const char *path;          /* the config file read, or NULL */
    rp_format format;
    const char *output;        /* -o FILE; NULL = stdout */
    unsigned severity_mask;    /* bit (1 << sev) for each severity reported */
    rp_severity fail_on;       /* the gate */
    int exit_code;             /* exit code when the gate trips (default 1; 0 never fails) */
    bool inline_ignores;       /* honour rampart:ignore (and peer) pragmas */
    bool show_suppressed;
    const char *baseline;      /* earlier JSON report */
    const char **skip_dirs;
    size_t nskip_dirs;
    const char **skip_files;
    size_t nskip_files;
    rp_log_level log_level;
    bool quiet;
    unsigned jobs;             /* 0 = number of CPUs */
    rp_ignore *ignores;
    size_t nignores;
    struct rp_rule_policy policy;
    /* Dockerfile knobs (hadolint's) */
    const char **trusted_registries;
    size_t ntrusted_registries;
    rp_label_rule *labels;
    size_t nlabels;
    bool strict_labels;        /* labels not in the schema are findings */
    /* Kubernetes knobs */
    unsigned pss_version;      /* Pod Security Standards version (RP_PSS_LATEST or 100+minor) */
    rp_cfg_source sources[RP_CFG_NFIELDS];
    rp_limits limits;
} rp_config;

/* Initialises cfg with the defaults. */
int rp_config_init(rp_config *cfg);
void rp_config_dispose(rp_config *cfg);
/* Loads a .rampart.yaml file over the current values. Unknown keys, bad values and unknown
 * rule ids are RP_EINVAL with file:line in ctx. */
int rp_config_load_file(rp_config *cfg, rp_ctx *ctx, const char *path);
/* Looks for .rampart.yaml / .rampart.yml in dir; *out is the path (in cfg's arena) or NULL. */
int rp_config_find(const char **out, rp_config *cfg, const char *dir);
/* Applies RAMPART_* variables from the process environment (see docs/rampart.1). */
int rp_config_apply_env(rp_config *cfg, rp_ctx *ctx);
/* Setters shared by the file, environment and flag layers; each records the source. */
int rp_config_set_severities(rp_config *cfg, rp_ctx *ctx, const char *list, rp_cfg_source src);
int rp_config_set_fail_on(rp_config *cfg, rp_ctx *ctx, const char *sev, rp_cfg_source src);
int rp_config_set_exit_code(rp_config *cfg, rp_ctx *ctx, const char *code, rp_cfg_source src);
int rp_config_set_format(rp_config *cfg, rp_ctx *ctx, const char *fmt, rp_cfg_source src);
int rp_config_set_bool(rp_config *cfg, rp_ctx *ctx, int field, const char *value,
                       rp_cfg_source src);
int rp_config_set_jobs(rp_config *cfg, rp_ctx *ctx, const char *value, rp_cfg_source src);
int rp_config_set_log_level(rp_config *cfg, rp_ctx *ctx, const char *value, rp_cfg_source src);
/* "v1.30", "1.30" or "latest". */
int rp_config_set_pss_version(rp_config *cfg, rp_ctx *ctx, const char *value, rp_cfg_source src);
/* Appends comma-separated patterns to skip_dirs or skip_files (field RP_CFG_SKIP_*). */
int rp_config_add_skip(rp_config *cfg, int field, const char *list, rp_cfg_source src);
/* Adds a trusted registry (hadolint's trustedRegistries; "*.example.com" wildcards allowed). */
int rp_config_add_trusted(rp_config *cfg, const char *registry, rp_cfg_source src);
/* True when registry (a host, "docker.io" for Docker Hub) matches a trusted-registries entry:
 * "*" allows all, "*suffix" and "prefix*" match by suffix and prefix, anything else exactly
 * (any case); Docker Hub's names are one registry. */
bool rp_config_registry_trusted(const rp_config *cfg, const char *registry);
/* Rule enablement and severity overrides (by id, name or peer id). */
int rp_config_rule_enable(rp_config *cfg, rp_ctx *ctx, const char *rule, bool on);
int rp_config_rule_severity(rp_config *cfg, rp_ctx *ctx, const char *rule, rp_severity sev);
/* Marks ignore entries whose expiry date is today or earlier (today = "YYYY-MM-DD"; NULL for
 * the real date) and adds a warning to r (may be NULL) for each. */
void rp_config_check_expiry(rp_config *cfg, rp_report *r, const char *today);
/* Prints the effective configuration as YAML, each value with its source. */
int rp_config_print(FILE *out, const rp_config *cfg);

/* Suppression. Marks findings of r hidden by config ignores and by fingerprints of the JSON
 * report at cfg->baseline. */
int rp_suppress_apply(rp_report *r, const rp_config *cfg, rp_ctx *ctx);
/* Marks findings of r (those for path, from index first on) hidden by inline pragmas in src:
 * "rampart:ignore=ID[,ID] reason" on the finding's line or the line above; hadolint's
 * "hadolint ignore=DL..." on the line above and "hadolint global ignore=..."; trivy's
 * "trivy:ignore:ID" and checkov's "checkov:skip=ID". */
int rp_suppress_inline(rp_report *r, size_t first, const char *path, const char *src, size_t len);
/* Drops findings whose severity is not in cfg->severity_mask. */
void rp_report_filter_severity(rp_report *r, unsigned severity_mask);

/* Gitignore-style match of a slash-separated relative path: "*" and "?" stay inside one
 * component, "**" crosses components, a pattern without "/" matches any component, a leading
 * "/" anchors, a trailing "/" matches directories only. */
bool rp_glob_match(const char *pattern, const char *path, bool is_dir);

#ifdef __cplusplus
}
#endif
#endif
