/* Credentials in manifest text: the values of ConfigMaps and Secrets, and the config files
 * embedded in them. Used by the object rules (RP-K8S-050, RP-K8S-051); usable for env values.
 * All functions take (pointer, length) spans: values are not NUL-terminated at line ends. */
#ifndef RP_K8S_CREDS_H
#define RP_K8S_CREDS_H

#include <stdbool.h>
#include <stddef.h>

/* What a text holds, weakest first (a stronger kind wins when a text holds several). */
typedef enum rp__k8s_cred_kind {
    RP_CRED_NONE = 0,
    RP_CRED_ASSIGN,      /* password = literal, "token": "literal" in a config file */
    RP_CRED_URL,         /* a URL with a literal password */
    RP_CRED_AWS_KEY,     /* an AWS access key id (AKIA..., ASIA...) */
    RP_CRED_PRIVATE_KEY, /* a PEM private key block */
} rp__k8s_cred_kind;

typedef struct rp__k8s_cred {
    rp__k8s_cred_kind kind;
    unsigned line;  /* 1-based line of the text where it is */
    char what[320]; /* a description with the secret redacted */
} rp__k8s_cred;

/* Finds the strongest credential in text [p, p+n): true with *out filled. */
bool rp__k8s_find_cred(rp__k8s_cred *out, const char *p, size_t n);

/* True when a key or variable name says it holds a secret: password, passwd, secret, token,
 * api key, private key, access key... (camelCase, snake_case, kebab-case and dotted names).
 * Stricter than rp__df_secret_name: "key", "auth" and "credentials" alone do not count, since
 * config files use them for everything. *known when it is a well-known credential variable. */
bool rp__k8s_secret_key(const char *key, size_t klen, bool *known);

/* True when value [v, v+n) stored under a secret-like key holds no secret: empty, a switch,
 * a placeholder, a reference to a secret store, a path for *_FILE names, a URL without a
 * password, a small number, or metadata (*_NAME, *_TTL, existingSecret...). */
bool rp__k8s_secret_value_exempt(const char *key, size_t klen, bool known, const char *v, size_t n);

/* True for an empty value or an obvious placeholder: changeme, REPLACE_ME, <password>,
 * ${VAR}, $(VAR), {{ .Values.x }}, xxxx, ****. */
bool rp__k8s_placeholder(const char *p, size_t n);

/* Writes the first characters of a secret (at most 4) followed by an ellipsis. */
void rp__k8s_redact(char *out, size_t size, const char *p, size_t n);

/* Decodes standard base64 (whitespace ignored) into out (at most cap bytes); *ok false when
 * the input is not base64. Returns the decoded length (capped). */
size_t rp__k8s_b64_decode(unsigned char *out, size_t cap, const char *p, size_t n, bool *ok);

/* True when [p, p+n) holds a PEM private key block. */
bool rp__k8s_has_private_key(const char *p, size_t n);

#endif
