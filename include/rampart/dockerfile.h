/* Dockerfile parser (following the BuildKit frontend) and the Dockerfile analyzer. */
#ifndef RAMPART_DOCKERFILE_H
#define RAMPART_DOCKERFILE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "common.h"
#include "report.h"
#include "shell.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum rp_df_kind {
    RP_DF_UNKNOWN = 0,
    RP_DF_ADD,
    RP_DF_ARG,
    RP_DF_CMD,
    RP_DF_COPY,
    RP_DF_ENTRYPOINT,
    RP_DF_ENV,
    RP_DF_EXPOSE,
    RP_DF_FROM,
    RP_DF_HEALTHCHECK,
    RP_DF_LABEL,
    RP_DF_MAINTAINER,
    RP_DF_ONBUILD,
    RP_DF_RUN,
    RP_DF_SHELL,
    RP_DF_STOPSIGNAL,
    RP_DF_USER,
    RP_DF_VOLUME,
    RP_DF_WORKDIR,
} rp_df_kind;

#define RP_DF_KIND_COUNT 19

/* "FROM", "RUN", ...; "UNKNOWN" for RP_DF_UNKNOWN. */
const char *rp_df_kind_name(rp_df_kind k);

/* An instruction flag: "--mount=type=cache,target=/x" has name "mount" and the value after
 * the first '=' (quotes removed); "--link" has value NULL. */
typedef struct rp_df_flag {
    const char *name;
    const char *value;
} rp_df_flag;

/* A RUN --mount, split into its keys. Absent keys are NULL; type defaults to "bind". */
typedef struct rp_df_mount {
    const char *type;   /* bind, cache, tmpfs, secret, ssh */
    const char *target; /* target, dst or destination */
    const char *source; /* source or src */
    const char *from;
    const char *id;
    const char *env;    /* secret mounts exposed as an environment variable */
} rp_df_mount;

/* A key/value of ENV, ARG or LABEL. value is NULL for "ARG NAME" without a default. */
typedef struct rp_df_kv {
    const char *key;
    const char *value;   /* quotes removed, not expanded */
    const char *xvalue;  /* value after ${VAR} expansion (NULL when value is NULL) */
} rp_df_kv;

/* A heredoc attached to RUN, COPY or ADD. */
typedef struct rp_df_heredoc {
    const char *name;    /* delimiter word, quotes removed ("EOF") */
    const char *content; /* body, leading tabs stripped for <<-; ends with '\n' unless empty */
    size_t len;
    bool expand;         /* delimiter was unquoted: variables are expanded in the body */
    bool chomp;          /* <<- form */
    uint32_t line;       /* line of the first body line */
    uint32_t end_line;   /* line of the closing delimiter */
} rp_df_heredoc;

typedef struct rp_df_instr rp_df_instr;

/* Maps offsets in an instruction's text back to file lines: from byte `offset` of text on,
 * the text comes from file line `line`. */
typedef struct rp_df_linemap {
    size_t offset;
    uint32_t line;
} rp_df_linemap;

struct rp_df_instr {
    rp_df_kind kind;
    const char *keyword;    /* as written ("run", "Run", "RUN") */
    uint32_t line;          /* line of the keyword, 1-based */
    uint32_t column;        /* column of the keyword, 1-based */
    uint32_t end_line;      /* last line, continuations and heredoc bodies included */
    int stage;              /* index into rp_dockerfile.stages; -1 before the first FROM */
    const char *text;       /* everything after the keyword as one logical line: escaped
                               newlines removed, comment lines inside continuations dropped,
                               heredoc bodies excluded, outer whitespace trimmed */
    rp_df_flag *flags;      /* leading --flags, in order */
    size_t nflags;
    const char *args_text;  /* text after the flags (for HEALTHCHECK: after "CMD") */
    size_t args_offset;     /* byte offset of args_text within text */
    bool json;              /* exec (JSON array) form */
    char **args;            /* JSON form: the elements. Shell form: the words of args_text,
                               quotes and escapes removed (RUN/CMD/ENTRYPOINT/SHELL/HEALTHCHECK
                               shell forms: empty; use args_text) */
    size_t nargs;
    char **xargs;           /* args after ${VAR} expansion with the ARGs and ENVs in scope, for
                               the instructions Docker expands (ADD COPY ENV EXPOSE FROM LABEL
                               STOPSIGNAL USER VOLUME WORKDIR); otherwise the same as args */
    rp_df_kv *kvs;          /* ENV, ARG, LABEL (and MAINTAINER is not one) */
    size_t nkvs;
    rp_df_heredoc *heredocs;
    size_t nheredocs;
    rp_df_mount *mounts;    /* RUN --mount flags */
    size_t nmounts;
    rp_sh_script *sh;       /* RUN: the commands (shell form, exec form, and heredoc scripts);
                               cmd->line is the Dockerfile line of each command.
                               NULL for other kinds */
    bool healthcheck_none;  /* HEALTHCHECK NONE */
    rp_df_instr *sub;       /* ONBUILD: the instruction it wraps (stage == this one's) */
    const char *error;      /* set when the instruction is broken; other fields best-effort */
    rp_df_linemap *linemap; /* ascending offsets; the first entry is {0, line} */
    size_t nlinemap;
};

/* An image reference as written in FROM (after ARG substitution). */
typedef struct rp_df_image_ref {
    const char *raw;        /* after substitution */
    const char *registry;   /* "docker.io" when the reference names none */
    const char *repository; /* "library/ubuntu" */
    const char *tag;        /* NULL when none */
    const char *digest;     /* "sha256:..." or NULL */
    bool unresolved;        /* still holds a $VAR after substitution */
} rp_df_image_ref;

typedef struct rp_df_stage {
    uint32_t index;
    const char *name;       /* "AS" alias, lowercased (BuildKit compares them so); NULL if none */
    const char *base;       /* the image or stage named by FROM, after substitution */
    int parent;             /* index of the earlier stage FROM names; -1 for an image */
    bool scratch;           /* FROM scratch */
    rp_df_image_ref ref;    /* meaningful when parent < 0 and !scratch */
    const char *platform;   /* --platform value as written, or NULL */
    size_t first;           /* index of the FROM instruction */
    size_t end;             /* one past the stage's last instruction */
    uint32_t line;
    bool used;              /* the final stage, or one that a used stage needs (FROM,
                               COPY --from, RUN --mount from=) */
} rp_df_stage;

typedef struct rp_df_comment {
    uint32_t line;
    const char *text;       /* after the '#', trimmed */
} rp_df_comment;

typedef struct rp_dockerfile {
    rp_arena arena;
    const char *path;
    const char *src;        /* a copy of the input */
    size_t len;
    uint32_t *lines;        /* byte offset of each line start; nlines entries */
    uint32_t nlines;
    char escape;            /* '\\' or '`' (from "# escape=") */
    const char *syntax;     /* "# syntax=" value, or NULL */
    const char *check;      /* "# check=" value, or NULL */
    rp_df_instr *instrs;
    size_t ninstrs;
    rp_df_stage *stages;
    size_t nstages;
    rp_df_comment *comments;
    size_t ncomments;
    size_t nerrors;         /* instructions with error set */
} rp_dockerfile;

/* Parses a Dockerfile. A broken instruction does not fail the parse: it gets instr->error and
 * the rest is parsed. Fails (ctx set, *out NULL) only on limits (RP_ELIMIT), a NUL byte or
 * invalid UTF-8 in the file (RP_EPARSE: a binary file), or RP_ENOMEM. */
int rp_dockerfile_parse(rp_dockerfile **out, rp_ctx *ctx, const char *path, const char *buf,
                        size_t len, const rp_limits *lim);
void rp_dockerfile_free(rp_dockerfile *df);

/* Source text of a 1-based line without its newline; NULL past the end. */
const char *rp_dockerfile_line(const rp_dockerfile *df, uint32_t line, size_t *len);
/* The Dockerfile line of a byte offset within instr->text. */
uint32_t rp_df_instr_line_at(const rp_df_instr *in, size_t offset);
/* The flag named name (without dashes), or NULL. */
const rp_df_flag *rp_df_instr_flag(const rp_df_instr *in, const char *name);
/* Looks up an ARG or ENV visible at instruction index i of its stage (ENV beats ARG, later
 * beats earlier, FROM-parent stages inherited; global ARGs only when redeclared). Returns the
 * expanded value or NULL when not defined. */
const char *rp_df_lookup_var(const rp_dockerfile *df, size_t i, const char *name);
/* Parses an image reference ("repo:tag@sha256:..."); strings are allocated in a. */
int rp_df_parse_image_ref(rp_df_image_ref *out, rp_arena *a, const char *ref);
/* The stage a COPY --from / RUN --mount from= value names (alias or index) before stage
 * `before`, or -1 when it names an image. */
int rp_df_stage_ref(const rp_dockerfile *df, const char *name, size_t before);

struct rp_config;

/* Runs every enabled Dockerfile rule, adding findings through em. cfg (may be NULL) gives the
 * Dockerfile knobs: trusted registries, label schema. */
int rp_dockerfile_analyze(rp_emitter *em, const rp_dockerfile *df, const struct rp_config *cfg);

/* Registers the Dockerfile rules' catalogue entries with a target (for JUnit/SARIF). */
int rp_dockerfile_target_rules(rp_report *r, size_t target, const struct rp_config *cfg);

#ifdef __cplusplus
}
#endif
#endif
