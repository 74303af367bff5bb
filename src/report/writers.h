/* The report writers and what they share. Internal to src/report. */
#ifndef RP_REPORT_WRITERS_H
#define RP_REPORT_WRITERS_H

#include <stdbool.h>
#include <stdio.h>

#include <jansson.h>

#include "rampart/buf.h"
#include "rampart/report.h"

/* Each prints a finalized report to out and returns 0, RP_ENOMEM or RP_EIO. They never
 * change the report and never analyse: what rp_report_finalize left is what they print. */
int rp__write_table(FILE *out, const rp_report *r, const rp_write_opts *opts);
int rp__write_json(FILE *out, const rp_report *r, const rp_write_opts *opts);
int rp__write_sarif(FILE *out, const rp_report *r, const rp_write_opts *opts);
int rp__write_junit(FILE *out, const rp_report *r, const rp_write_opts *opts);

/* True when f is printed under opts: unsuppressed, or suppressed with show_suppressed. */
bool rp__write_shown(const rp_finding *f, const rp_write_opts *opts);

/* Findings grouped by target in report order: target t owns idx[first[t] .. first[t + 1]).
 * Findings naming no known target are left out. The caller frees both arrays. */
int rp__write_by_target(size_t **idx, size_t **first, const rp_report *r);

/* Length (1-4) of the valid UTF-8 sequence that starts p, or 0 when p[0] starts none
 * (a stray byte, an overlong form, a surrogate, a NUL). len must be at least 1. */
size_t rp__write_utf8_seq(const char *p, size_t len);

/* Appends s to b as UTF-8, each byte that is not part of a valid sequence replaced by
 * U+FFFD. NULL appends nothing. */
int rp__write_utf8_put(rp_buf *b, const char *s);

/* A JSON string holding s ("" for NULL); invalid UTF-8 becomes U+FFFD rather than failing,
 * since report strings come from hostile input. NULL only when out of memory. */
json_t *rp__write_jtext(const char *s);

/* Returns o, or NULL after freeing it when bad (some json_*_set_new failed: out of memory).
 * Builders OR the results of their set and append calls into bad and end with this. */
json_t *rp__write_jdone(json_t *o, int bad);

/* Dumps doc with a 2-space indent in insertion order, then a newline, and flushes.
 * RP_EIO when any of it fails. */
int rp__write_jdump(FILE *out, const json_t *doc);

/* An output stream that remembers its first failure, so that writers check once at the end
 * instead of after every fprintf. */
typedef struct rp__sink {
    FILE *f;
    int err; /* RP_EIO once a write failed */
} rp__sink;

void rp__sink_put(rp__sink *s, const char *p, size_t len);
void rp__sink_puts(rp__sink *s, const char *str);
void rp__sink_printf(rp__sink *s, const char *fmt, ...) RP_PRINTF(2, 3);
/* Flushes; returns the first failure (RP_EIO) or 0. */
int rp__sink_end(rp__sink *s);

#endif
