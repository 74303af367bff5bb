/* Secret rules as data: a catalogue row plus how to find and confirm the secret. Each
 * rules_<group>.c holds a NULL-terminated table of them; rules.c lists the tables. */
#ifndef RP_SECRET_RULES_H
#define RP_SECRET_RULES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "rampart/rules.h"
#include "rampart/secrets.h"

/* Rule flags. */
enum {
    RP_SF_CASELESS = 1 << 0,  /* the prefilter matches in any letter case */
    RP_SF_MULTILINE = 1 << 1, /* the secret may span lines (PEM blocks): see window */
    RP_SF_GENERIC = 1 << 2,   /* keyword = value: stopwords, identifier and placeholder filters
                                 apply, and the confidence is low */
    RP_SF_KEEP_PLACEHOLDERS = 1 << 3, /* do not drop values that look like placeholders (a
                                         format so specific that "example" text cannot be one) */
};

typedef struct rp__secret_rule {
    rp_rule rule;          /* the catalogue row: id "RP-SEC-GITHUB-PAT", name "secret-github-pat",
                              analyzer "secrets", severity, title, description, remediation,
                              refs {"gitleaks:github-pat", NULL} (the Gitleaks rule id when one
                              exists), notes, bad/good (redacted, made-up examples) */
    const char *prefilter; /* Hyperscan expression: no captures, back-references or lookaround;
                              literal-led where possible (it is what makes the scan fast); its
                              match must end inside the secret or its immediate context */
    const char *regex;     /* PCRE2 expression run on the window around each prefilter hit (and
                              alone by the PCRE2 backend); the secret is the group named
                              "secret", else group 1, else the whole match; boundaries belong
                              here (\b, (?<![\w]), (?![\w])) */
    unsigned flags;        /* RP_SF_* */
    uint32_t before;       /* window: bytes before the prefilter match's end ... */
    uint32_t after;        /* ... and after it; both 0 = the line holding the match's end */
    double entropy;        /* minimum Shannon entropy of the secret in bits per character
                              (0 = no check) */
    bool (*valid)(const char *s, size_t n); /* checksum or structure check of the secret;
                                               NULL = none; false drops the match */
    const char *const *stopwords; /* case-insensitive substrings that mark a decoy; may be NULL */
    rp_secret_confidence confidence;
} rp__secret_rule;

/* The tables (rules.c lists them, NULL-terminated each). */
extern const rp__secret_rule *const rp__secret_rules_core[];
extern const rp__secret_rule *const rp__secret_rules_cloud[];
extern const rp__secret_rule *const rp__secret_rules_saas[];

/* Every table in order, NULL-terminated. */
extern const rp__secret_rule *const *const rp__secret_tables[];

/* Validators shared by the tables (checks.c). */
bool rp__sec_crc32_base62(const char *s, size_t n); /* GitHub gh?_ and npm_: the last 6
                                                       characters are base62(CRC32(the 30
                                                       before)) after the prefix */
bool rp__sec_jwt(const char *s, size_t n);          /* header and payload decode to JSON
                                                       objects, the header names an alg */
bool rp__sec_base64_userpass(const char *s, size_t n); /* base64 of "user:password" with a
                                                          non-empty password */
double rp__sec_entropy(const char *s, size_t n);   /* Shannon entropy, bits per character */
/* True when a value is a reference or a placeholder, not a secret: ${VAR}, $VAR, $(cmd),
 * {{ x }}, <value>, %VAR%, @VAR@, xxxx, ****, changeme, EXAMPLE keys, true/false/null... */
bool rp__sec_placeholder(const char *s, size_t n);

#endif
