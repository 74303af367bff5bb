/* The rampart program: subcommands share these. Uses only the public API. */
#ifndef RP_CLI_H
#define RP_CLI_H

#include <stdbool.h>
#include <stdio.h>

#include "rampart/rampart.h"

/* Exit codes (docs/rampart.1). */
enum { EXIT_CLEAN = 0, EXIT_FINDINGS = 1, EXIT_USAGE = 2, EXIT_RUNTIME = 3 };

int cmd_scan(int argc, char **argv);
int cmd_dockerfile(int argc, char **argv);
int cmd_k8s(int argc, char **argv);
int cmd_compose(int argc, char **argv);
int cmd_rules(int argc, char **argv);
int cmd_config(int argc, char **argv);
int cmd_version(int argc, char **argv);

/* Help texts (help.c); the man page says the same. */
extern const char help_main[];
extern const char help_scan[];
extern const char help_dockerfile[];
extern const char help_k8s[];
extern const char help_compose[];
extern const char help_rules[];
extern const char help_config[];
extern const char help_version[];

/* Options every scanning command takes. */
typedef struct cli_opts {
    rp_config cfg;
    const char *config_path; /* --config or RAMPART_CONFIG */
    bool no_color;
    char **paths;
    int npaths;
    int argc;                /* the whole command line, for SARIF */
    char **argv;
} cli_opts;

/* Parses a scanning command's arguments into o, loading config file and environment
 * underneath the flags. Returns EXIT_CLEAN to go on, EXIT_USAGE (message printed) or -1 when
 * --help was printed. */
int cli_parse_scan(cli_opts *o, int argc, char **argv, const char *help);
void cli_opts_dispose(cli_opts *o);
/* Scans, writes the report, returns the exit code. */
int cli_run_scan(cli_opts *o, rp_scan_mode mode);
/* "rampart: <cmd>: message" on stderr. */
void cli_error(const char *fmt, ...) RP_PRINTF(1, 2);

#endif
