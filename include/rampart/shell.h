/* The RUN splitter: a POSIX shell command line cut into simple commands, so that rules reason
 * about commands and their arguments rather than raw text. Not an interpreter: nothing is
 * expanded or executed. */
#ifndef RAMPART_SHELL_H
#define RAMPART_SHELL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The operator that follows a simple command. */
typedef enum rp_sh_op {
    RP_SH_END = 0, /* last command of the script (or of a $( ), ` ` or sh -c script) */
    RP_SH_SEQ,     /* ; or newline */
    RP_SH_AND,     /* && */
    RP_SH_OR,      /* || */
    RP_SH_PIPE,    /* | or |& */
    RP_SH_BG,      /* & */
} rp_sh_op;

/* Word flags. */
enum {
    RP_SH_W_QUOTED = 1 << 0,    /* some part of the word was quoted or escaped */
    RP_SH_W_EXPANSION = 1 << 1, /* the word holds an unquoted or double-quoted $ or ` */
};

typedef struct rp_sh_cmd {
    char **argv;       /* argv[0] is the command name; words after quote removal, with $VAR,
                          ${...}, $(...) and `...` kept as written; argv[argc] is NULL */
    uint8_t *wflags;   /* RP_SH_W_* for each argv word */
    size_t argc;       /* >= 1 */
    char **assigns;    /* leading NAME=value words (quotes removed) */
    size_t nassigns;
    char **redirs;     /* redirections, normalised as "op target" ("> /dev/null", "<< EOF");
                          fd duplications without the space ("2>&1", "3<&-") */
    size_t nredirs;
    rp_sh_op op;       /* what follows this command */
    uint32_t list;     /* and-or list id: commands joined by &&, || and | share it */
    uint32_t pipeline; /* pipeline id: commands joined by | share it. Ids grow along a
                          script but are not dense across nesting levels */
    uint32_t depth;    /* 0 at top level; +1 inside ( ), { }, $( ), ` `, sh -c, if/for/while... */
    bool negated;      /* preceded by ! */
    size_t offset;     /* byte offset of the command's first word (or first assignment) in
                          the parsed text; inside sh -c '...', where the word stands in the
                          outer text (exact unless escapes in the string shrank it) */
    uint32_t line;     /* free for the caller (the Dockerfile parser stores the file line) */
} rp_sh_cmd;

typedef struct rp_sh_script {
    rp_sh_cmd *cmds;   /* in source order; commands of $(...) come before the command that
                          uses them; commands of `sh -c '...'` come right after the sh command */
    size_t n;
    bool has_pipe;     /* some | between two commands, at any depth */
    const char *error; /* non-NULL when the text is not complete shell (unterminated quote,
                          unbalanced parenthesis); the commands before the problem are kept */
} rp_sh_script;

/* Splits src into simple commands. Everything lives in arena a. Returns RP_ELIMIT (ctx set)
 * when lim->max_shell_depth or lim->max_shell_commands is exceeded; a syntax problem is not an
 * error: it is reported in out->error. A command of only assignments or redirections
 * ("A=1", "> f") is not emitted (commands inside its $( ) are). lim may be NULL (defaults). */
int rp_sh_parse(rp_sh_script *out, rp_arena *a, const char *src, size_t len, const rp_limits *lim,
                rp_ctx *ctx);

/* Builds a script of one command from an exec-form argv (["apt-get","install","x"]); when
 * argv is a shell with -c ("sh -c '...'"), the string is split too, as in rp_sh_parse. */
int rp_sh_from_argv(rp_sh_script *out, rp_arena *a, char *const *argv, size_t argc,
                    const rp_limits *lim, rp_ctx *ctx);

/* argv[0]'s base name ("/usr/bin/apt-get" -> "apt-get"). */
const char *rp_sh_cmd_name(const rp_sh_cmd *c);
/* True when the base name of argv[0] is name. */
bool rp_sh_cmd_is(const rp_sh_cmd *c, const char *name);
/* True when some option word before "--" is the short option ch, alone or in a cluster
 * ("-y", "-qy"). Long options never match. */
bool rp_sh_has_short(const rp_sh_cmd *c, char ch);
/* True when some option word before "--" is "--name" or "--name=..." (name without dashes). */
bool rp_sh_has_long(const rp_sh_cmd *c, const char *name);
/* The value of an option: "--name=v", "--name v", "-x v" or "-xv". short_ch may be 0, name
 * may be NULL. NULL when absent. */
const char *rp_sh_opt_value(const rp_sh_cmd *c, char short_ch, const char *name);
/* Collects the positional arguments of c (argv[1..]), skipping options and, for the options
 * listed in the NULL-terminated takes_value (e.g. "-o", "--target-release"; may be NULL;
 * short ones also match "-oVALUE" and end clusters: "-xzf FILE"), the
 * word after them. Stops option parsing after "--". Returns the count (may exceed max; only
 * max are stored). */
size_t rp_sh_positionals(const rp_sh_cmd *c, const char *const *takes_value, const char **out,
                         size_t max);

#ifdef __cplusplus
}
#endif
#endif
