/* rampart scan PATH..., rampart dockerfile FILE..., rampart k8s PATH... and
 * rampart compose FILE... */
#include <string.h>
#include <unistd.h>

#include "cli/cli.h"

/* The compose files `docker compose` reads here without -f: the first of its file names, and
 * the first of its override names. Returns how many were found. */
static int
default_compose(char **out)
{
    static char *const names[] = {"compose.yaml", "compose.yml", "docker-compose.yml",
                                  "docker-compose.yaml"};
    static char *const overrides[] = {"compose.override.yaml", "compose.override.yml",
                                      "docker-compose.override.yml",
                                      "docker-compose.override.yaml"};
    int n = 0;

    for (size_t i = 0; i < 4 && n == 0; i++)
        if (access(names[i], R_OK) == 0)
            out[n++] = names[i];
    for (size_t i = 0; i < 4 && n == 1; i++)
        if (access(overrides[i], R_OK) == 0)
            out[n++] = overrides[i];
    return n;
}

static int
run(int argc, char **argv, const char *help, rp_scan_mode mode)
{
    cli_opts o;
    char *dot[] = {".", NULL};
    char *dockerfile[] = {"Dockerfile", NULL};
    char *compose[3] = {NULL, NULL, NULL};
    int rc = cli_parse_scan(&o, argc, argv, help);

    if (rc != EXIT_CLEAN) {
        cli_opts_dispose(&o);
        return rc < 0 ? EXIT_CLEAN : rc;
    }
    o.argc = argc;
    o.argv = argv;
    if (o.npaths == 0 && mode == RP_SCAN_K8S) {
        cli_error("k8s: name the manifests or directories to check (or - for stdin)");
        cli_opts_dispose(&o);
        return EXIT_USAGE;
    }
    if (o.npaths == 0 && mode == RP_SCAN_COMPOSE) {
        if (!(o.npaths = default_compose(compose))) {
            cli_error("compose: no compose.yaml or docker-compose.yml here; name the files to "
                      "check (or - for stdin)");
            cli_opts_dispose(&o);
            return EXIT_USAGE;
        }
        o.paths = compose;
    }
    if (o.npaths == 0) {
        if (mode == RP_SCAN_DOCKERFILE && access("Dockerfile", R_OK) != 0) {
            cli_error("dockerfile: no Dockerfile here; name the files to lint (or - for stdin)");
            cli_opts_dispose(&o);
            return EXIT_USAGE;
        }
        o.paths = mode == RP_SCAN_DOCKERFILE ? dockerfile : dot;
        o.npaths = 1;
    }
    rc = cli_run_scan(&o, mode);
    cli_opts_dispose(&o);
    return rc;
}

int
cmd_scan(int argc, char **argv)
{
    return run(argc, argv, help_scan, RP_SCAN_ALL);
}

int
cmd_dockerfile(int argc, char **argv)
{
    return run(argc, argv, help_dockerfile, RP_SCAN_DOCKERFILE);
}

int
cmd_k8s(int argc, char **argv)
{
    return run(argc, argv, help_k8s, RP_SCAN_K8S);
}

int
cmd_compose(int argc, char **argv)
{
    return run(argc, argv, help_compose, RP_SCAN_COMPOSE);
}
