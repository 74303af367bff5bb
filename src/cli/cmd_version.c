/* rampart version */
#include <string.h>

#include "cli/cli.h"

int
cmd_version(int argc, char **argv)
{
    if (argc > 1 && (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h"))) {
        fputs(help_version, stdout);
        return EXIT_CLEAN;
    }
    printf("rampart %s\n", RP_VERSION);
    printf("rules: %zu\n", rp_rules_count());
    return EXIT_CLEAN;
}
