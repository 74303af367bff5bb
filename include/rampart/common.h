/* rampart: error codes, the error context, limits and logging shared by every module. */
#ifndef RAMPART_COMMON_H
#define RAMPART_COMMON_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define RP_VERSION "0.1.0"

#if defined(__GNUC__)
#define RP_PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define RP_PRINTF(a, b)
#endif

/* Fallible functions return 0 or one of these (negative). */
enum {
    RP_OK = 0,
    RP_ENOMEM = -1,
    RP_EINVAL = -2,
    RP_EPARSE = -3,
    RP_ELIMIT = -4,
    RP_ENOTFOUND = -5,
    RP_EIO = -6,
    RP_EUNSUPPORTED = -7,
    RP_ETIMEOUT = -8,
    RP_EDB = -9,
    RP_EVERIFY = -10,
};

/* Short lowercase name of an error code ("parse error"); never NULL. */
const char *rp_strerror(int err);

/* Details of the last error of one operation. One per thread of work: never shared. */
typedef struct rp_ctx {
    int code;
    char path[1024]; /* file, image or object the error is about; "" when none */
    uint32_t line;   /* 1-based; 0 when not known */
    uint32_t column; /* 1-based; 0 when not known */
    char msg[1024];
} rp_ctx;

void rp_ctx_clear(rp_ctx *ctx);

/* Records an error in ctx (which may be NULL) and returns code, so callers can
 * `return rp_ctx_set(...)`. path may be NULL. */
int rp_ctx_set(rp_ctx *ctx, int code, const char *path, uint32_t line, uint32_t column,
               const char *fmt, ...) RP_PRINTF(6, 7);

/* Formats ctx as "path:line:col: message" into buf. Returns buf. */
const char *rp_ctx_format(const rp_ctx *ctx, char *buf, size_t size);

/* Every cap on untrusted input, in one place; passed to every parser.
 * Defaults are documented in docs/internals/core.md and set by rp_limits_default. */
typedef struct rp_limits {
    size_t max_file_bytes;      /* one input file read into memory (64 MiB) */
    size_t max_line_bytes;      /* one logical Dockerfile line after continuations (1 MiB) */
    uint32_t max_instructions;  /* instructions per Dockerfile (10,000) */
    uint32_t max_heredocs;      /* heredocs per instruction (64) */
    size_t max_expansion_bytes; /* result of one ${VAR} substitution (64 KiB) */
    uint32_t max_shell_depth;   /* nesting of subshells, $(...) and sh -c (32) */
    uint32_t max_shell_commands; /* simple commands per RUN (10,000) */
    uint32_t max_doc_depth;     /* YAML/JSON nesting (128) */
    size_t max_doc_nodes;       /* nodes per YAML/JSON file incl. alias expansion (16,000,000) */
    size_t max_alias_nodes;     /* nodes reachable through aliases per file (100,000) */
    size_t max_scalar_bytes;    /* one YAML/JSON scalar (4 MiB) */
    uint32_t max_documents;     /* documents in one YAML stream (100,000) */
    uint32_t max_dir_depth;     /* directory nesting while walking (64) */
    size_t max_files;           /* files visited per scan (1,000,000) */
    size_t max_findings;        /* findings per target (100,000) */
    size_t max_k8s_objects;     /* Kubernetes objects per scan (1,000,000) */
} rp_limits;

void rp_limits_default(rp_limits *out);

/* Logging goes to stderr only. The level is process-wide; messages are whole lines. */
typedef enum rp_log_level {
    RP_LOG_ERROR = 0,
    RP_LOG_WARN = 1,
    RP_LOG_INFO = 2,
    RP_LOG_DEBUG = 3,
} rp_log_level;

void rp_log_set_level(rp_log_level level);
rp_log_level rp_log_get_level(void);
/* Parses "error|warn|warning|info|debug"; returns RP_EINVAL on anything else. */
int rp_log_level_parse(rp_log_level *out, const char *s);
void rp_log(rp_log_level level, const char *fmt, ...) RP_PRINTF(2, 3);
void rp_log_ctx(rp_log_level level, const rp_ctx *ctx);

#ifdef __cplusplus
}
#endif
#endif
