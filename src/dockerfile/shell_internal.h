/* RUN splitter internals shared by shell.c (commands, operators, compound commands, levels)
 * and shell_word.c (scanning words, here-document bodies, comments). Nothing here is used
 * outside those two files; the public API is include/rampart/shell.h. */
#ifndef RP_SH_INTERNAL_H
#define RP_SH_INTERNAL_H

#include <string.h>

#include "rampart/shell.h"

/* No index: no open command (sh_level.open), no sh -c script, no quote yet (sh_tok.lit). */
#define SH_NONE SIZE_MAX
/* Internal word flag, never in rp_sh_cmd.wflags: a $( ), ` ` or <( ) of this word was
 * split already, so an `sh -c` of the word must not split it a second time. */
#define SH_W_SUBST 0x80u

/* A word of the command being built, and an open ( ), { } or compound command: shell.c. */
typedef struct sh_word sh_word;
typedef struct sh_frame sh_frame;

/* A here-document whose body is skipped at the end of its line. delim points into the
 * arena (the redirection's text). */
typedef struct sh_heredoc {
    const char *delim;
    size_t n;
    bool strip; /* <<- */
} sh_heredoc;

/* Shared by every level of one parse. The three stacks are used stack-wise: a level owns
 * the entries above its bases, so a nested level never disturbs a command being built. */
typedef struct sh_state {
    rp_sh_script *out;
    rp_arena *a;
    rp_ctx *ctx;
    uint32_t max_depth;
    uint32_t max_cmds;
    size_t ccap;
    sh_word *w;
    size_t nw, wcap;
    sh_frame *f;
    size_t nf, fcap;
    sh_heredoc *h;
    size_t nh, hcap;
    uint32_t next_list, next_pipe;
} sh_state;

typedef struct sh_level {
    sh_state *st;
    const char *src;
    size_t len, pos;
    char *scratch;
    size_t base_off; /* where src starts in the outermost text (sh -c scripts) */
    uint32_t depth;
    size_t wbase, fbase, hbase;
    size_t open;  /* the last command while no operator followed it; SH_NONE otherwise */
    size_t nargs; /* argument words (W_ARG in shell.c) of the command being built */
    uint32_t list, pipe;
    uint8_t mode;
    char term;       /* ')' for $( ) and <( ), 0 otherwise */
    bool nosubst;    /* copy $( ) and ` ` without splitting them (see SH_W_SUBST) */
    bool item;       /* a command or compound command ended, no operator followed yet */
    bool negated;    /* ! seen for the next command */
    bool case_first; /* M_CASE_PAT: no pattern word yet, so esac closes */
    bool done;       /* the terminating ) was read */
    bool dangling;   /* &&, || or | with nothing after it yet */
} sh_level;

/* A word just scanned: its text is scratch[start, start + n). */
typedef struct sh_tok {
    size_t start;
    size_t n;
    size_t lit; /* bytes of unquoted literal text before the first quote or expansion */
    uint8_t flags;
} sh_tok;

/* ---- defined in shell.c, called by shell_word.c ----------------------------------------- */

/* Splits L->src[from, to) one level deeper; its commands go to L->st->out; *out: where it ended. */
int rp__sh_parse_nested(size_t *out, sh_level *L, size_t from, size_t to, char term);

/* ---- defined in shell_word.c, called by shell.c ----------------------------------------- */

/* Scans the word at L's cursor, quotes removed, into L's scratch at [out->start, +out->n). */
int rp__sh_scan_word(sh_tok *out, sh_level *L);
/* Moves L's cursor past the (( arithmetic )) at it; nothing in it is kept. */
void rp__sh_skip_arith(sh_level *L);
/* Skips the bodies of the here-documents queued on L's line that just ended; empties the queue. */
void rp__sh_skip_heredocs(sh_level *L);
/* Moves L's cursor from # to the newline that ends the comment (the newline is not consumed). */
void rp__sh_skip_comment(sh_level *L);

/* ---- hot helpers, inline in both files -------------------------------------------------- */

/* A syntax problem is not an error: the first one is reported, splitting goes on. */
static inline void
syntax(sh_state *st, const char *msg)
{
    if (!st->out->error)
        st->out->error = msg;
}

/* The byte k ahead of the cursor, or -1 past the end. */
static inline int
at(const sh_level *L, size_t k)
{
    if (L->pos >= L->len || L->len - L->pos <= k)
        return -1;
    return (unsigned char)L->src[L->pos + k];
}

static inline bool
in_set(int c, const char *set)
{
    return c > 0 && strchr(set, c) != NULL;
}

/* Byte classes, so that the per-byte loops need no strchr. */
enum { SH_C_META = 1, SH_C_QUOTE = 2 };
static const uint8_t sh_char_class[256] = {
    [' '] = SH_C_META,   ['\t'] = SH_C_META, ['\r'] = SH_C_META, ['\n'] = SH_C_META,
    [';'] = SH_C_META,   ['&'] = SH_C_META,  ['|'] = SH_C_META,  ['<'] = SH_C_META,
    ['>'] = SH_C_META,   ['('] = SH_C_META,  [')'] = SH_C_META,  ['\\'] = SH_C_QUOTE,
    ['\''] = SH_C_QUOTE, ['"'] = SH_C_QUOTE, ['`'] = SH_C_QUOTE, ['$'] = SH_C_QUOTE,
};

static inline bool
is_meta(int c)
{
    return c >= 0 && (sh_char_class[c] & SH_C_META);
}

static inline bool
is_name_start(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

static inline bool
is_digit(int c)
{
    return c >= '0' && c <= '9';
}

static inline bool
is_name_char(int c)
{
    return is_name_start(c) || is_digit(c);
}

/* Length of the backslash-newline (or backslash-CRLF) line continuation at the cursor. */
static inline size_t
continuation(const sh_level *L)
{
    if (at(L, 0) != '\\')
        return 0;
    if (at(L, 1) == '\n')
        return 2;
    return at(L, 1) == '\r' && at(L, 2) == '\n' ? 3 : 0;
}

#endif
