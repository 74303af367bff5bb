/* The effective configuration and its setters. Every layer (file, environment, flags) goes
 * through the same setters, which record where each value came from. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/util.h"
#include "rampart/k8s.h"
#include "rampart/config.h"
#include "rules/tables.h"

#define ALL_SEVERITIES ((1u << RP_SEV_COUNT) - 1)

int
rp_config_init(rp_config *cfg)
{
    size_t n = rp_rules_count();

    memset(cfg, 0, sizeof(*cfg));
    rp_arena_init(&cfg->arena, 0);
    cfg->format = RP_FMT_TABLE;
    cfg->severity_mask = ALL_SEVERITIES;
    cfg->fail_on = RP_SEV_INFO;
    cfg->exit_code = 1;
    cfg->inline_ignores = true;
    cfg->log_level = RP_LOG_WARN;
    cfg->pss_version = RP_PSS_LATEST;
    rp_limits_default(&cfg->limits);
    cfg->policy.n = n;
    cfg->policy.enabled = rp_arena_alloc(&cfg->arena, n ? n : 1);
    cfg->policy.severity = rp_arena_alloc(&cfg->arena, n ? n : 1);
    if (!cfg->policy.enabled || !cfg->policy.severity)
        return RP_ENOMEM;
    memset(cfg->policy.enabled, -1, n);
    memset(cfg->policy.severity, -1, n);
    /* version control metadata is never a scan target */
    return rp_config_add_skip(cfg, RP_CFG_SKIP_DIRS, ".git", RP_SRC_DEFAULT);
}

void
rp_config_dispose(rp_config *cfg)
{
    if (cfg)
        rp_arena_dispose(&cfg->arena);
}

static int
invalid(rp_ctx *ctx, const char *what, const char *value, const char *expected)
{
    return rp_ctx_set(ctx, RP_EINVAL, NULL, 0, 0, "invalid %s \"%s\": expected %s", what,
                      value ? value : "", expected);
}

int
rp_config_set_severities(rp_config *cfg, rp_ctx *ctx, const char *list, rp_cfg_source src)
{
    unsigned mask = 0;
    const char *p = list;

    while (p && *p) {
        char word[32];
        size_t n = strcspn(p, ", ");
        rp_severity sev;
        if (n && n < sizeof(word)) {
            memcpy(word, p, n);
            word[n] = '\0';
            if (rp_severity_parse(&sev, word))
                return invalid(ctx, "severity", word, "critical, high, medium, low or info");
            mask |= 1u << sev;
        } else if (n) {
            return invalid(ctx, "severity", p, "critical, high, medium, low or info");
        }
        p += n;
        while (*p == ',' || *p == ' ')
            p++;
    }
    if (!mask)
        return invalid(ctx, "severity list", list, "a comma-separated list of severities");
    cfg->severity_mask = mask;
    cfg->sources[RP_CFG_SEVERITY] = src;
    return RP_OK;
}

int
rp_config_set_fail_on(rp_config *cfg, rp_ctx *ctx, const char *s, rp_cfg_source src)
{
    rp_severity sev;

    if (rp_severity_parse(&sev, s))
        return invalid(ctx, "fail-on severity", s, "critical, high, medium, low or info");
    cfg->fail_on = sev;
    cfg->sources[RP_CFG_FAIL_ON] = src;
    return RP_OK;
}

int
rp_config_set_exit_code(rp_config *cfg, rp_ctx *ctx, const char *s, rp_cfg_source src)
{
    uint64_t v;

    if (rp__parse_u64(&v, s, 255))
        return invalid(ctx, "exit code", s, "a number from 0 to 255");
    cfg->exit_code = (int)v;
    cfg->sources[RP_CFG_EXIT_CODE] = src;
    return RP_OK;
}

int
rp_config_set_format(rp_config *cfg, rp_ctx *ctx, const char *s, rp_cfg_source src)
{
    rp_format f;

    if (rp_format_parse(&f, s))
        return invalid(ctx, "format", s, "table, json, sarif or junit");
    cfg->format = f;
    cfg->sources[RP_CFG_FORMAT] = src;
    return RP_OK;
}

static int
parse_bool(bool *out, const char *s)
{
    static const char *const yes[] = {"1", "true", "yes", "on", NULL};
    static const char *const no[] = {"0", "false", "no", "off", "", NULL};

    for (size_t i = 0; yes[i]; i++)
        if (s && strcasecmp(s, yes[i]) == 0)
            return *out = true, RP_OK;
    for (size_t i = 0; no[i]; i++)
        if (s && strcasecmp(s, no[i]) == 0)
            return *out = false, RP_OK;
    return RP_EINVAL;
}

int
rp_config_set_bool(rp_config *cfg, rp_ctx *ctx, int field, const char *value, rp_cfg_source src)
{
    bool v;

    if (parse_bool(&v, value))
        return invalid(ctx, "boolean", value, "true or false");
    switch (field) {
    case RP_CFG_INLINE: cfg->inline_ignores = v; break;
    case RP_CFG_SHOW_SUPPRESSED: cfg->show_suppressed = v; break;
    case RP_CFG_QUIET: cfg->quiet = v; break;
    case RP_CFG_LABELS: cfg->strict_labels = v; break;
    default: return RP_EINVAL;
    }
    cfg->sources[field] = src;
    return RP_OK;
}

int
rp_config_set_jobs(rp_config *cfg, rp_ctx *ctx, const char *value, rp_cfg_source src)
{
    uint64_t v;

    if (rp__parse_u64(&v, value, 64))
        return invalid(ctx, "jobs", value, "a number from 0 (one per CPU) to 64");
    cfg->jobs = (unsigned)v;
    cfg->sources[RP_CFG_JOBS] = src;
    return RP_OK;
}

int
rp_config_set_pss_version(rp_config *cfg, rp_ctx *ctx, const char *value, rp_cfg_source src)
{
    if (rp_pss_version_parse(&cfg->pss_version, value))
        return invalid(ctx, "Pod Security version", value, "v1.N (v1.30) or latest");
    cfg->sources[RP_CFG_PSS_VERSION] = src;
    return RP_OK;
}

int
rp_config_set_log_level(rp_config *cfg, rp_ctx *ctx, const char *value, rp_cfg_source src)
{
    if (rp_log_level_parse(&cfg->log_level, value))
        return invalid(ctx, "log level", value, "error, warn, info or debug");
    cfg->sources[RP_CFG_LOG_LEVEL] = src;
    return RP_OK;
}

static int
push_str(rp_config *cfg, const char ***arr, size_t *n, const char *s, size_t len)
{
    const char **a;
    char *copy;

    /* arena arrays grow by doubling at powers of two */
    if ((*n & (*n - 1)) == 0) {
        a = rp_arena_grow(&cfg->arena, (void *)*arr, *n, *n ? *n * 2 : 4, sizeof(*a));
        if (!a)
            return RP_ENOMEM;
        *arr = a;
    }
    if (!(copy = rp__str_trim_dup(&cfg->arena, s, len)))
        return RP_ENOMEM;
    if (!*copy)
        return RP_OK;
    (*arr)[(*n)++] = copy;
    return RP_OK;
}

int
rp_config_add_skip(rp_config *cfg, int field, const char *list, rp_cfg_source src)
{
    const char ***arr = field == RP_CFG_SKIP_DIRS ? &cfg->skip_dirs : &cfg->skip_files;
    size_t *n = field == RP_CFG_SKIP_DIRS ? &cfg->nskip_dirs : &cfg->nskip_files;
    int err;

    while (list && *list) {
        size_t len = strcspn(list, ",");
        if ((err = push_str(cfg, arr, n, list, len)))
            return err;
        list += len;
        if (*list == ',')
            list++;
    }
    cfg->sources[field] = src;
    return RP_OK;
}

int
rp_config_add_trusted(rp_config *cfg, const char *reg, rp_cfg_source src)
{
    cfg->sources[RP_CFG_TRUSTED] = src;
    return push_str(cfg, &cfg->trusted_registries, &cfg->ntrusted_registries, reg, strlen(reg));
}

/* Applies fn to every rule that id (a rule id, name or peer id) names. */
static int
for_rules(rp_config *cfg, rp_ctx *ctx, const char *id, void (*fn)(rp_config *, size_t, int),
          int arg)
{
    size_t n = rp_rules_count(), hits = 0;

    for (size_t i = 0; i < n; i++) {
        if (rp_rule_matches(rp_rules_at(i), id) || strcmp(id, "*") == 0) {
            fn(cfg, i, arg);
            hits++;
        }
    }
    if (!hits)
        return rp_ctx_set(ctx, RP_EINVAL, NULL, 0, 0,
                          "unknown rule \"%s\" (see `rampart rules`)", id);
    return RP_OK;
}

static void
set_enabled(rp_config *cfg, size_t i, int on)
{
    cfg->policy.enabled[i] = (signed char)on;
}

static void
set_severity(rp_config *cfg, size_t i, int sev)
{
    cfg->policy.severity[i] = (signed char)sev;
}

int
rp_config_rule_enable(rp_config *cfg, rp_ctx *ctx, const char *rule, bool on)
{
    return for_rules(cfg, ctx, rule, set_enabled, on ? 1 : 0);
}

int
rp_config_rule_severity(rp_config *cfg, rp_ctx *ctx, const char *rule, rp_severity sev)
{
    return for_rules(cfg, ctx, rule, set_severity, (int)sev);
}

void
rp_config_check_expiry(rp_config *cfg, rp_report *r, const char *today)
{
    char now[11];

    if (!today) {
        rp__today(now);
        today = now;
    }
    for (size_t i = 0; i < cfg->nignores; i++) {
        rp_ignore *ig = &cfg->ignores[i];
        /* ISO dates compare as strings; from the expiry day on the entry is void */
        ig->expired = ig->expires && strcmp(ig->expires, today) <= 0;
        if (ig->expired && r)
            rp_report_add_warning(r,
                                  "%s:%u: ignore entry for %s expired on %s and no longer "
                                  "suppresses anything",
                                  cfg->path ? cfg->path : ".rampart.yaml", ig->line, ig->rule,
                                  ig->expires);
    }
}
