/* rampart: the command-line front end. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"

void
cli_error(const char *fmt, ...)
{
    va_list ap;

    fputs("rampart: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
}

static const struct {
    const char *name;
    int (*run)(int, char **);
} commands[] = {
    {"scan", cmd_scan},       {"dockerfile", cmd_dockerfile}, {"k8s", cmd_k8s},
    {"compose", cmd_compose}, {"rules", cmd_rules},
    {"config", cmd_config},   {"version", cmd_version},
};

int
main(int argc, char **argv)
{
    const char *cmd = argc > 1 ? argv[1] : NULL;

    if (!cmd || !strcmp(cmd, "-h") || !strcmp(cmd, "--help") || !strcmp(cmd, "help")) {
        if (cmd && !strcmp(cmd, "help") && argc > 2) {
            char *sub[] = {argv[2], "--help", NULL};
            for (size_t i = 0; i < sizeof(commands) / sizeof(commands[0]); i++)
                if (!strcmp(argv[2], commands[i].name))
                    return commands[i].run(2, sub);
        }
        fputs(help_main, cmd ? stdout : stderr);
        return cmd ? EXIT_CLEAN : EXIT_USAGE;
    }
    if (!strcmp(cmd, "--version") || !strcmp(cmd, "-V"))
        return cmd_version(1, argv + 1);
    for (size_t i = 0; i < sizeof(commands) / sizeof(commands[0]); i++)
        if (!strcmp(cmd, commands[i].name))
            return commands[i].run(argc - 1, argv + 1);
    cli_error("unknown command \"%s\" (see `rampart --help`)", cmd);
    return EXIT_USAGE;
}
