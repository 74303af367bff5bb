/* Options of the scanning commands, and running a scan. Precedence: flags > RAMPART_*
 * environment > .rampart.yaml > defaults; the layers are applied in that order, lowest
 * first, so each overrides the one below. */
#include <errno.h>
#include <getopt.h>
#include <libgen.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli/cli.h"

enum {
    OPT_FAIL_ON = 256,
    OPT_EXIT_CODE,
    OPT_NO_INLINE,
    OPT_SHOW_SUPPRESSED,
    OPT_BASELINE,
    OPT_SKIP_DIRS,
    OPT_SKIP_FILES,
    OPT_LOG_LEVEL,
    OPT_NO_COLOR,
    OPT_TRUSTED,
    OPT_ENABLE,
    OPT_DISABLE,
    OPT_PSS_VERSION,
};

static const struct option long_opts[] = {
    {"format", required_argument, NULL, 'f'},
    {"output", required_argument, NULL, 'o'},
    {"severity", required_argument, NULL, 's'},
    {"fail-on", required_argument, NULL, OPT_FAIL_ON},
    {"exit-code", required_argument, NULL, OPT_EXIT_CODE},
    {"config", required_argument, NULL, 'c'},
    {"no-inline-ignores", no_argument, NULL, OPT_NO_INLINE},
    {"show-suppressed", no_argument, NULL, OPT_SHOW_SUPPRESSED},
    {"baseline", required_argument, NULL, OPT_BASELINE},
    {"skip-dirs", required_argument, NULL, OPT_SKIP_DIRS},
    {"skip-files", required_argument, NULL, OPT_SKIP_FILES},
    {"log-level", required_argument, NULL, OPT_LOG_LEVEL},
    {"quiet", no_argument, NULL, 'q'},
    {"jobs", required_argument, NULL, 'j'},
    {"no-color", no_argument, NULL, OPT_NO_COLOR},
    {"trusted-registry", required_argument, NULL, OPT_TRUSTED},
    {"enable", required_argument, NULL, OPT_ENABLE},
    {"disable", required_argument, NULL, OPT_DISABLE},
    {"ignore", required_argument, NULL, OPT_DISABLE},
    {"pss-version", required_argument, NULL, OPT_PSS_VERSION},
    {"help", no_argument, NULL, 'h'},
    {NULL, 0, NULL, 0},
};

static const char short_opts[] = "f:o:s:c:qj:h";

static int
usage_error(rp_ctx *ctx)
{
    char buf[2200];

    cli_error("%s", rp_ctx_format(ctx, buf, sizeof(buf)));
    return EXIT_USAGE;
}

/* Applies one flag to the configuration. */
static int
apply_flag(cli_opts *o, int c, const char *arg, rp_ctx *ctx)
{
    rp_config *cfg = &o->cfg;
    int err = RP_OK;

    switch (c) {
    case 'f': err = rp_config_set_format(cfg, ctx, arg, RP_SRC_FLAG); break;
    case 'o':
        cfg->output = arg;
        cfg->sources[RP_CFG_OUTPUT] = RP_SRC_FLAG;
        break;
    case 's': err = rp_config_set_severities(cfg, ctx, arg, RP_SRC_FLAG); break;
    case OPT_FAIL_ON: err = rp_config_set_fail_on(cfg, ctx, arg, RP_SRC_FLAG); break;
    case OPT_EXIT_CODE: err = rp_config_set_exit_code(cfg, ctx, arg, RP_SRC_FLAG); break;
    case OPT_NO_INLINE:
        err = rp_config_set_bool(cfg, ctx, RP_CFG_INLINE, "false", RP_SRC_FLAG);
        break;
    case OPT_SHOW_SUPPRESSED:
        err = rp_config_set_bool(cfg, ctx, RP_CFG_SHOW_SUPPRESSED, "true", RP_SRC_FLAG);
        break;
    case OPT_BASELINE:
        cfg->baseline = arg;
        cfg->sources[RP_CFG_BASELINE] = RP_SRC_FLAG;
        break;
    case OPT_SKIP_DIRS: err = rp_config_add_skip(cfg, RP_CFG_SKIP_DIRS, arg, RP_SRC_FLAG); break;
    case OPT_SKIP_FILES: err = rp_config_add_skip(cfg, RP_CFG_SKIP_FILES, arg, RP_SRC_FLAG); break;
    case OPT_LOG_LEVEL: err = rp_config_set_log_level(cfg, ctx, arg, RP_SRC_FLAG); break;
    case 'q': err = rp_config_set_bool(cfg, ctx, RP_CFG_QUIET, "true", RP_SRC_FLAG); break;
    case 'j': err = rp_config_set_jobs(cfg, ctx, arg, RP_SRC_FLAG); break;
    case OPT_NO_COLOR: o->no_color = true; break;
    case OPT_TRUSTED: err = rp_config_add_trusted(cfg, arg, RP_SRC_FLAG); break;
    case OPT_ENABLE: err = rp_config_rule_enable(cfg, ctx, arg, true); break;
    case OPT_DISABLE: err = rp_config_rule_enable(cfg, ctx, arg, false); break;
    case OPT_PSS_VERSION: err = rp_config_set_pss_version(cfg, ctx, arg, RP_SRC_FLAG); break;
    default: break;
    }
    return err;
}

/* The directory where .rampart.yaml is looked for: the first path's (or its parent's). */
static void
config_root(char *out, size_t size, const char *path)
{
    struct stat st;
    char tmp[PATH_MAX];

    snprintf(out, size, ".");
    if (!path || !strcmp(path, "-") || stat(path, &st) != 0)
        return;
    if (S_ISDIR(st.st_mode)) {
        snprintf(out, size, "%s", path);
        return;
    }
    snprintf(tmp, sizeof(tmp), "%s", path);
    snprintf(out, size, "%s", dirname(tmp));
}

static int
load_config(cli_opts *o, rp_ctx *ctx)
{
    const char *path = o->config_path ? o->config_path : getenv("RAMPART_CONFIG");
    char root[PATH_MAX];

    if (path && *path) {
        if (access(path, R_OK) != 0) {
            cli_error("%s: cannot read config file: %s", path, strerror(errno));
            return EXIT_USAGE;
        }
    } else {
        config_root(root, sizeof(root), o->npaths ? o->paths[0] : NULL);
        if (rp_config_find(&path, &o->cfg, root))
            return EXIT_RUNTIME;
        if (!path && strcmp(root, ".") != 0 && rp_config_find(&path, &o->cfg, "."))
            return EXIT_RUNTIME;
    }
    if (path && rp_config_load_file(&o->cfg, ctx, path))
        return usage_error(ctx);
    return EXIT_CLEAN;
}

int
cli_parse_scan(cli_opts *o, int argc, char **argv, const char *help)
{
    rp_ctx ctx;
    bool trusted_flag = false;
    int c, rc;

    memset(o, 0, sizeof(*o));
    rp_ctx_clear(&ctx);
    if (rp_config_init(&o->cfg)) {
        cli_error("out of memory");
        return EXIT_RUNTIME;
    }
    /* pass 1: --help, --config and the paths, so the file layer can be loaded first */
    opterr = 1;
    optind = 0;
    while ((c = getopt_long(argc, argv, short_opts, long_opts, NULL)) != -1) {
        if (c == 'h') {
            fputs(help, stdout);
            return -1;
        }
        if (c == '?')
            return EXIT_USAGE;
        if (c == 'c')
            o->config_path = optarg;
        trusted_flag |= c == OPT_TRUSTED;
    }
    o->paths = argv + optind;
    o->npaths = argc - optind;
    if ((rc = load_config(o, &ctx)) != EXIT_CLEAN)
        return rc;
    if (rp_config_apply_env(&o->cfg, &ctx))
        return usage_error(&ctx);
    /* pass 2: the flags, over the file and the environment */
    if (trusted_flag)
        o->cfg.ntrusted_registries = 0; /* the flags replace the list, they do not extend it */
    optind = 0;
    opterr = 0;
    while ((c = getopt_long(argc, argv, short_opts, long_opts, NULL)) != -1)
        if (apply_flag(o, c, optarg, &ctx))
            return usage_error(&ctx);
    rp_log_set_level(o->cfg.quiet && o->cfg.log_level > RP_LOG_ERROR ? RP_LOG_ERROR
                                                                       : o->cfg.log_level);
    return EXIT_CLEAN;
}

void
cli_opts_dispose(cli_opts *o)
{
    rp_config_dispose(&o->cfg);
}

static bool
use_color(const cli_opts *o, FILE *out)
{
    const char *nc = getenv("NO_COLOR");

    if (o->no_color || (nc && *nc) || o->cfg.format != RP_FMT_TABLE)
        return false;
    return isatty(fileno(out));
}

/* A one-line progress counter on a terminal's stderr; nothing otherwise. */
static void
progress(size_t done, size_t total, void *payload)
{
    (void)payload;
    if (total < 50)
        return;
    if (done == total || done % 64 == 0)
        fprintf(stderr, "\rscanning: %zu/%zu files%s", done, total, done == total ? "\r\033[K" : "");
}

int
cli_run_scan(cli_opts *o, rp_scan_mode mode)
{
    rp_scan_opts so = {&o->cfg, mode, NULL, NULL};
    rp_write_opts wo = {0};
    rp_report *r = NULL;
    rp_ctx ctx;
    FILE *out = stdout;
    char cwd[PATH_MAX];
    int rc = EXIT_RUNTIME;

    rp_ctx_clear(&ctx);
    if (!o->cfg.quiet && isatty(fileno(stderr)))
        so.progress = progress;
    if (rp_report_new(&r)) {
        cli_error("out of memory");
        return EXIT_RUNTIME;
    }
    if (rp_scan_paths(r, &ctx, (const char *const *)o->paths, (size_t)o->npaths, &so)) {
        usage_error(&ctx);
        goto out;
    }
    if (rp_scan_finish(r, &ctx, &o->cfg)) {
        rc = usage_error(&ctx); /* a bad baseline is a usage error */
        goto out;
    }
    for (size_t i = 0; i < r->nwarnings && !o->cfg.quiet; i++)
        rp_log(RP_LOG_WARN, "%s", r->warnings[i]);
    if (o->cfg.output && strcmp(o->cfg.output, "-") != 0 && !(out = fopen(o->cfg.output, "w"))) {
        cli_error("%s: cannot write report: %s", o->cfg.output, strerror(errno));
        out = NULL;
        goto out;
    }
    wo.color = use_color(o, out);
    wo.show_suppressed = o->cfg.show_suppressed;
    wo.argc = o->argc;
    wo.argv = o->argv;
    wo.working_dir = getcwd(cwd, sizeof(cwd)) ? cwd : NULL;
    if (rp_report_write(out, r, o->cfg.format, &wo, &ctx) || fflush(out) != 0) {
        cli_error("cannot write report: %s", ctx.msg[0] ? ctx.msg : strerror(errno));
        goto out;
    }
    rc = rp_scan_exit_code(r, &o->cfg);
out:
    if (out && out != stdout && fclose(out) != 0 && rc != EXIT_RUNTIME) {
        cli_error("%s: cannot write report: %s", o->cfg.output, strerror(errno));
        rc = EXIT_RUNTIME;
    }
    rp_report_free(r);
    return rc;
}
