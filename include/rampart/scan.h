/* Scanning: walk paths, recognise what each file is, run the analyzers that know it. */
#ifndef RAMPART_SCAN_H
#define RAMPART_SCAN_H

#include <stdbool.h>
#include <stddef.h>

#include "common.h"
#include "config.h"
#include "report.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Which analyzers a scan runs. */
typedef enum rp_scan_mode {
    RP_SCAN_ALL = 0,        /* every analyzer that recognises a file */
    RP_SCAN_DOCKERFILE,     /* only Dockerfiles; files named explicitly are Dockerfiles */
    RP_SCAN_K8S,            /* only Kubernetes manifests; named files are manifests */
    RP_SCAN_COMPOSE,        /* only compose files; named files are compose files */
} rp_scan_mode;

typedef struct rp_scan_opts {
    const rp_config *cfg;   /* required */
    rp_scan_mode mode;
    /* Called from worker threads (serialised) as files finish; may be NULL. */
    void (*progress)(size_t done, size_t total, void *payload);
    void *payload;
} rp_scan_opts;

/* The analyzer that recognises a file by its name ("dockerfile"), or NULL. */
const char *rp_scan_detect(const char *path);

/* Scans files and directories (recursively, honouring cfg's skip patterns, never leaving the
 * named roots through symlinks) and "-" for stdin, adding targets and findings to r. Inline
 * pragmas are applied per file; config ignores, baseline, severity filter and finalize are the
 * caller's (see rp_scan_finish). Returns 0 even when inputs had errors (those are in r);
 * fails only on RP_ENOMEM or a bad option. */
int rp_scan_paths(rp_report *r, rp_ctx *ctx, const char *const *paths, size_t npaths,
                  const rp_scan_opts *opts);
/* Scans one in-memory input of a known analyzer kind. */
int rp_scan_buffer(rp_report *r, const char *name, const char *kind, const char *buf, size_t len,
                   const rp_scan_opts *opts);
/* Config ignores, baseline, severity filter, expiry warnings, finalize. */
int rp_scan_finish(rp_report *r, rp_ctx *ctx, rp_config *cfg);
/* The exit code for a finished report: 3 when any target has errors, else cfg->exit_code when
 * an unsuppressed finding is at or above cfg->fail_on, else 0. */
int rp_scan_exit_code(const rp_report *r, const rp_config *cfg);

#ifdef __cplusplus
}
#endif
#endif
