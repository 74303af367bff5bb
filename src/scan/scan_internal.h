#ifndef RP_SCAN_INTERNAL_H
#define RP_SCAN_INTERNAL_H

#include "rampart/doc.h"
#include "rampart/scan.h"

/* Reads path and scans it as kind, adding one target named display. */
int rp__scan_file(rp_report *r, const char *path, const char *display, const char *kind,
                  const rp_scan_opts *o);

/* A Kubernetes input, read and parsed by a worker, analysed with the others. */
typedef struct rp__k8s_input {
    const char *path;
    const char *display;
    bool named;         /* named on the command line: problems are reported, not skipped */
    bool read;          /* prepared */
    char *text;         /* the file's bytes (malloc'd) */
    size_t len;
    rp_docset *docs;    /* NULL when the parse failed */
    rp_ctx ctx;         /* the read or parse error */
    int err;            /* RP_E* of that error, 0 when parsed */
} rp__k8s_input;

/* Reads and parses a Kubernetes input (called from worker threads). */
int rp__k8s_prepare(rp__k8s_input *in, const char *path, const char *display, bool named,
                    const rp_scan_opts *o);
/* Parses in->text (already read) into in->docs, or records the error. */
int rp__k8s_parse(rp__k8s_input *in, const rp_scan_opts *o);
void rp__k8s_input_dispose(rp__k8s_input *in);
/* A Dockerfile or something else: the first instruction-looking line decides (stdin). */
bool rp__looks_like_dockerfile(const char *buf, size_t len);
/* Indexes the parsed inputs (in order), adds their targets, analyses them. */
int rp__scan_k8s(rp_report *r, rp__k8s_input **inputs, size_t n, const rp_scan_opts *o);

#endif
