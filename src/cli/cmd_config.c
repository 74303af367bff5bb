/* rampart config [PATH]: the effective configuration and where each value comes from. */
#include "cli/cli.h"

int
cmd_config(int argc, char **argv)
{
    cli_opts o;
    int rc = cli_parse_scan(&o, argc, argv, help_config);

    if (rc == EXIT_CLEAN) {
        rp_config_check_expiry(&o.cfg, NULL, NULL);
        rc = rp_config_print(stdout, &o.cfg) ? EXIT_RUNTIME : EXIT_CLEAN;
    }
    cli_opts_dispose(&o);
    return rc < 0 ? EXIT_CLEAN : rc;
}
