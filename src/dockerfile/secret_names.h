#ifndef RP_DF_SECRET_NAMES_H
#define RP_DF_SECRET_NAMES_H

#include <stdbool.h>
#include <stddef.h>

/* True when a variable name holds a secret word ("token", "password", "key", ...); *known
 * when it is a well-known credential variable (AWS_SECRET_ACCESS_KEY, GITHUB_TOKEN, ...;
 * VITE_/REACT_APP_ prefixes allowed). */
bool rp__df_secret_name(const char *name, bool *known);
/* True when the value shows that a secret-like name holds no secret: an empty ENV, a switch
 * (true/off), a path for *_FILE or *_PATH names, an address without a password for *_URL
 * names, metadata (*_ID, *_TTL, ...). value may be NULL (ARG without a default). */
bool rp__df_secret_value_exempt(const char *name, bool known, const char *value, bool env);
/* True when w holds a URL with a non-empty password; *literal (may be NULL) when the password
 * holds no variable. */
bool rp__df_url_password(const char *w, bool *literal);
/* The user-info of the first URL in w that has one ("https://user:pw@host"): true with
 * *ui and *len set. */
bool rp__df_url_userinfo(const char *w, const char **ui, size_t *len);
bool rp__df_is_falsy(const char *v);  /* 0 false no off (any case) */
bool rp__df_is_truthy(const char *v); /* 1 true yes on (any case) */

#endif
