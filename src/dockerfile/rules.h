/* Dockerfile rules: shared helpers for the checks in rules_*.c. Each rules_<topic>.c holds
 * its rules as static const rp_rule rows and one check function, exported as a ruleset. */
#ifndef RP_DF_RULES_H
#define RP_DF_RULES_H

#include "rampart/config.h"
#include "rampart/dockerfile.h"

/* What a check gets. */
typedef struct rp__df_check {
    rp_emitter *em;
    const rp_dockerfile *df;
    const rp_config *cfg; /* may be NULL: defaults */
} rp__df_check;

/* A topic's rules and the one function that checks them all. */
typedef struct rp__df_ruleset {
    const rp_rule *const *rules; /* NULL-terminated */
    void (*check)(rp__df_check *c);
} rp__df_ruleset;

/* Every ruleset, NULL-terminated (rules.c). */
extern const rp__df_ruleset *const rp__df_rulesets[];

/* True when the rule is enabled for this scan (cheap; use it to skip expensive work). */
bool rp__df_on(const rp__df_check *c, const rp_rule *rule);
/* Reports rule at instruction in (its first line to its last). */
void rp__df_report(rp__df_check *c, const rp_rule *rule, const rp_df_instr *in, const char *fmt,
                   ...) RP_PRINTF(4, 5);
/* Reports rule at one command of a RUN (the line the command is on; for a command in a
 * heredoc body, the lines from the RUN down to the command). */
void rp__df_report_cmd(rp__df_check *c, const rp_rule *rule, const rp_df_instr *in,
                       const rp_sh_cmd *cmd, const char *fmt, ...) RP_PRINTF(5, 6);
/* Reports rule at a line of the file that is not an instruction (end_line may be 0). */
void rp__df_report_line(rp__df_check *c, const rp_rule *rule, uint32_t line, uint32_t end_line,
                        const char *fmt, ...) RP_PRINTF(5, 6);

/* The RUN behind an instruction: in itself, or the RUN that an ONBUILD wraps; else NULL. */
const rp_df_instr *rp__df_run(const rp_df_instr *in);
/* The final stage, or NULL for a file without FROM. */
const rp_df_stage *rp__df_final_stage(const rp_dockerfile *df);
/* True when the command's base name is one of the NULL-terminated names. */
bool rp__df_cmd_in(const rp_sh_cmd *cmd, const char *const *names);
/* The index of the first positional argument equal to one of words (e.g. "install"),
 * skipping options (and the values of options in takes_value); -1 when none. Positional
 * arguments are counted from argv[1]. */
int rp__df_subcommand(const rp_sh_cmd *cmd, const char *const *takes_value,
                      const char *const *words);
/* The stage's SHELL at instruction index i (the last SHELL before i in the stage or its FROM
 * parents), or NULL for the default /bin/sh -c. */
const rp_df_instr *rp__df_shell_at(const rp_dockerfile *df, size_t i);

/* Reports rule at instruction in, like rp__df_report, with key (e.g. the variable name)
 * telling apart several findings of one rule on one instruction. */
void rp__df_report_key(rp__df_check *c, const rp_rule *rule, const rp_df_instr *in, const char *key,
                       const char *fmt, ...) RP_PRINTF(5, 6);

/* True when stage's files end up in the built image: the final stage or a stage it builds
 * FROM (directly or not). A stage only copied from (COPY --from) is not. */
bool rp__df_stage_in_image(const rp_dockerfile *df, int stage);

/* The command's words joined by spaces, cut with "..." to fit size: for messages. */
void rp__df_cmd_text(char *out, size_t size, const rp_sh_cmd *cmd);

/* The command that a wrapper runs: "sudo -u app pip install x" -> "pip install x"; also exec,
 * command, builtin, busybox, env, nice, nohup, time, timeout, stdbuf, xargs, eatmydata,
 * fakeroot, gosu, su-exec and doas. out is a window into cmd's argv (same line, assigns and
 * redirections). False when cmd is no wrapper or runs nothing ("sudo -l", "command -v x"). */
bool rp__df_cmd_inner(rp_sh_cmd *out, const rp_sh_cmd *cmd);
/* Sets out to the innermost command of a chain of wrappers ("exec sudo nice make" -> "make"),
 * or to cmd itself when it is no wrapper; returns out. */
const rp_sh_cmd *rp__df_cmd_unwrap(rp_sh_cmd *out, const rp_sh_cmd *cmd);

#endif
