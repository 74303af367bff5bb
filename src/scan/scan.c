/* Scanning inputs: recognise each file, run its analyzer into a per-file report, apply
 * inline pragmas; then (rp_scan_finish) config ignores, baseline, filters and the summary. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/util.h"
#include "rampart/buf.h"
#include "rampart/compose.h"
#include "rampart/dockerfile.h"
#include "rampart/scan.h"
#include "scan/scan_internal.h"

const char *
rp_scan_detect(const char *path)
{
    const char *base = strrchr(path, '/');

    base = base ? base + 1 : path;
    /* Dockerfile, Containerfile, *.Dockerfile, Dockerfile.*, *.dockerfile, Containerfile.* */
    if (strcasecmp(base, "Dockerfile") == 0 || strcasecmp(base, "Containerfile") == 0 ||
        rp__str_starts_ci(base, "Dockerfile.") || rp__str_starts_ci(base, "Containerfile.") ||
        (rp__str_ends_ci(base, ".Dockerfile") && strlen(base) > 11) ||
        (rp__str_ends_ci(base, ".Containerfile") && strlen(base) > 14))
        return "dockerfile";
    if (base[0] != '.' && rp_compose_filename(base))
        return "compose";
    /* YAML and JSON may be manifests; those holding no object are skipped quietly */
    if (rp__str_ends_ci(base, ".yaml") || rp__str_ends_ci(base, ".yml") ||
        rp__str_ends_ci(base, ".json"))
        return base[0] == '.' ? NULL : "kubernetes";
    return NULL;
}

static int
scan_dockerfile(rp_report *r, size_t target, const char *name, const char *buf, size_t len,
                const rp_scan_opts *o)
{
    const rp_config *cfg = o->cfg;
    rp_dockerfile *df = NULL;
    rp_ctx ctx;
    rp_emitter em = {0};
    int err;

    rp_ctx_clear(&ctx);
    if ((err = rp_dockerfile_target_rules(r, target, cfg)))
        return err;
    if ((err = rp_dockerfile_parse(&df, &ctx, name, buf, len, &cfg->limits))) {
        if (err == RP_ENOMEM)
            return err;
        rp_log_ctx(RP_LOG_ERROR, &ctx);
        return rp_report_add_error_ctx(r, target, &ctx);
    }
    em.report = r;
    em.target = target;
    em.path = name;
    em.policy = &cfg->policy;
    em.max = cfg->limits.max_findings;
    err = rp_dockerfile_analyze(&em, df, cfg);
    /* a broken instruction is a finding (RP-DF-000) and an input error (exit code 3) */
    for (size_t i = 0; !err && i < df->ninstrs; i++) {
        const rp_df_instr *in = &df->instrs[i];
        if (in->error) {
            rp_log(RP_LOG_ERROR, "%s:%u: %s", name, in->line, in->error);
            err = rp_report_add_error(r, target, RP_EPARSE, name, in->line, in->column, "%s",
                                      in->error);
        }
    }
    rp_dockerfile_free(df);
    return err;
}

static int
scan_compose(rp_report *r, size_t target, const char *name, const char *buf, size_t len,
             const rp_scan_opts *o)
{
    const rp_config *cfg = o->cfg;
    rp_compose_file *f = NULL;
    rp_emitter em = {0};
    rp_ctx ctx;
    int err;

    rp_ctx_clear(&ctx);
    if ((err = rp_compose_target_rules(r, target, cfg)))
        return err;
    if ((err = rp_compose_parse(&f, &ctx, name, buf, len, &cfg->limits))) {
        if (err == RP_ENOMEM)
            return err;
        rp_log_ctx(RP_LOG_ERROR, &ctx);
        return rp_report_add_error_ctx(r, target, &ctx);
    }
    if (!f->has_services)
        err = rp_report_add_warning(r, "%s: no services in it", name);
    em.report = r;
    em.target = target;
    em.path = name;
    em.policy = &cfg->policy;
    em.max = cfg->limits.max_findings;
    if (!err)
        err = rp_compose_analyze(&em, f, cfg);
    rp_compose_free(f);
    return err;
}

static int
scan_k8s_buffer(rp_report *r, const char *name, const char *buf, size_t len,
                const rp_scan_opts *o)
{
    rp__k8s_input in, *list = &in;
    int err;

    memset(&in, 0, sizeof(in));
    in.path = in.display = name;
    in.named = true;
    if (!(in.text = malloc(len + 1)))
        return RP_ENOMEM;
    memcpy(in.text, buf, len);
    in.text[len] = '\0';
    in.len = len;
    if (!(err = rp__k8s_parse(&in, o)))
        err = rp__scan_k8s(r, &list, 1, o);
    rp__k8s_input_dispose(&in);
    return err;
}

bool
rp__looks_like_dockerfile(const char *buf, size_t len)
{
    static const char *const words[] = {"FROM", "ARG", NULL};
    size_t i = 0;

    while (i < len) {
        size_t e = i;
        while (e < len && buf[e] != '\n')
            e++;
        while (i < e && (buf[i] == ' ' || buf[i] == '\t' || buf[i] == '\r'))
            i++;
        if (i < e && buf[i] != '#') {
            for (size_t k = 0; words[k]; k++) {
                size_t n = strlen(words[k]);
                if (e - i > n && strncasecmp(buf + i, words[k], n) == 0 &&
                    (buf[i + n] == ' ' || buf[i + n] == '\t'))
                    return true;
            }
            return false;
        }
        i = e + 1;
    }
    return false;
}

int
rp_scan_buffer(rp_report *r, const char *name, const char *kind, const char *buf, size_t len,
               const rp_scan_opts *o)
{
    size_t target, first = r->nfindings;
    int err;

    if ((err = rp_report_add_target(&target, r, name, kind ? kind : "unknown")))
        return err;
    if (kind && strcmp(kind, "kubernetes") == 0) {
        r->ntargets--; /* the Kubernetes pass adds targets only for files with objects */
        return scan_k8s_buffer(r, name, buf, len, o);
    }
    if (kind && strcmp(kind, "dockerfile") == 0)
        err = scan_dockerfile(r, target, name, buf, len, o);
    else if (kind && strcmp(kind, "compose") == 0)
        err = scan_compose(r, target, name, buf, len, o);
    else
        err = rp_report_add_error(r, target, RP_EUNSUPPORTED, name, 0, 0,
                                  "no analyzer for this kind of file");
    if (!err && o->cfg->inline_ignores)
        err = rp_suppress_inline(r, first, name, buf, len);
    return err;
}

/* Reads and scans one file. */
int
rp__scan_file(rp_report *r, const char *path, const char *display, const char *kind,
              const rp_scan_opts *o)
{
    rp_buf b = RP_BUF_INIT;
    rp_ctx ctx;
    int err;

    rp_ctx_clear(&ctx);
    if ((err = rp_buf_read_file(&b, &ctx, path, o->cfg->limits.max_file_bytes))) {
        size_t target;
        rp_buf_dispose(&b);
        if (err == RP_ENOMEM)
            return err;
        snprintf(ctx.path, sizeof(ctx.path), "%s", display);
        rp_log_ctx(RP_LOG_ERROR, &ctx);
        if ((err = rp_report_add_target(&target, r, display, kind)))
            return err;
        return rp_report_add_error_ctx(r, target, &ctx);
    }
    err = rp_scan_buffer(r, display, kind, b.ptr, b.len, o);
    rp_buf_dispose(&b);
    return err;
}

int
rp_scan_finish(rp_report *r, rp_ctx *ctx, rp_config *cfg)
{
    int err;

    rp_config_check_expiry(cfg, r, NULL);
    rp_report_finalize(r); /* fingerprints first: the baseline matches on them */
    if ((err = rp_suppress_apply(r, cfg, ctx)))
        return err;
    rp_report_filter_severity(r, cfg->severity_mask);
    rp_report_finalize(r);
    return RP_OK;
}

int
rp_scan_exit_code(const rp_report *r, const rp_config *cfg)
{
    if (r->nerrors)
        return 3;
    if (cfg->exit_code && rp_report_count_at_least(r, cfg->fail_on) > 0)
        return cfg->exit_code;
    return 0;
}
