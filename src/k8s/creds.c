/* Credentials in manifest text. One pass over a value finds PEM private keys, AWS access key
 * ids, URLs with passwords and `password = literal` assignments in whatever config format a
 * ConfigMap embeds (properties, ini, YAML, JSON, .env, query strings). Names are judged with
 * the Dockerfile rules' word lists (rp__df_secret_name), narrowed for config files. */
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "core/util.h"
#include "dockerfile/secret_names.h"
#include "k8s/creds.h"

/* ---- spans ------------------------------------------------------------------------------ */

static bool
span_eq_ci(const char *p, size_t n, const char *s)
{
    size_t k = strlen(s);

    if (n != k)
        return false;
    for (size_t i = 0; i < n; i++)
        if (tolower((unsigned char)p[i]) != tolower((unsigned char)s[i]))
            return false;
    return true;
}

static bool
span_starts_ci(const char *p, size_t n, const char *s)
{
    size_t k = strlen(s);

    return n >= k && span_eq_ci(p, k, s);
}

static const char *
span_find(const char *p, size_t n, const char *s)
{
    size_t k = strlen(s);

    for (size_t i = 0; k && i + k <= n; i++)
        if (p[i] == s[0] && memcmp(p + i, s, k) == 0)
            return p + i;
    return NULL;
}

static void
span_trim(const char **p, size_t *n)
{
    while (*n && isspace((unsigned char)**p)) {
        (*p)++;
        (*n)--;
    }
    while (*n && isspace((unsigned char)(*p)[*n - 1]))
        (*n)--;
}

/* Trims, then removes one pair of matching quotes. */
static void
span_unquote(const char **p, size_t *n)
{
    span_trim(p, n);
    if (*n >= 2 && ((*p)[0] == '"' || (*p)[0] == '\'') && (*p)[*n - 1] == (*p)[0]) {
        (*p)++;
        *n -= 2;
        span_trim(p, n);
    }
}

/* ---- placeholders and redaction ----------------------------------------------------------- */

bool
rp__k8s_placeholder(const char *p, size_t n)
{
    static const char *const words[] = {
        "changeme",   "change_me", "change-me", "changeit", "replaceme", "replace_me",
        "replace-me", "todo",      "tbd",       "fixme",    "dummy",     "placeholder",
        "redacted",   "none",      "null",      "nil",      "~",         "undefined",
        "n/a",        "empty",     NULL};
    static const char *const prefixes[] = {
        "replace_with", "replace-with", "replace with", "your_",    "your-",    "your ",
        "insert_",      "insert-",      "insert your",  "put_your", "put-your", "enter_your",
        "enter-your",   "change_this",  "change-this",  NULL};
    bool filler = true;

    span_unquote(&p, &n);
    if (!n)
        return true;
    if (p[0] == '<' && p[n - 1] == '>')
        return true; /* <password> */
    if (span_find(p, n, "{{"))
        return true; /* a Helm or Go template */
    if (n >= 2 && (p[0] == '$' || p[0] == '%' || p[0] == '#' || p[0] == '@') &&
        (p[1] == '{' || p[1] == '('))
        return true; /* ${VAR} $(VAR) %{VAR} #{VAR} @{VAR} */
    if (n >= 2 && p[0] == '$' && (isupper((unsigned char)p[1]) || p[1] == '_'))
        return true; /* $VAR */
    for (size_t i = 0; i < n && filler; i++)
        filler = strchr("xX*.-_#?", p[i]) != NULL;
    if (filler)
        return true;
    for (size_t i = 0; words[i]; i++)
        if (span_eq_ci(p, n, words[i]))
            return true;
    for (size_t i = 0; prefixes[i]; i++)
        if (span_starts_ci(p, n, prefixes[i]))
            return true;
    return false;
}

void
rp__k8s_redact(char *out, size_t size, const char *p, size_t n)
{
    size_t k = n >= 16 ? 4 : n / 4, o = 0;

    if (!size)
        return;
    for (size_t i = 0; i < k && o + 1 < size; i++)
        out[o++] = isprint((unsigned char)p[i]) ? p[i] : '?';
    snprintf(out + o, size - o, "\xe2\x80\xa6"); /* an ellipsis */
}

/* ---- base64 and PEM --------------------------------------------------------------------- */

static int
b64_value(int c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '+')
        return 62;
    if (c == '/')
        return 63;
    return -1;
}

size_t
rp__k8s_b64_decode(unsigned char *out, size_t cap, const char *p, size_t n, bool *ok)
{
    unsigned acc = 0, bits = 0;
    size_t o = 0;
    bool pad = false;

    *ok = true;
    for (size_t i = 0; i < n; i++) {
        int c = (unsigned char)p[i], v;
        if (isspace(c))
            continue;
        if (c == '=') {
            pad = true;
            continue;
        }
        if (pad || (v = b64_value(c)) < 0) {
            *ok = false;
            break;
        }
        acc = ((acc << 6) | (unsigned)v) & 0xffffu;
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            if (o < cap)
                out[o] = (unsigned char)(acc >> bits);
            o++;
        }
    }
    return o;
}

/* The length of a PEM private key header at p ("-----BEGIN RSA PRIVATE KEY-----") when a key
 * body follows it, else 0. */
static size_t
pem_private_at(const char *p, size_t n)
{
    const char *eol;
    size_t hlen, body = 0;

    if (n < 11 || memcmp(p, "-----BEGIN ", 11) != 0)
        return 0;
    /* bounded: a text of many "-----BEGIN " without newlines must not cost n^2 */
    eol = memchr(p, '\n', n < 81 ? n : 81);
    hlen = eol ? (size_t)(eol - p) : n;
    if (hlen > 80 || !span_find(p, hlen, "PRIVATE KEY"))
        return 0;
    /* a real key, not a "-----BEGIN PRIVATE KEY-----\n...\n" placeholder in a README */
    for (size_t i = hlen; i < n && i < hlen + 400 && p[i] != '-'; i++)
        body += b64_value((unsigned char)p[i]) >= 0;
    return body >= 40 ? hlen : 0;
}

bool
rp__k8s_has_private_key(const char *p, size_t n)
{
    for (const char *q = p; q && (size_t)(q - p) < n;) {
        q = span_find(q, n - (size_t)(q - p), "-----BEGIN ");
        if (!q)
            break;
        if (pem_private_at(q, n - (size_t)(q - p)))
            return true;
        q += 11;
    }
    return false;
}

/* ---- names ------------------------------------------------------------------------------ */

/* A key lowercased with its camelCase humps and separators turned into '_':
 * "dbPassword" -> "db_password", "spring.datasource.password" -> "spring_datasource_password",
 * "APIKey" -> "api_key", "--password" -> "password". Returns its length (0 when too long). */
static size_t
normalize(char *out, size_t size, const char *k, size_t n)
{
    size_t o = 0;

    while (n && strchr("-_.$@", *k)) {
        k++;
        n--;
    }
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)k[i];
        bool hump =
            isupper(c) && i > 0 &&
            (islower((unsigned char)k[i - 1]) || isdigit((unsigned char)k[i - 1]) ||
             (isupper((unsigned char)k[i - 1]) && i + 1 < n && islower((unsigned char)k[i + 1])));
        if (o + 3 >= size)
            return 0;
        if (hump && o && out[o - 1] != '_')
            out[o++] = '_';
        out[o++] = strchr("-. ", c) ? '_' : (char)tolower(c);
    }
    out[o] = '\0';
    return o;
}

typedef struct words {
    const char *w[16];
    size_t len[16];
    size_t n;
} words;

static void
split_words(words *ws, const char *norm)
{
    ws->n = 0;
    for (const char *p = norm; *p && ws->n < 16;) {
        size_t k = strcspn(p, "_");
        if (k) {
            ws->w[ws->n] = p;
            ws->len[ws->n++] = k;
        }
        p += k;
        while (*p == '_')
            p++;
    }
}

static bool
word_eq(const words *ws, size_t i, const char *s)
{
    return i < ws->n && strlen(s) == ws->len[i] && memcmp(ws->w[i], s, ws->len[i]) == 0;
}

static bool
word_in(const words *ws, size_t i, const char *const *list)
{
    for (size_t k = 0; list[k]; k++)
        if (word_eq(ws, i, list[k]))
            return true;
    return false;
}

/* A word that names a password ("password", "dbpassword", "passwords", "pwd"). */
static bool
password_word(const char *w, size_t n)
{
    static const char *const longs[] = {"password", "passwd", "passphrase", NULL};
    static const char *const shorts[] = {"pwd",  "pass",    "psw",   "pw",  "pword",
                                         "pswd", "passwrd", "pswrd", "pin", NULL};

    for (size_t i = 0; longs[i]; i++) {
        size_t tl = strlen(longs[i]);
        if (n >= tl && memcmp(w + n - tl, longs[i], tl) == 0)
            return true;
        if (n == tl + 1 && w[tl] == 's' && memcmp(w, longs[i], tl) == 0)
            return true;
    }
    for (size_t i = 0; shorts[i]; i++)
        if (n == strlen(shorts[i]) && memcmp(w, shorts[i], n) == 0)
            return true;
    return false;
}

/* A word that names a secret or a token ("secret", "clientsecret", "tokens", "apitoken"). */
static bool
secret_word(const char *w, size_t n)
{
    static const char *const terms[] = {"secret", "token", NULL};

    for (size_t i = 0; terms[i]; i++) {
        size_t tl = strlen(terms[i]);
        if (n >= tl && memcmp(w + n - tl, terms[i], tl) == 0)
            return true;
        if (n == tl + 1 && w[tl] == 's' && memcmp(w, terms[i], tl) == 0)
            return true;
    }
    return false;
}

/* Key words joined without separators: "api_key" -> "apikey". */
static bool
joined_key(const char *norm)
{
    static const char *const terms[] = {"apikey",        "privatekey", "accesskey", "signingkey",
                                        "encryptionkey", "clientkey",  "masterkey", NULL};
    char j[128];
    size_t o = 0;

    for (const char *p = norm; *p && o + 1 < sizeof(j); p++)
        if (*p != '_')
            j[o++] = *p;
    j[o] = '\0';
    for (size_t i = 0; terms[i]; i++)
        if (strstr(j, terms[i]))
            return true;
    return false;
}

bool
rp__k8s_secret_key(const char *key, size_t klen, bool *known)
{
    char norm[128];
    words ws;
    bool pw = false, strong = false;

    *known = false;
    if (!klen || !normalize(norm, sizeof(norm), key, klen))
        return false;
    split_words(&ws, norm);
    for (size_t i = 0; i < ws.n; i++) {
        pw = pw || password_word(ws.w[i], ws.len[i]);
        strong = strong || secret_word(ws.w[i], ws.len[i]);
    }
    if (!pw && !strong && !joined_key(norm))
        return false;
    /* the Dockerfile lists decide the rest: public keys, GPG_KEY, TOKENIZERS_PARALLELISM... */
    return rp__df_secret_name(norm, known) || pw;
}

/* Names whose value says something about a secret without being one. */
static bool
meta_name(const words *ws)
{
    static const char *const last[] = {
        "ref",       "refs",       "reference", "secs",      "seconds",      "minutes",
        "mins",      "hours",      "days",      "ms",        "duration",     "interval",
        "period",    "age",        "count",     "limit",     "max",          "min",
        "policy",    "strategy",   "source",    "store",     "backend",      "namespace",
        "mount",     "volume",     "field",     "label",     "labels",       "annotation",
        "selector",  "class",      "template",  "rotation",  "validity",     "env",
        "var",       "variable",   "param",     "parameter", "arn",          "kind",
        "location",  "generator",  "names",     "realm",     "audiences",    "types",
        "hash",      "claim",      "claims",    "cookie",    "headers",      "query",
        "attribute", "encryption", "hashing",   "algo",      "scheme",       "complexity",
        "strength",  "pattern",    "regex",     "prompt",    "reset",        "history",
        "attempts",  "retries",    "lockout",   "rules",     "command",      "cmd",
        "exec",      "script",     "helper",    "program",   "requirements", NULL};
    static const char *const first[] = {"existing", "max",     "min",      "num",      "use",
                                        "enable",   "enabled", "disable",  "disabled", "require",
                                        "required", "allow",   "skip",     "no",       "is",
                                        "has",      "show",    "validate", "verify",   NULL};

    return ws->n && (word_in(ws, ws->n - 1, last) || (ws->n > 1 && word_in(ws, 0, first)));
}

/* A pointer into a secret store or the environment, not the secret. */
static bool
store_reference(const char *v, size_t n)
{
    static const char *const code[] = {"process.env", "os.environ", "getenv", "System.getenv",
                                       "ENV[",        "env(",       NULL};

    static const char *const refs[] = {"vault:",
                                       "ref+",
                                       "arn:aws:secretsmanager:",
                                       "arn:aws:ssm:",
                                       "arn:aws:kms:",
                                       "projects/",
                                       "sm://",
                                       "awssm:",
                                       "azurekeyvault:",
                                       "gcp:secretmanager:",
                                       "secretkeyref",
                                       "file:",
                                       NULL};

    for (size_t i = 0; refs[i]; i++)
        if (span_starts_ci(v, n, refs[i]))
            return true;
    for (size_t i = 0; code[i]; i++)
        if (span_find(v, n, code[i]))
            return true;
    return false;
}

/* A URL whose password is literal. */
static bool
url_literal_password(const char *v, size_t n)
{
    char buf[512];
    bool lit = false;

    if (n >= sizeof(buf))
        n = sizeof(buf) - 1;
    memcpy(buf, v, n);
    buf[n] = '\0';
    return rp__df_url_password(buf, &lit) && lit;
}

bool
rp__k8s_secret_value_exempt(const char *key, size_t klen, bool known, const char *v, size_t n)
{
    char norm[128], val[512];
    words ws;
    bool digits = true, pw = false;

    span_unquote(&v, &n);
    if (rp__k8s_placeholder(v, n) || n < 4 || store_reference(v, n))
        return true;
    if (span_find(v, n, "EXAMPLE"))
        return true; /* the AWS documentation's AKIAIOSFODNN7EXAMPLE and friends */
    if (strchr("$%&*![{|>@", v[0]))
        return true; /* variables, YAML anchors, tags, block scalars, nested structures */
    if (!normalize(norm, sizeof(norm), key, klen))
        return true;
    split_words(&ws, norm);
    if (!known && meta_name(&ws))
        return true;
    for (size_t i = 0; i < n && digits; i++)
        digits = isdigit((unsigned char)v[i]) != 0;
    for (size_t i = 0; i < ws.n; i++)
        pw = pw || password_word(ws.w[i], ws.len[i]);
    if (digits && !pw)
        return true; /* max_tokens: 100000, TOKEN_TTL: 3600 */
    if (span_find(v, n, "://") && !url_literal_password(v, n))
        return true; /* token_url: https://... */
    if (n >= sizeof(val))
        n = sizeof(val) - 1;
    memcpy(val, v, n);
    val[n] = '\0';
    return rp__df_secret_value_exempt(norm, known, val, true);
}

/* ---- the scan ----------------------------------------------------------------------------- */

typedef struct scan {
    const char *p;
    size_t n;
    size_t ls;      /* start of the current line */
    unsigned line;  /* its number */
    bool comment;   /* the current line is a comment */
    size_t url_end; /* where the last URL looked at ends: URLs inside it are not rescanned */
    rp__k8s_cred *out;
} scan;

static void found(scan *s, rp__k8s_cred_kind kind, const char *fmt, ...) RP_PRINTF(3, 4);

static void
found(scan *s, rp__k8s_cred_kind kind, const char *fmt, ...)
{
    va_list ap;

    if (kind <= s->out->kind)
        return;
    s->out->kind = kind;
    s->out->line = s->line;
    va_start(ap, fmt);
    vsnprintf(s->out->what, sizeof(s->out->what), fmt, ap);
    va_end(ap);
}

static void
new_line(scan *s, size_t at)
{
    const char *p = s->p + at;
    size_t n = s->n - at;

    s->ls = at;
    while (n && (*p == ' ' || *p == '\t')) {
        p++;
        n--;
    }
    s->comment = n && (*p == '#' || *p == ';' ||
                       (span_starts_ci(p, n, "//") && (n == 2 || strchr(" \t\r\n/", p[2]))) ||
                       span_starts_ci(p, n, "<!--"));
}

static void
pem_at(scan *s, size_t i)
{
    size_t h = pem_private_at(s->p + i, s->n - i);

    if (h)
        found(s, RP_CRED_PRIVATE_KEY, "a PEM private key (%.*s)", (int)(h > 60 ? 60 : h), s->p + i);
}

static void
aws_at(scan *s, size_t i)
{
    static const char *const prefixes[] = {"AKIA", "ASIA", "ABIA", "ACCA", NULL};
    const char *p = s->p + i;
    bool ok = false;

    if (i + 20 > s->n || (i > 0 && isalnum((unsigned char)p[-1])) ||
        (i + 20 < s->n && isalnum((unsigned char)p[20])))
        return;
    for (size_t k = 0; prefixes[k] && !ok; k++)
        ok = memcmp(p, prefixes[k], 4) == 0;
    for (size_t k = 4; k < 20 && ok; k++)
        ok = isupper((unsigned char)p[k]) || isdigit((unsigned char)p[k]);
    if (ok && !span_find(p, 20, "EXAMPLE"))
        found(s, RP_CRED_AWS_KEY, "an AWS access key id (%.4s\xe2\x80\xa6)", p);
}

/* At the ':' of "://". */
static void
url_at(scan *s, size_t i)
{
    const char *p = s->p, *ui, *colon;
    size_t b = i, e = i + 3, len;
    char buf[512];
    bool lit = false;

    while (b > s->ls && (isalnum((unsigned char)p[b - 1]) || strchr("+.-", p[b - 1])))
        b--;
    if (b == i)
        return;
    if (i < s->url_end)
        return;
    while (e < s->n && e - b < sizeof(buf) - 1 && !isspace((unsigned char)p[e]) &&
           !strchr("\"'<>`", p[e]))
        e++;
    s->url_end = e;
    memcpy(buf, p + b, e - b);
    buf[e - b] = '\0';
    if (!rp__df_url_password(buf, &lit) || !lit || !rp__df_url_userinfo(buf, &ui, &len) ||
        !(colon = memchr(ui, ':', len)))
        return;
    if (rp__k8s_placeholder(colon + 1, (size_t)(ui + len - colon - 1)))
        return;
    found(s, RP_CRED_URL, "a URL with a password (%.*s\xe2\x80\xa6%.40s)", (int)(colon + 1 - buf),
          buf, ui + len);
}

static bool
key_char(char c)
{
    return isalnum((unsigned char)c) || c == '_' || c == '-' || c == '.';
}

/* The value after a separator: quoted, or up to a delimiter. */
static void
value_span(const scan *s, size_t *v, size_t *vend)
{
    const char *p = s->p;
    size_t e = *v;

    if (p[e] == '"' || p[e] == '\'') {
        char q = p[e++];
        *v = e;
        while (e < s->n && p[e] != q && p[e] != '\n')
            e++;
    } else {
        while (e < s->n && !strchr("\n\r \t,;}]&\"'", p[e]))
            e++;
    }
    *vend = e;
}

/* At a ':' or '=': a secret-like key before it and a literal value after it. */
static void
assign_at(scan *s, size_t i)
{
    const char *p = s->p;
    size_t j = i, kstart, kend, v = i + 1, vend;
    char q = 0, red[16];
    bool known, quoted;

    if (s->comment || (v < s->n && p[v] == p[i]) || (i > s->ls && strchr(":=!<>", p[i - 1])))
        return;
    while (j > s->ls && (p[j - 1] == ' ' || p[j - 1] == '\t'))
        j--;
    if (j > s->ls && (p[j - 1] == '"' || p[j - 1] == '\''))
        q = p[--j];
    kend = j;
    while (j > s->ls && kend - j < 127 && key_char(p[j - 1]))
        j--;
    kstart = j;
    if (kstart == kend || (q && (kstart == s->ls || p[kstart - 1] != q)))
        return;
    /* YAML wants a space after the colon: "host:5432" is no assignment */
    if (p[i] == ':' && !q && v < s->n && !strchr(" \t\r\n\"'", p[v]))
        return;
    while (v < s->n && (p[v] == ' ' || p[v] == '\t'))
        v++;
    if (v >= s->n || p[v] == '\n' || p[v] == '\r')
        return;
    if (!rp__k8s_secret_key(p + kstart, kend - kstart, &known))
        return;
    quoted = p[v] == '"' || p[v] == '\'';
    value_span(s, &v, &vend);
    /* SECRET_KEY = os.environ["KEY"], password: get_password(): code, not a literal */
    if (!quoted && (memchr(p + v, '(', vend - v) || memchr(p + v, '[', vend - v)))
        return;
    if (rp__k8s_secret_value_exempt(p + kstart, kend - kstart, known, p + v, vend - v))
        return;
    rp__k8s_redact(red, sizeof(red), p + v, vend - v);
    found(s, RP_CRED_ASSIGN, "a literal credential (%.*s%s%s)", (int)(kend - kstart), p + kstart,
          p[i] == ':' ? ": " : "=", red);
}

bool
rp__k8s_find_cred(rp__k8s_cred *out, const char *p, size_t n)
{
    scan s = {p, n, 0, 1, false, 0, out};

    memset(out, 0, sizeof(*out));
    new_line(&s, 0);
    for (size_t i = 0; i < n && out->kind != RP_CRED_PRIVATE_KEY; i++) {
        switch (p[i]) {
        case '\n':
            s.line++;
            new_line(&s, i + 1);
            break;
        case '-':
            if (i + 11 <= n && p[i + 1] == '-')
                pem_at(&s, i);
            break;
        case 'A':
            if (out->kind < RP_CRED_AWS_KEY)
                aws_at(&s, i);
            break;
        case ':':
            if (i + 2 < n && p[i + 1] == '/' && p[i + 2] == '/') {
                if (out->kind < RP_CRED_URL)
                    url_at(&s, i);
                break;
            }
            /* fall through */
        case '=':
            if (out->kind < RP_CRED_ASSIGN)
                assign_at(&s, i);
            break;
        default:
            break;
        }
    }
    return out->kind != RP_CRED_NONE;
}
