/* Dockerfile parser internals shared across src/dockerfile/. */
#ifndef RP_DF_INTERNAL_H
#define RP_DF_INTERNAL_H

#include "rampart/dockerfile.h"

/* Variables in scope while parsing a stage: ARG and ENV, latest last. */
typedef struct rp__df_var {
    const char *name;
    const char *value; /* NULL: declared without a value (ARG X): unknown at build time */
    bool env;
} rp__df_var;

typedef struct rp__df_scope {
    rp__df_var *vars;
    size_t n;
    size_t cap;
} rp__df_scope;

/* Parser state handed to the per-instruction parsers. */
typedef struct rp__df_parser {
    rp_dockerfile *df;
    rp_arena *a;
    const rp_limits *lim;
    rp_ctx *ctx;
    char escape;
    rp__df_scope global;      /* ARGs before the first FROM (and predefined platform ARGs) */
    rp__df_scope *stage_scope; /* per stage, ENV and ARG */
    bool in_onbuild;          /* parsing an ONBUILD trigger: it changes no scope */
} rp__df_parser;

/* Result of splitting/expanding text into words. */
typedef struct rp__df_words {
    char **raw;      /* quotes and escapes removed, variables kept */
    char **exp;      /* variables expanded (NULL when not asked) */
    size_t n;
    bool unresolved; /* some variable had no known value */
} rp__df_words;

/* Splits text into whitespace-separated words honouring quotes and the escape character.
 * When scope is non-NULL, also expands variables into exp. whole: one word (USER, WORKDIR). */
int rp__df_words_split(rp__df_words *out, rp__df_parser *p, const char *text, size_t len,
                       const rp__df_scope *scope, bool whole);
/* Expands one value (ENV/ARG/LABEL) with quote removal; *unresolved set when a variable is
 * unknown. */
char *rp__df_expand(rp__df_parser *p, const char *text, size_t len, const rp__df_scope *scope,
                    bool *unresolved);
const char *rp__df_scope_get(const rp__df_scope *s, const char *name, size_t nlen, bool *found);
int rp__df_scope_set(rp__df_parser *p, rp__df_scope *s, const char *name, const char *value,
                     bool env);

/* Fills the kind-specific members of in from its text. */
int rp__df_parse_instr(rp__df_parser *p, rp_df_instr *in);
/* Resolves stages after all instructions are parsed. */
int rp__df_build_stages(rp__df_parser *p);

#endif
