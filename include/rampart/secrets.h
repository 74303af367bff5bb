/* The secrets engine: finds credentials in any text, fast, with few false alarms. One compiled
 * rule set (Hyperscan when available, PCRE2 otherwise) is shared by every thread; each thread
 * scans with its own scratch. A found value is never kept or printed whole. */
#ifndef RAMPART_SECRETS_H
#define RAMPART_SECRETS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "common.h"
#include "rules.h"

#ifdef __cplusplus
extern "C" {
#endif

struct rp_config;

typedef struct rp_secrets rp_secrets;                 /* compiled rules; read-only once built */
typedef struct rp_secrets_scratch rp_secrets_scratch; /* per thread */

typedef enum rp_secret_confidence {
    RP_SECRET_LOW = 0,    /* a generic keyword = high-entropy value */
    RP_SECRET_MEDIUM = 1, /* a provider format without a checksum or fixed context */
    RP_SECRET_HIGH = 2,   /* a checksum, a structure or a unique prefix confirms it */
} rp_secret_confidence;

const char *rp_secret_confidence_name(rp_secret_confidence c); /* "low", "medium", "high" */

/* One confirmed secret in a scanned buffer. Strings live in the scratch until the next scan. */
typedef struct rp_secret_match {
    const rp_rule *rule;     /* RP-SEC-* (a catalogue row, or a custom rule of the config) */
    size_t start, end;       /* the secret's bytes within the buffer */
    uint32_t line, column;   /* 1-based position of start */
    uint32_t end_line;       /* line of the last byte (multi-line secrets: PEM blocks) */
    rp_secret_confidence confidence;
    char redacted[32];       /* the first 4 characters and "…": all a report ever shows */
    char hash[65];           /* hex SHA-256 of rule id and value: names it without showing it */
} rp_secret_match;

/* Called for each confirmed secret, in buffer order. A non-zero return stops the scan and is
 * returned by rp_secrets_scan. */
typedef int (*rp_secret_cb)(const rp_secret_match *m, void *payload);

enum {
    RP_SECRETS_PCRE_ONLY = 1 << 0, /* do not use Hyperscan even when it is built in */
    RP_SECRETS_NO_CACHE = 1 << 1,  /* do not read or write the compiled database cache */
};

/* Builds the engine from every RP-SEC rule of the catalogue plus the custom rules of cfg (may
 * be NULL). With Hyperscan the compiled database is cached under cache_dir (NULL: $XDG_CACHE_HOME
 * or ~/.cache, then "rampart"), keyed by a hash of the rule set, so later starts are instant.
 * Errors (a bad custom regex) are RP_EINVAL with ctx naming the rule. */
int rp_secrets_new(rp_secrets **out, rp_ctx *ctx, const struct rp_config *cfg,
                   const char *cache_dir, unsigned flags);
void rp_secrets_free(rp_secrets *s);
/* "hyperscan" or "pcre2". */
const char *rp_secrets_backend(const rp_secrets *s);
/* True when the database came from the cache (for tests and logs). */
bool rp_secrets_from_cache(const rp_secrets *s);

int rp_secrets_scratch_new(rp_secrets_scratch **out, const rp_secrets *s);
void rp_secrets_scratch_free(rp_secrets_scratch *sc);

/* Scans buf (any bytes; NULs allowed). path (may be NULL) lets path allowlists apply (lockfiles,
 * test fixtures). Returns 0, the callback's non-zero value, or RP_ENOMEM/RP_ELIMIT (ctx set). */
int rp_secrets_scan(const rp_secrets *s, rp_secrets_scratch *sc, rp_ctx *ctx, const char *path,
                    const char *buf, size_t len, rp_secret_cb cb, void *payload);

/* True when buf looks binary (NULs, or mostly non-text bytes in its first 8 KiB). */
bool rp_secrets_is_binary(const char *buf, size_t len);

#ifdef __cplusplus
}
#endif
#endif
