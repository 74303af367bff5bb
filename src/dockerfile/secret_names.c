/* Which variable names hold secrets (hadolint DL3064's list and substrings, Trivy DS031's
 * word regex and list), and which values say they do not after all. Shared by the Dockerfile
 * rules and, later, the image config checks. */
#include <ctype.h>
#include <string.h>

#include "core/util.h"
#include "dockerfile/secret_names.h"

bool
rp__df_is_falsy(const char *v)
{
    static const char *const no[] = {"0", "false", "no", "off", NULL};

    for (size_t i = 0; v && no[i]; i++)
        if (rp__str_eq_ci(v, no[i]))
            return true;
    return false;
}

bool
rp__df_is_truthy(const char *v)
{
    static const char *const yes[] = {"1", "true", "yes", "on", NULL};

    for (size_t i = 0; v && yes[i]; i++)
        if (rp__str_eq_ci(v, yes[i]))
            return true;
    return false;
}

/* The user-info of the first URL in w that has one ("https://user:pw@host/..."): true with
 * *ui and *len set. */
bool
rp__df_url_userinfo(const char *w, const char **ui, size_t *len)
{
    for (const char *p = strstr(w, "://"); p; p = strstr(p, "://")) {
        size_t n;
        p += 3;
        n = strcspn(p, "/@ ");
        if (p[n] == '@' && n > 0) {
            *ui = p;
            *len = n;
            return true;
        }
    }
    return false;
}

/* True when w holds a URL with a non-empty password; *literal when the password has no
 * variable in it. */
bool
rp__df_url_password(const char *w, bool *literal)
{
    const char *ui, *colon;
    size_t len;

    if (!w || !rp__df_url_userinfo(w, &ui, &len) || !(colon = memchr(ui, ':', len)) ||
        colon + 1 == ui + len)
        return false;
    if (literal)
        *literal = !memchr(colon + 1, '$', (size_t)(ui + len - colon - 1));
    return true;
}

#define NAME_WORDS 16

/* A variable name lowercased and cut into words at '_', '-' and '.'. */
typedef struct name_words {
    char low[128];
    char split[128];
    const char *w[NAME_WORDS];
    size_t n;
} name_words;

static void
split_name(name_words *nw, const char *name)
{
    size_t k = 0;
    char *p;

    for (; name[k] && k + 1 < sizeof(nw->low); k++)
        nw->low[k] = (char)tolower((unsigned char)name[k]);
    nw->low[k] = '\0';
    memcpy(nw->split, nw->low, k + 1);
    nw->n = 0;
    for (p = nw->split;;) {
        char *s = p;
        bool end;
        while (*p && *p != '_' && *p != '-' && *p != '.')
            p++;
        end = !*p;
        *p = '\0';
        if (*s && nw->n < NAME_WORDS)
            nw->w[nw->n++] = s;
        if (end)
            break;
        p++;
    }
}

static bool
has_word(const name_words *nw, const char *w)
{
    for (size_t i = 0; i < nw->n; i++)
        if (strcmp(nw->w[i], w) == 0)
            return true;
    return false;
}

/* Credential variables named by the peers (hadolint DL3064, Trivy DS031), lowercased.
 * DL3064's identifiers (DOCKER_USERNAME, TRAVIS_OS_NAME, ...) are left out on purpose. */
static const char *const known_secrets[] = {"access_token",
                                            "application_key",
                                            "app_secret",
                                            "auth_token",
                                            "aws_access_key_id",
                                            "aws_secret_access_key",
                                            "aws_session_token",
                                            "azure_client_secret",
                                            "bittrex_api_key",
                                            "bittrex_api_secret",
                                            "cf_password",
                                            "ci_deploy_password",
                                            "circle_token",
                                            "digitalocean_access_token",
                                            "dockerhub_password",
                                            "docker_password",
                                            "facebook_access_token",
                                            "facebook_app_secret",
                                            "firebase_api_token",
                                            "firebase_token",
                                            "fossa_api_key",
                                            "gh_enterprise_token",
                                            "gh_token",
                                            "github_enterprise_token",
                                            "github_token",
                                            "google_api_key",
                                            "heroku_api_key",
                                            "hf_token",
                                            "langchain_api_key",
                                            "langsmith_api_key",
                                            "npm_auth_token",
                                            "npm_token",
                                            "okta_client_token",
                                            "okta_oauth2_clientsecret",
                                            "openai_api_key",
                                            "os_password",
                                            "postgres_password",
                                            "slack_token",
                                            "stripe_api_key",
                                            "vault_client_key",
                                            "vault_token",
                                            NULL};

/* Names that look secret but are not. */
static const char *const not_secrets[] = {"apt_key_dont_warn_on_dangerous_usage",
                                          "tokenizers_parallelism", NULL};

/* Trivy's secret-file variables: a path, checked by RP-DF-073 when the file is copied. */
static const char *const file_envs[] = {"aws_config_file", "aws_shared_credentials_file",
                                        "google_application_credentials", "hf_token_path", NULL};

/* The secret word a name contains ("token", "password", "key", ...), or NULL. *known when
 * the name is a well-known credential variable. */
static const char *
secret_term(const name_words *nw, bool *known)
{
    static const char *const subs[] = {"password",    "passwd",     "passphrase", "secret",
                                       "token",       "api_key",    "apikey",     "client_key",
                                       "private_key", "privatekey", NULL};
    static const char *const words[] = {"auth",  "credential", "credentials", "key",
                                        "pword", "psw",        NULL};
    const char *base = nw->low, *term = NULL;

    *known = false;
    for (size_t i = 0; subs[i] && !term; i++)
        if (strstr(nw->low, subs[i]))
            term = subs[i];
    for (size_t i = 0; words[i] && !term; i++)
        if (has_word(nw, words[i]))
            term = words[i];
    if (!term || rp__str_in(nw->low, not_secrets))
        return NULL;
    if (rp__str_starts(base, "vite_"))
        base += 5;
    else if (rp__str_starts(base, "react_app_"))
        base += 10;
    if (rp__str_in(base, known_secrets)) {
        *known = true;
        return base;
    }
    for (size_t i = 0; i < nw->n; i++)
        if (rp__str_starts(nw->w[i], "public") || strcmp(nw->w[i], "publishable") == 0)
            return NULL;
    /* GPG_KEY holds a public key's fingerprint (the official images set it) */
    if (strcmp(term, "key") == 0 && (has_word(nw, "gpg") || has_word(nw, "pgp")))
        return NULL;
    return term;
}

enum { Q_NONE, Q_PATH, Q_URL, Q_META };

/* What the last word says the variable holds: a path, an address, or data about a secret. */
static int
qualifier(const name_words *nw)
{
    static const char *const path[] = {"file",   "files", "path",   "dir",  "directory",
                                       "folder", "sock",  "socket", "home", NULL};
    static const char *const url[] = {"url",    "uri",  "endpoint", "host", "hostname",
                                      "server", "addr", "address",  NULL};
    static const char *const meta[] = {
        "id",         "name",     "type",     "header",   "ttl",      "expiry", "expires",
        "expiration", "lifetime", "timeout",  "length",   "size",     "bits",   "algorithm",
        "alg",        "enabled",  "disabled", "required", "mode",     "method", "provider",
        "version",    "format",   "prefix",   "user",     "username", "email",  "login",
        "region",     "scope",    "scopes",   "audience", "issuer",   NULL};
    const char *last = nw->n ? nw->w[nw->n - 1] : "";

    if (rp__str_in(nw->low, file_envs) || rp__str_in(last, path))
        return Q_PATH;
    if (rp__str_in(last, url))
        return Q_URL;
    return rp__str_in(last, meta) ? Q_META : Q_NONE;
}

/* A value that names a file: "/run/secrets/db", "./pw", "$HOME/x", "C:\\s", "db.txt". */
static bool
path_like(const char *v)
{
    const char *dot;
    size_t ext;

    if (!v || !*v || strchr("/.~$\\", v[0]))
        return true;
    if (isalpha((unsigned char)v[0]) && v[1] == ':' && (v[2] == '\\' || v[2] == '/'))
        return true;
    if (strpbrk(v, " \t") || strstr(v, "://"))
        return false;
    if (strchr(v, '/'))
        return true;
    dot = strrchr(v, '.');
    ext = dot ? strlen(dot + 1) : 0;
    if (!dot || ext < 1 || ext > 5)
        return false;
    for (const char *p = dot + 1; *p; p++)
        if (!isalnum((unsigned char)*p))
            return false;
    return true;
}

/* An absolute path under a usual top-level directory: "/run/secrets/db", "/etc/ssl/k.pem".
 * (A bare leading '/' is not enough: base64 secrets can start with one.) */
static bool
abs_path_value(const char *v)
{
    static const char *const tops[] = {"etc",  "run",  "var",   "opt",    "usr",     "home",
                                       "root", "app",  "srv",   "tmp",    "secrets", "certs",
                                       "ssl",  "keys", "data",  "config", "mnt",     "workspace",
                                       "code", "src",  "vault", "kaniko", NULL};
    char top[16];
    size_t n;

    if (!v || v[0] != '/' || strpbrk(v, " \t:@"))
        return false;
    n = strcspn(v + 1, "/");
    if (n == 0 || n >= sizeof(top) || v[1 + n] != '/')
        return false;
    memcpy(top, v + 1, n);
    top[n] = '\0';
    return rp__str_in(top, tops);
}

/* True when the name and value say this is no secret after all. */
static bool
exempt_by_value(const name_words *nw, bool known, const char *v, bool env)
{
    if (v && env && !*v)
        return true; /* ENV TOKEN="" stores nothing */
    if (v && (rp__df_is_falsy(v) || rp__df_is_truthy(v) || rp__str_eq_ci(v, "enabled") ||
              rp__str_eq_ci(v, "disabled")))
        return true; /* a switch: DISABLE_AUTH=true */
    if (known)
        return false;
    switch (qualifier(nw)) {
    case Q_PATH:
        return path_like(v);
    case Q_URL:
        return !rp__df_url_password(v, NULL);
    case Q_META:
        return true;
    default:
        return abs_path_value(v); /* SSL_KEY=/etc/ssl/private/server.key names a file */
    }
}

bool
rp__df_secret_name(const char *name, bool *known)
{
    name_words nw;

    split_name(&nw, name);
    return secret_term(&nw, known) != NULL;
}

bool
rp__df_secret_value_exempt(const char *name, bool known, const char *value, bool env)
{
    name_words nw;

    split_name(&nw, name);
    return exempt_by_value(&nw, known, value, env);
}
