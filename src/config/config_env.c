/* The RAMPART_* environment layer, and printing the effective configuration. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rampart/config.h"
#include "core/util.h"
#include "rampart/k8s.h"

/* Each RAMPART_* variable and the configuration field it sets. */
static const struct {
    const char *name;
    int field;
} vars[] = {
    {"RAMPART_FORMAT", RP_CFG_FORMAT},
    {"RAMPART_OUTPUT", RP_CFG_OUTPUT},
    {"RAMPART_SEVERITY", RP_CFG_SEVERITY},
    {"RAMPART_FAIL_ON", RP_CFG_FAIL_ON},
    {"RAMPART_EXIT_CODE", RP_CFG_EXIT_CODE},
    {"RAMPART_NO_INLINE_IGNORES", RP_CFG_INLINE},
    {"RAMPART_SHOW_SUPPRESSED", RP_CFG_SHOW_SUPPRESSED},
    {"RAMPART_BASELINE", RP_CFG_BASELINE},
    {"RAMPART_SKIP_DIRS", RP_CFG_SKIP_DIRS},
    {"RAMPART_SKIP_FILES", RP_CFG_SKIP_FILES},
    {"RAMPART_LOG_LEVEL", RP_CFG_LOG_LEVEL},
    {"RAMPART_QUIET", RP_CFG_QUIET},
    {"RAMPART_JOBS", RP_CFG_JOBS},
    {"RAMPART_TRUSTED_REGISTRIES", RP_CFG_TRUSTED},
    {"RAMPART_PSS_VERSION", RP_CFG_PSS_VERSION},
};

/* A copy of v for a string field. */
static int
set_string(rp_config *cfg, const char **field, const char *v, int id)
{
    *field = rp_arena_strdup(&cfg->arena, v);
    cfg->sources[id] = RP_SRC_ENV;
    return *field ? RP_OK : RP_ENOMEM;
}

static int
add_trusted_list(rp_config *cfg, const char *v)
{
    int err = RP_OK;

    while (*v && !err) {
        char reg[512];
        size_t n = strcspn(v, ",");
        snprintf(reg, sizeof(reg), "%.*s", (int)(n < 511 ? n : 511), v);
        err = rp_config_add_trusted(cfg, reg, RP_SRC_ENV);
        v += n + (v[n] == ',');
    }
    return err;
}

static int
apply_var(rp_config *cfg, rp_ctx *ctx, int field, const char *v)
{
    int err;

    switch (field) {
    case RP_CFG_FORMAT: return rp_config_set_format(cfg, ctx, v, RP_SRC_ENV);
    case RP_CFG_OUTPUT: return set_string(cfg, &cfg->output, v, field);
    case RP_CFG_BASELINE: return set_string(cfg, &cfg->baseline, v, field);
    case RP_CFG_SEVERITY: return rp_config_set_severities(cfg, ctx, v, RP_SRC_ENV);
    case RP_CFG_FAIL_ON: return rp_config_set_fail_on(cfg, ctx, v, RP_SRC_ENV);
    case RP_CFG_EXIT_CODE: return rp_config_set_exit_code(cfg, ctx, v, RP_SRC_ENV);
    case RP_CFG_INLINE:
        err = rp_config_set_bool(cfg, ctx, field, v, RP_SRC_ENV);
        cfg->inline_ignores = !cfg->inline_ignores; /* the variable says "no" */
        return err;
    case RP_CFG_SHOW_SUPPRESSED:
    case RP_CFG_QUIET: return rp_config_set_bool(cfg, ctx, field, v, RP_SRC_ENV);
    case RP_CFG_SKIP_DIRS:
    case RP_CFG_SKIP_FILES: return rp_config_add_skip(cfg, field, v, RP_SRC_ENV);
    case RP_CFG_LOG_LEVEL: return rp_config_set_log_level(cfg, ctx, v, RP_SRC_ENV);
    case RP_CFG_JOBS: return rp_config_set_jobs(cfg, ctx, v, RP_SRC_ENV);
    case RP_CFG_TRUSTED: return add_trusted_list(cfg, v);
    case RP_CFG_PSS_VERSION: return rp_config_set_pss_version(cfg, ctx, v, RP_SRC_ENV);
    default: return RP_EINVAL;
    }
}

int
rp_config_apply_env(rp_config *cfg, rp_ctx *ctx)
{
    for (size_t i = 0; i < RP_COUNTOF(vars); i++) {
        const char *v = getenv(vars[i].name);
        int err;
        if (!v || !*v)
            continue;
        if ((err = apply_var(cfg, ctx, vars[i].field, v))) {
            if (ctx) {
                char msg[sizeof(ctx->msg) + 64];
                snprintf(msg, sizeof(msg), "%s: %s", vars[i].name, ctx->msg);
                snprintf(ctx->msg, sizeof(ctx->msg), "%.1000s", msg);
            }
            return err;
        }
    }
    return RP_OK;
}

static const char *
src_name(rp_cfg_source s)
{
    static const char *const names[] = {"default", "config file", "environment", "flag"};

    return names[s];
}

static void
print_list(FILE *out, const char *key, const char *const *items, size_t n, rp_cfg_source s)
{
    fprintf(out, "%s: [", key);
    for (size_t i = 0; i < n; i++)
        fprintf(out, "%s\"%s\"", i ? ", " : "", items[i]);
    fprintf(out, "]  # %s\n", src_name(s));
}

int
rp_config_print(FILE *out, const rp_config *cfg)
{
    const rp_cfg_source *s = cfg->sources;
    const char *sev[RP_SEV_COUNT];
    size_t nsev = 0, ndis = 0;

    fprintf(out, "# effective configuration (flags > environment > config file > defaults)\n");
    fprintf(out, "config: %s\n", cfg->path ? cfg->path : "null  # no config file found");
    fprintf(out, "format: %s  # %s\n", rp_format_name(cfg->format), src_name(s[RP_CFG_FORMAT]));
    fprintf(out, "output: %s  # %s\n", cfg->output ? cfg->output : "null",
            src_name(s[RP_CFG_OUTPUT]));
    for (int i = RP_SEV_COUNT - 1; i >= 0; i--)
        if (cfg->severity_mask & (1u << i))
            sev[nsev++] = rp_severity_name((rp_severity)i);
    print_list(out, "severity", sev, nsev, s[RP_CFG_SEVERITY]);
    fprintf(out, "fail-on: %s  # %s\n", rp_severity_name(cfg->fail_on), src_name(s[RP_CFG_FAIL_ON]));
    fprintf(out, "exit-code: %d  # %s\n", cfg->exit_code, src_name(s[RP_CFG_EXIT_CODE]));
    fprintf(out, "inline-ignores: %s  # %s\n", cfg->inline_ignores ? "true" : "false",
            src_name(s[RP_CFG_INLINE]));
    fprintf(out, "show-suppressed: %s  # %s\n", cfg->show_suppressed ? "true" : "false",
            src_name(s[RP_CFG_SHOW_SUPPRESSED]));
    fprintf(out, "baseline: %s  # %s\n", cfg->baseline ? cfg->baseline : "null",
            src_name(s[RP_CFG_BASELINE]));
    print_list(out, "skip-dirs", cfg->skip_dirs, cfg->nskip_dirs, s[RP_CFG_SKIP_DIRS]);
    print_list(out, "skip-files", cfg->skip_files, cfg->nskip_files, s[RP_CFG_SKIP_FILES]);
    fprintf(out, "log-level: %s  # %s\n",
            (const char *[]){"error", "warn", "info", "debug"}[cfg->log_level],
            src_name(s[RP_CFG_LOG_LEVEL]));
    fprintf(out, "quiet: %s  # %s\n", cfg->quiet ? "true" : "false", src_name(s[RP_CFG_QUIET]));
    fprintf(out, "jobs: %u  # %s\n", cfg->jobs, cfg->jobs ? src_name(s[RP_CFG_JOBS]) : "one per CPU");
    fprintf(out, "ignore:%s\n", cfg->nignores ? "" : " []");
    for (size_t i = 0; i < cfg->nignores; i++) {
        const rp_ignore *ig = &cfg->ignores[i];
        fprintf(out, "  - rule: %s\n", ig->rule);
        if (ig->npaths)
            print_list(out, "    paths", ig->paths, ig->npaths, RP_SRC_FILE);
        if (ig->nobjects)
            print_list(out, "    objects", ig->objects, ig->nobjects, RP_SRC_FILE);
        if (ig->reason)
            fprintf(out, "    reason: \"%s\"\n", ig->reason);
        if (ig->expires)
            fprintf(out, "    expires: %s%s\n", ig->expires, ig->expired ? "  # expired" : "");
    }
    fprintf(out, "rules:\n");
    for (size_t i = 0; i < cfg->policy.n; i++) {
        const rp_rule *r = rp_rules_at(i);
        if (cfg->policy.enabled[i] >= 0 || cfg->policy.severity[i] >= 0) {
            fprintf(out, "  %s:%s%s%s%s  # %s\n", r->id,
                    cfg->policy.enabled[i] == 0 ? " off" : "",
                    cfg->policy.enabled[i] == 1 ? " on" : "",
                    cfg->policy.severity[i] >= 0 ? " severity=" : "",
                    cfg->policy.severity[i] >= 0
                        ? rp_severity_name((rp_severity)cfg->policy.severity[i])
                        : "",
                    r->title);
            ndis++;
        }
    }
    if (!ndis)
        fprintf(out, "  {}  # every rule at its default\n");
    fprintf(out, "dockerfile:\n");
    print_list(out, "  trusted-registries", cfg->trusted_registries, cfg->ntrusted_registries,
               s[RP_CFG_TRUSTED]);
    fprintf(out, "  label-schema:%s\n", cfg->nlabels ? "" : " {}");
    for (size_t i = 0; i < cfg->nlabels; i++)
        fprintf(out, "    %s: %s\n", cfg->labels[i].name,
                (const char *[]){"text", "url", "rfc3339", "spdx", "hash", "semver",
                                 "email"}[cfg->labels[i].type]);
    fprintf(out, "  strict-labels: %s  # %s\n", cfg->strict_labels ? "true" : "false",
            src_name(s[RP_CFG_LABELS]));
    fprintf(out, "kubernetes:\n");
    if (cfg->pss_version == RP_PSS_LATEST)
        fprintf(out, "  pss-version: latest  # %s\n", src_name(s[RP_CFG_PSS_VERSION]));
    else
        fprintf(out, "  pss-version: v1.%u  # %s\n", cfg->pss_version - 100,
                src_name(s[RP_CFG_PSS_VERSION]));
    return ferror(out) ? RP_EIO : RP_OK;
}
