/* Suppression: inline pragmas (rampart's, and hadolint's, trivy's and checkov's so that
 * existing annotations keep working), .rampart.yaml ignore entries, and baselines. */
#include <ctype.h>
#include <fnmatch.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "core/util.h"
#include "rampart/buf.h"
#include "rampart/config.h"

typedef struct pragma {
    uint32_t from, to;  /* lines covered; 0..UINT32_MAX for file-wide */
    char ids[512];      /* comma-separated */
    char reason[256];
} pragma;

typedef struct lines {
    const char *src;
    size_t len;
    size_t *off;        /* start of each line */
    uint32_t n;
} lines;

static int
index_lines(lines *l, const char *src, size_t len)
{
    uint32_t n = 1;

    for (size_t i = 0; i < len; i++)
        n += src[i] == '\n';
    if (!(l->off = malloc(n * sizeof(*l->off))))
        return RP_ENOMEM;
    l->src = src;
    l->len = len;
    l->n = 0;
    l->off[l->n++] = 0;
    for (size_t i = 0; i < len; i++)
        if (src[i] == '\n' && l->n < n)
            l->off[l->n++] = i + 1;
    return RP_OK;
}

/* Line k (1-based) as [p, p+len) without its newline. */
static const char *
line_at(const lines *l, uint32_t k, size_t *len)
{
    size_t start = l->off[k - 1], end = k < l->n ? l->off[k] - 1 : l->len;

    if (end > start && l->src[end - 1] == '\r')
        end--;
    *len = end - start;
    return l->src + start;
}

static bool
is_comment_line(const lines *l, uint32_t k)
{
    size_t len;
    const char *s = line_at(l, k, &len);

    while (len && isspace((unsigned char)*s))
        s++, len--;
    return len && (*s == '#' || (len > 1 && s[0] == '/' && s[1] == '/'));
}

static bool
continues(const lines *l, uint32_t k)
{
    size_t len;
    const char *s = line_at(l, k, &len);

    while (len && isspace((unsigned char)s[len - 1]))
        len--;
    return len && (s[len - 1] == '\\' || s[len - 1] == '`');
}

/* A pragma on line k covers k, and the next non-comment line with its continuations. */
static uint32_t
covered_to(const lines *l, uint32_t k)
{
    uint32_t t = k + 1;

    while (t <= l->n && is_comment_line(l, t))
        t++;
    if (t > l->n)
        return k;
    while (t < l->n && continues(l, t))
        t++;
    return t;
}

/* Copies the id list after a marker: ids are [A-Za-z0-9_.:-] separated by commas. */
static size_t
copy_ids(char *out, size_t size, const char *s, size_t len, char stop)
{
    size_t i = 0, k = 0;

    while (i < len && (isalnum((unsigned char)s[i]) || strchr("_-.,*", s[i]) ||
                       (s[i] == ':' && stop != ':')) && k + 1 < size) {
        out[k++] = s[i] == ':' && stop == ':' ? ',' : s[i];
        i++;
    }
    out[k] = '\0';
    return i;
}

static const char *
find_n(const char *s, size_t len, const char *needle)
{
    size_t m = strlen(needle);

    int c0 = tolower((unsigned char)needle[0]);

    /* whole files go through this: test the first byte before the call */
    for (size_t i = 0; i + m <= len; i++)
        if (tolower((unsigned char)s[i]) == c0 && strncasecmp(s + i, needle, m) == 0)
            return s + i;
    return NULL;
}

/* Recognises the pragma forms on one line; fills p and returns true when there is one. */
static bool
parse_pragma(const lines *l, uint32_t k, pragma *p)
{
    size_t len, used;
    const char *s = line_at(l, k, &len), *m, *end = s + len;

    memset(p, 0, sizeof(*p));
    if ((m = find_n(s, len, "rampart:ignore="))) {
        m += 15;
        used = copy_ids(p->ids, sizeof(p->ids), m, (size_t)(end - m), 0);
        m += used;
        while (m < end && isspace((unsigned char)*m))
            m++;
        snprintf(p->reason, sizeof(p->reason), "%.*s", (int)(end - m), m);
    } else if ((m = find_n(s, len, "hadolint global ignore="))) {
        m += 23;
        copy_ids(p->ids, sizeof(p->ids), m, (size_t)(end - m), 0);
        p->from = 0;
        p->to = UINT32_MAX;
        snprintf(p->reason, sizeof(p->reason), "hadolint global ignore");
        return p->ids[0] != '\0';
    } else if ((m = find_n(s, len, "hadolint ignore="))) {
        m += 16;
        copy_ids(p->ids, sizeof(p->ids), m, (size_t)(end - m), 0);
        snprintf(p->reason, sizeof(p->reason), "hadolint ignore");
    } else if ((m = find_n(s, len, "trivy:ignore:"))) {
        m += 13;
        copy_ids(p->ids, sizeof(p->ids), m, (size_t)(end - m), 0);
        snprintf(p->reason, sizeof(p->reason), "trivy ignore");
    } else if ((m = find_n(s, len, "checkov:skip="))) {
        /* checkov:skip=CKV_DOCKER_2:reason applies to the whole file */
        m += 13;
        used = copy_ids(p->ids, sizeof(p->ids), m, (size_t)(end - m), ',');
        m += used;
        if (m < end && *m == ':')
            m++;
        snprintf(p->reason, sizeof(p->reason), "%.*s", (int)(end - m), m);
        p->from = 0;
        p->to = UINT32_MAX;
        return p->ids[0] != '\0';
    } else {
        return false;
    }
    p->from = k;
    p->to = covered_to(l, k);
    return p->ids[0] != '\0';
}

static bool
ids_match(const char *ids, const rp_rule *rule)
{
    char id[128];

    while (*ids) {
        size_t n = strcspn(ids, ",");
        if (n && n < sizeof(id)) {
            memcpy(id, ids, n);
            id[n] = '\0';
            if (strcmp(id, "*") == 0 || rp_rule_matches(rule, id))
                return true;
        }
        ids += n + (ids[n] == ',');
    }
    return false;
}

int
rp_suppress_inline(rp_report *r, size_t first, const char *path, const char *src, size_t len)
{
    lines l;
    int err;

    if (first >= r->nfindings || !src)
        return RP_OK;
    /* cheap test first: most files carry no pragma at all */
    if (!find_n(src, len, "ignore") && !find_n(src, len, "checkov:skip"))
        return RP_OK;
    if ((err = index_lines(&l, src, len)))
        return err;
    for (uint32_t k = 1; k <= l.n; k++) {
        pragma p;
        if (!parse_pragma(&l, k, &p))
            continue;
        for (size_t i = first; i < r->nfindings; i++) {
            rp_finding *f = &r->findings[i];
            uint32_t line = f->loc.line;
            if (f->suppressed || (path && f->loc.path && strcmp(f->loc.path, path) != 0))
                continue;
            if (line < p.from || line > p.to || !ids_match(p.ids, f->rule))
                continue;
            f->suppressed = RP_SUPPRESS_INLINE;
            f->suppress_reason =
                p.reason[0] ? rp_arena_strdup(&r->arena, p.reason) : "inline pragma";
        }
    }
    free(l.off);
    return RP_OK;
}

/* The finding's path relative to the config file's directory, when it is below it. */
static const char *
relative_path(const rp_config *cfg, const char *path)
{
    const char *slash;
    size_t n;

    while (path[0] == '.' && path[1] == '/')
        path += 2;
    if (!cfg->path || !(slash = strrchr(cfg->path, '/')))
        return path;
    n = (size_t)(slash - cfg->path);
    while (n > 1 && cfg->path[n - 1] == '/')
        n--; /* "dir//.rampart.yaml" */
    if (n == 1 && cfg->path[0] == '.')
        return path;
    if (strncmp(path, cfg->path, n) == 0 && path[n] == '/') {
        path += n;
        while (*path == '/')
            path++;
    }
    return path;
}

static bool
ignore_matches(const rp_config *cfg, const rp_ignore *ig, const rp_report *r,
               const rp_finding *f)
{
    const char *path = f->loc.path ? f->loc.path : r->targets[f->target].name;
    bool ok;

    if (ig->expired || !(strcmp(ig->rule, "*") == 0 || rp_rule_matches(f->rule, ig->rule)))
        return false;
    if (ig->npaths) {
        const char *rel = relative_path(cfg, path);
        ok = false;
        for (size_t i = 0; i < ig->npaths && !ok; i++)
            ok = rp_glob_match(ig->paths[i], rel, false) ||
                 (rel != path && rp_glob_match(ig->paths[i], path, false));
        if (!ok)
            return false;
    }
    if (ig->nobjects) {
        ok = false;
        for (size_t i = 0; i < ig->nobjects && !ok && f->loc.object; i++)
            ok = fnmatch(ig->objects[i], f->loc.object, 0) == 0;
        if (!ok)
            return false;
    }
    return true;
}

static int
cmp_fp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Loads the fingerprints of an earlier JSON report, sorted. */
static int
load_baseline(char ***out, size_t *n, const char *path, rp_ctx *ctx)
{
    json_error_t jerr;
    json_t *root = json_load_file(path, 0, &jerr), *findings;
    char **fps;
    size_t k = 0;

    *out = NULL;
    *n = 0;
    if (!root)
        return rp_ctx_set(ctx, RP_EINVAL, path, (uint32_t)(jerr.line > 0 ? jerr.line : 0),
                          (uint32_t)(jerr.column > 0 ? jerr.column : 0),
                          "cannot read baseline: %s", jerr.text);
    findings = json_object_get(root, "findings");
    if (!json_is_array(findings)) {
        json_decref(root);
        return rp_ctx_set(ctx, RP_EINVAL, path, 0, 0,
                          "not a rampart JSON report: no \"findings\" list");
    }
    if (!(fps = calloc(json_array_size(findings) + 1, sizeof(*fps)))) {
        json_decref(root);
        return RP_ENOMEM;
    }
    for (size_t i = 0; i < json_array_size(findings); i++) {
        const char *fp = json_string_value(json_object_get(json_array_get(findings, i),
                                                           "fingerprint"));
        if (fp && !(fps[k++] = strdup(fp))) {
            json_decref(root);
            for (size_t j = 0; j + 1 < k; j++)
                free(fps[j]);
            free(fps);
            return RP_ENOMEM;
        }
    }
    json_decref(root);
    qsort(fps, k, sizeof(*fps), cmp_fp);
    *out = fps;
    *n = k;
    return RP_OK;
}

int
rp_suppress_apply(rp_report *r, const rp_config *cfg, rp_ctx *ctx)
{
    char **fps = NULL;
    size_t nfps = 0;
    int err;

    if (cfg->baseline && (err = load_baseline(&fps, &nfps, cfg->baseline, ctx)))
        return err;
    for (size_t i = 0; i < r->nfindings; i++) {
        rp_finding *f = &r->findings[i];
        const char *key = f->fingerprint;
        if (f->suppressed)
            continue;
        for (size_t k = 0; k < cfg->nignores; k++) {
            if (ignore_matches(cfg, &cfg->ignores[k], r, f)) {
                f->suppressed = RP_SUPPRESS_CONFIG;
                f->suppress_reason =
                    rp_arena_strdup(&r->arena, cfg->ignores[k].reason ? cfg->ignores[k].reason
                                                                      : "ignored in configuration");
                break;
            }
        }
        if (!f->suppressed && nfps && bsearch(&key, fps, nfps, sizeof(*fps), cmp_fp)) {
            f->suppressed = RP_SUPPRESS_BASELINE;
            f->suppress_reason = "in baseline";
        }
    }
    for (size_t i = 0; i < nfps; i++)
        free(fps[i]);
    free(fps);
    return RP_OK;
}

void
rp_report_filter_severity(rp_report *r, unsigned mask)
{
    size_t k = 0;

    for (size_t i = 0; i < r->nfindings; i++)
        if (mask & (1u << r->findings[i].severity))
            r->findings[k++] = r->findings[i];
    r->nfindings = k;
}
