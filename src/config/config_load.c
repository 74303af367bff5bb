/* .rampart.yaml: read through the document model; every key checked, every error located.
 * hadolint's own keys (failure-threshold, ignored, override, trustedRegistries, label-schema,
 * strict-labels, disable-ignore-pragma) are accepted too, so a .hadolint.yaml can be reused. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "rampart/config.h"
#include "core/util.h"
#include "rampart/buf.h"
#include "rampart/doc.h"

typedef struct loader {
    rp_config *cfg;
    rp_ctx *ctx;
    const char *path;
} loader;

static int bad(loader *l, const rp_node *n, const char *fmt, ...) RP_PRINTF(3, 4);

static int
bad(loader *l, const rp_node *n, const char *fmt, ...)
{
    char msg[512];
    va_list ap;

    va_start(ap, fmt);
    vsnprintf(msg, sizeof(msg), fmt, ap);
    va_end(ap);
    return rp_ctx_set(l->ctx, RP_EINVAL, l->path, n ? n->line : 0, n ? n->column : 0, "%s", msg);
}

/* Re-locates an error a setter reported without a position. */
static int
at(loader *l, const rp_node *n, int err)
{
    if (err && l->ctx) {
        snprintf(l->ctx->path, sizeof(l->ctx->path), "%s", l->path);
        l->ctx->line = n->line;
        l->ctx->column = n->column;
    }
    return err;
}

static const char *
scalar(loader *l, const rp_node *n, const char *key, int *err)
{
    const char *s = rp_node_str(n);

    *err = RP_OK;
    if (!s) {
        *err = bad(l, n, "\"%s\" must be a single value", key);
        return NULL;
    }
    /* the document is freed after loading: the config keeps copies */
    if (!(s = rp_arena_strdup(&l->cfg->arena, s)))
        *err = RP_ENOMEM;
    return s;
}

/* A list: a sequence of scalars, or one comma-separated scalar. fn is called per item. */
static int
each_item(loader *l, const rp_node *n, const char *key,
          int (*fn)(loader *, const rp_node *, const char *, void *), void *arg)
{
    int err = RP_OK;

    if (n->type == RP_NODE_SEQ) {
        for (size_t i = 0; i < n->n && !err; i++) {
            const char *s = rp_node_str(n->items[i]);
            if (!s)
                return bad(l, n->items[i], "items of \"%s\" must be single values", key);
            err = fn(l, n->items[i], s, arg);
        }
        return err;
    }
    if (n->type == RP_NODE_NULL)
        return RP_OK;
    if (!rp_node_str(n))
        return bad(l, n, "\"%s\" must be a list", key);
    {
        const char *s = rp_node_str(n);
        while (*s && !err) {
            char item[512];
            size_t len = strcspn(s, ",");
            snprintf(item, sizeof(item), "%.*s", (int)(len < 511 ? len : 511), s);
            err = fn(l, n, item, arg);
            s += len + (s[len] == ',');
        }
    }
    return err;
}

static int
item_skip(loader *l, const rp_node *n, const char *s, void *arg)
{
    return at(l, n, rp_config_add_skip(l->cfg, *(int *)arg, s, RP_SRC_FILE));
}

static int
item_trusted(loader *l, const rp_node *n, const char *s, void *arg)
{
    return at(l, n, rp_config_add_trusted(l->cfg, s, RP_SRC_FILE));
}

static int
item_rule(loader *l, const rp_node *n, const char *s, void *arg)
{
    return at(l, n, rp_config_rule_enable(l->cfg, l->ctx, s, *(bool *)arg));
}

static int
item_severity(loader *l, const rp_node *n, const char *s, void *arg)
{
    return at(l, n, rp_config_rule_severity(l->cfg, l->ctx, s, *(rp_severity *)arg));
}

static int
item_sevlist(loader *l, const rp_node *n, const char *s, void *arg)
{
    rp_severity sev;

    if (rp_severity_parse(&sev, s))
        return bad(l, n, "unknown severity \"%s\"", s);
    *(unsigned *)arg |= 1u << sev;
    return RP_OK;
}

static int
item_string(loader *l, const rp_node *n, const char *s, void *arg)
{
    const char ***arr = arg;
    size_t k = 0;
    const char **a;

    while (*arr && (*arr)[k])
        k++;
    if (!(a = rp_arena_grow(&l->cfg->arena, (void *)*arr, k, k + 2, sizeof(*a))))
        return RP_ENOMEM;
    if (!(a[k] = rp_arena_strdup(&l->cfg->arena, s)))
        return RP_ENOMEM;
    *arr = a;
    return RP_OK;
}

static size_t
count(const char **arr)
{
    size_t n = 0;

    while (arr && arr[n])
        n++;
    return n;
}

static bool
valid_date(const char *s)
{
    if (strlen(s) != 10 || s[4] != '-' || s[7] != '-')
        return false;
    for (int i = 0; i < 10; i++)
        if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
            return false;
    return true;
}

static int
load_ignore(loader *l, const rp_node *e, rp_ignore *ig)
{
    const rp_node *v;
    int err;

    if (e->type != RP_NODE_MAP)
        return bad(l, e, "%signore entries must be maps with a \"rule\"", "");
    memset(ig, 0, sizeof(*ig));
    ig->line = e->line;
    for (size_t i = 0; i < e->n; i++) {
        const char *k = e->pairs[i].key->text;
        if (strcmp(k, "rule") && strcmp(k, "paths") && strcmp(k, "objects") &&
            strcmp(k, "reason") && strcmp(k, "expires") && strcmp(k, "id") && strcmp(k, "path"))
            return bad(l, e->pairs[i].key, "unknown key \"%s\" in an ignore entry", k);
    }
    if (!(v = rp_node_get(e, "rule")) && !(v = rp_node_get(e, "id")))
        return bad(l, e, "%san ignore entry needs a \"rule\"", "");
    if (!(ig->rule = scalar(l, v, "rule", &err)))
        return err;
    if (strcmp(ig->rule, "*") != 0 && !rp_rules_known(ig->rule))
        return bad(l, v, "unknown rule \"%s\" (see `rampart rules`)", ig->rule);
    if ((v = rp_node_get(e, "paths")) || (v = rp_node_get(e, "path"))) {
        const char **arr = NULL;
        if ((err = each_item(l, v, "paths", item_string, &arr)))
            return err;
        ig->paths = arr;
        ig->npaths = count(arr);
    }
    if ((v = rp_node_get(e, "objects"))) {
        const char **arr = NULL;
        if ((err = each_item(l, v, "objects", item_string, &arr)))
            return err;
        ig->objects = arr;
        ig->nobjects = count(arr);
    }
    if ((v = rp_node_get(e, "reason")) && !(ig->reason = scalar(l, v, "reason", &err)))
        return err;
    if ((v = rp_node_get(e, "expires"))) {
        if (!(ig->expires = scalar(l, v, "expires", &err)))
            return err;
        if (!valid_date(ig->expires))
            return bad(l, v, "\"expires\" must be a date YYYY-MM-DD, not \"%s\"", ig->expires);
    }
    return RP_OK;
}

static int
load_ignores(loader *l, const rp_node *n)
{
    rp_config *cfg = l->cfg;
    rp_ignore *arr;
    int err;

    if (n->type == RP_NODE_NULL)
        return RP_OK;
    if (n->type != RP_NODE_SEQ)
        return bad(l, n, "%s\"ignore\" must be a list of entries", "");
    arr = rp_arena_grow(&cfg->arena, cfg->ignores, cfg->nignores, cfg->nignores + n->n + 1,
                        sizeof(*arr));
    if (!arr)
        return RP_ENOMEM;
    cfg->ignores = arr;
    for (size_t i = 0; i < n->n; i++) {
        /* a strings-only entry is a rule ignored everywhere, as hadolint's "ignored" */
        if (rp_node_str(n->items[i])) {
            rp_ignore *ig = &cfg->ignores[cfg->nignores];
            memset(ig, 0, sizeof(*ig));
            if (!(ig->rule = rp_arena_strdup(&cfg->arena, rp_node_str(n->items[i]))))
                return RP_ENOMEM;
            ig->line = n->items[i]->line;
            if (!rp_rules_known(ig->rule))
                return bad(l, n->items[i], "unknown rule \"%s\" (see `rampart rules`)", ig->rule);
        } else if ((err = load_ignore(l, n->items[i], &cfg->ignores[cfg->nignores]))) {
            return err;
        }
        cfg->nignores++;
    }
    return RP_OK;
}

static const struct {
    const char *name;
    rp_label_type type;
} label_types[] = {
    {"text", RP_LABEL_TEXT},     {"url", RP_LABEL_URL},       {"rfc3339", RP_LABEL_RFC3339},
    {"spdx", RP_LABEL_SPDX},     {"hash", RP_LABEL_HASH},     {"semver", RP_LABEL_SEMVER},
    {"email", RP_LABEL_EMAIL},
};

static int
load_labels(loader *l, const rp_node *n)
{
    rp_config *cfg = l->cfg;

    if (n->type != RP_NODE_MAP)
        return bad(l, n, "%s\"label-schema\" must map label names to types", "");
    if (!(cfg->labels = rp_arena_calloc(&cfg->arena, n->n + 1, sizeof(*cfg->labels))))
        return RP_ENOMEM;
    for (size_t i = 0; i < n->n; i++) {
        const char *t = rp_node_str(n->pairs[i].value);
        size_t k = 0;
        while (t && k < RP_COUNTOF(label_types) && strcasecmp(t, label_types[k].name))
            k++;
        if (!t || k == RP_COUNTOF(label_types))
            return bad(l, n->pairs[i].value,
                       "unknown label type \"%s\": expected text, url, rfc3339, spdx, hash, "
                       "semver or email", t ? t : "(not a value)");
        if (!(cfg->labels[i].name = rp_arena_strdup(&cfg->arena, n->pairs[i].key->text)))
            return RP_ENOMEM;
        cfg->labels[i].type = label_types[k].type;
    }
    cfg->nlabels = n->n;
    cfg->sources[RP_CFG_LABELS] = RP_SRC_FILE;
    return RP_OK;
}

static int
load_severity_map(loader *l, const rp_node *n)
{
    if (n->type != RP_NODE_MAP)
        return bad(l, n, "%s\"rules.severity\" must map rule ids to severities", "");
    for (size_t i = 0; i < n->n; i++) {
        const char *s = rp_node_str(n->pairs[i].value);
        rp_severity sev;
        if (!s || rp_severity_parse(&sev, s))
            return bad(l, n->pairs[i].value, "unknown severity \"%s\"", s ? s : "(not a value)");
        if (at(l, n->pairs[i].key,
               rp_config_rule_severity(l->cfg, l->ctx, n->pairs[i].key->text, sev)))
            return RP_EINVAL;
    }
    return RP_OK;
}

/* hadolint's override: {error: [DL3001], warning: [...], info: [...], style: [...]} */
static int
load_override(loader *l, const rp_node *n)
{
    if (n->type != RP_NODE_MAP)
        return bad(l, n, "%s\"override\" must map severities to rule lists", "");
    for (size_t i = 0; i < n->n; i++) {
        rp_severity sev;
        int err;
        if (rp_severity_parse(&sev, n->pairs[i].key->text))
            return bad(l, n->pairs[i].key, "unknown severity \"%s\"", n->pairs[i].key->text);
        if ((err = each_item(l, n->pairs[i].value, "override", item_severity, &sev)))
            return err;
    }
    return RP_OK;
}

static int
load_rules(loader *l, const rp_node *n)
{
    static bool on = true, off = false;
    int err = RP_OK;

    if (n->type != RP_NODE_MAP)
        return bad(l, n, "%s\"rules\" must be a map (disable, enable, severity)", "");
    for (size_t i = 0; i < n->n && !err; i++) {
        const char *k = n->pairs[i].key->text;
        const rp_node *v = n->pairs[i].value;
        if (!strcmp(k, "disable"))
            err = each_item(l, v, k, item_rule, &off);
        else if (!strcmp(k, "enable"))
            err = each_item(l, v, k, item_rule, &on);
        else if (!strcmp(k, "severity"))
            err = load_severity_map(l, v);
        else
            err = bad(l, n->pairs[i].key, "unknown key \"rules.%s\"", k);
    }
    return err;
}

static int
load_dockerfile(loader *l, const rp_node *n)
{
    int err = RP_OK;

    if (n->type != RP_NODE_MAP)
        return bad(l, n, "%s\"dockerfile\" must be a map", "");
    for (size_t i = 0; i < n->n && !err; i++) {
        const char *k = n->pairs[i].key->text;
        const rp_node *v = n->pairs[i].value;
        if (!strcmp(k, "trusted-registries") || !strcmp(k, "trustedRegistries"))
            err = each_item(l, v, k, item_trusted, NULL);
        else if (!strcmp(k, "label-schema"))
            err = load_labels(l, v);
        else if (!strcmp(k, "strict-labels"))
            err = at(l, v, rp_config_set_bool(l->cfg, l->ctx, RP_CFG_LABELS, rp_node_str(v),
                                              RP_SRC_FILE));
        else
            err = bad(l, n->pairs[i].key, "unknown key \"dockerfile.%s\"", k);
    }
    return err;
}

static int
load_kubernetes(loader *l, const rp_node *n)
{
    int err = RP_OK;

    if (n->type != RP_NODE_MAP)
        return bad(l, n, "%s\"kubernetes\" must be a map", "");
    for (size_t i = 0; i < n->n && !err; i++) {
        const char *k = n->pairs[i].key->text;
        const rp_node *v = n->pairs[i].value;
        if (!strcmp(k, "pss-version"))
            err = at(l, v, rp_config_set_pss_version(l->cfg, l->ctx, rp_node_str(v),
                                                    RP_SRC_FILE));
        else
            err = bad(l, n->pairs[i].key, "unknown key \"kubernetes.%s\"", k);
    }
    return err;
}

/* Top-level scalar keys and their setters. */
static int
load_scalar(loader *l, const char *k, const rp_node *v, bool *done)
{
    rp_config *cfg = l->cfg;
    const char *s = rp_node_str(v);
    int err = RP_OK;

    *done = true;
    if (!strcmp(k, "format"))
        err = rp_config_set_format(cfg, l->ctx, s, RP_SRC_FILE);
    else if (!strcmp(k, "output")) {
        if (s && !(cfg->output = rp_arena_strdup(&cfg->arena, s)))
            return RP_ENOMEM;
        cfg->sources[RP_CFG_OUTPUT] = RP_SRC_FILE;
    } else if (!strcmp(k, "fail-on") || !strcmp(k, "failure-threshold"))
        err = rp_config_set_fail_on(cfg, l->ctx, s, RP_SRC_FILE);
    else if (!strcmp(k, "exit-code"))
        err = rp_config_set_exit_code(cfg, l->ctx, s, RP_SRC_FILE);
    else if (!strcmp(k, "inline-ignores"))
        err = rp_config_set_bool(cfg, l->ctx, RP_CFG_INLINE, s, RP_SRC_FILE);
    else if (!strcmp(k, "disable-ignore-pragma")) {
        err = rp_config_set_bool(cfg, l->ctx, RP_CFG_INLINE, s, RP_SRC_FILE);
        cfg->inline_ignores = !cfg->inline_ignores;
    } else if (!strcmp(k, "show-suppressed"))
        err = rp_config_set_bool(cfg, l->ctx, RP_CFG_SHOW_SUPPRESSED, s, RP_SRC_FILE);
    else if (!strcmp(k, "quiet"))
        err = rp_config_set_bool(cfg, l->ctx, RP_CFG_QUIET, s, RP_SRC_FILE);
    else if (!strcmp(k, "strict-labels"))
        err = rp_config_set_bool(cfg, l->ctx, RP_CFG_LABELS, s, RP_SRC_FILE);
    else if (!strcmp(k, "baseline")) {
        if (s && !(cfg->baseline = rp_arena_strdup(&cfg->arena, s)))
            return RP_ENOMEM;
        cfg->sources[RP_CFG_BASELINE] = RP_SRC_FILE;
    } else if (!strcmp(k, "log-level"))
        err = rp_config_set_log_level(cfg, l->ctx, s, RP_SRC_FILE);
    else if (!strcmp(k, "jobs"))
        err = rp_config_set_jobs(cfg, l->ctx, s, RP_SRC_FILE);
    else
        *done = false;
    if (*done && !s)
        return bad(l, v, "\"%s\" must be a single value", k);
    return at(l, v, err);
}

static int
load_key(loader *l, const char *k, const rp_node *v)
{
    static bool off = false;
    static int dirs = RP_CFG_SKIP_DIRS, files = RP_CFG_SKIP_FILES;
    bool done;
    int err = load_scalar(l, k, v, &done);

    if (done || err)
        return err;
    if (!strcmp(k, "severity")) {
        unsigned mask = 0;
        if ((err = each_item(l, v, k, item_sevlist, &mask)))
            return err;
        l->cfg->severity_mask = mask ? mask : l->cfg->severity_mask;
        l->cfg->sources[RP_CFG_SEVERITY] = RP_SRC_FILE;
        return RP_OK;
    }
    if (!strcmp(k, "skip-dirs"))
        return each_item(l, v, k, item_skip, &dirs);
    if (!strcmp(k, "skip-files"))
        return each_item(l, v, k, item_skip, &files);
    if (!strcmp(k, "ignore"))
        return load_ignores(l, v);
    if (!strcmp(k, "ignored"))
        return each_item(l, v, k, item_rule, &off);
    if (!strcmp(k, "rules"))
        return load_rules(l, v);
    if (!strcmp(k, "override"))
        return load_override(l, v);
    if (!strcmp(k, "dockerfile"))
        return load_dockerfile(l, v);
    if (!strcmp(k, "kubernetes"))
        return load_kubernetes(l, v);
    if (!strcmp(k, "trusted-registries") || !strcmp(k, "trustedRegistries"))
        return each_item(l, v, k, item_trusted, NULL);
    if (!strcmp(k, "label-schema"))
        return load_labels(l, v);
    if (!strcmp(k, "no-fail") || !strcmp(k, "no-color") || !strcmp(k, "output-format"))
        return RP_OK; /* hadolint keys with a rampart flag of their own */
    return bad(l, NULL, "unknown key \"%s\"", k);
}

int
rp_config_load_file(rp_config *cfg, rp_ctx *ctx, const char *path)
{
    rp_buf b = RP_BUF_INIT;
    rp_docset *ds = NULL;
    loader l = {cfg, ctx, NULL};
    const rp_node *root;
    int err;

    if (!(l.path = cfg->path = rp_arena_strdup(&cfg->arena, path)))
        return RP_ENOMEM;
    if ((err = rp_buf_read_file(&b, ctx, path, 1u << 20)))
        goto out;
    if ((err = rp_doc_parse(&ds, ctx, path, b.ptr, b.len, &cfg->limits, 0)))
        goto out;
    root = ds->ndocs ? ds->docs[0].root : NULL;
    if (!root)
        goto out; /* an empty file is an empty configuration */
    if (root->type != RP_NODE_MAP) {
        err = bad(&l, root, "%sthe configuration must be a map of settings", "");
        goto out;
    }
    for (size_t i = 0; i < root->n && !err; i++) {
        err = load_key(&l, root->pairs[i].key->text, root->pairs[i].value);
        if (err == RP_EINVAL && ctx && !ctx->line)
            at(&l, root->pairs[i].key, err);
    }
out:
    rp_docset_free(ds);
    rp_buf_dispose(&b);
    return err;
}

int
rp_config_find(const char **out, rp_config *cfg, const char *dir)
{
    static const char *const names[] = {".rampart.yaml", ".rampart.yml"};

    *out = NULL;
    for (size_t i = 0; i < RP_COUNTOF(names); i++) {
        const char *d = dir && *dir ? dir : ".";
        size_t dl = strlen(d);
        char *p;

        while (dl > 1 && d[dl - 1] == '/')
            dl--;
        p = rp_arena_printf(&cfg->arena, "%.*s/%s", (int)dl, d, names[i]);
        if (!p)
            return RP_ENOMEM;
        if (access(p, R_OK) == 0) {
            *out = p;
            return RP_OK;
        }
    }
    return RP_OK;
}
