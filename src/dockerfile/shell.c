/* The RUN splitter: cuts POSIX sh text into simple commands in one left-to-right pass, with
 * quote removal and nothing else. docs/internals/shell.md describes the model and edge cases.
 *
 * One sh_level reads one text: the script, the inside of a $( ) or ` `, or the string of an
 * `sh -c`. Levels recurse (bounded by the depth limit); ( ), { } and the compound commands
 * are frames on an explicit stack instead. This file reads commands, operators, redirections
 * and compound commands; shell_word.c scans each word (quotes, escapes, expansions) and calls
 * back into rp__sh_parse_nested for a $( ) or ` ` inside it. */
#include <string.h>

#include "dockerfile/shell_internal.h"

/* Levels are C recursion: bound them whatever the caller's limit says. */
#define HARD_MAX_DEPTH 256u

enum { W_ARG, W_ASSIGN, W_REDIR };
enum { F_SUBSHELL, F_BRACE, F_IF, F_LOOP, F_CASE };
/* What the next word is: a command word, or part of a compound command's syntax. */
enum {
    M_CMD,
    M_FOR_NAME,  /* after for: the loop variable */
    M_FOR_AFTER, /* after the variable: in, do, ; or newline */
    M_FOR_WORDS, /* the words after in */
    M_CASE_WORD, /* after case: the subject */
    M_CASE_IN,   /* after the subject: in */
    M_CASE_PAT,  /* patterns up to ) or esac */
    M_FUNC_NAME, /* after function */
    M_DBRACKET,  /* inside [[ ]]: operators are words */
};

static const char *const frame_missing[] = {"missing )", "missing }", "missing fi", "missing done",
                                            "missing esac"};
static const char *const mode_incomplete[] = {
    [M_FOR_NAME] = "incomplete for loop",    [M_FOR_AFTER] = "incomplete for loop",
    [M_FOR_WORDS] = "incomplete for loop",   [M_CASE_WORD] = "incomplete case",
    [M_CASE_IN] = "incomplete case",         [M_CASE_PAT] = "incomplete case",
    [M_FUNC_NAME] = "missing function name", [M_DBRACKET] = "missing ]]",
};

enum {
    R_IF,
    R_THEN,
    R_ELIF,
    R_ELSE,
    R_FI,
    R_WHILE,
    R_UNTIL,
    R_DO,
    R_DONE,
    R_FOR,
    R_SELECT,
    R_CASE,
    R_ESAC,
    R_LBRACE,
    R_RBRACE,
    R_BANG,
    R_IN,
    R_FUNCTION
};
static const uint8_t reserved_len[] = {2, 4, 4, 4, 2, 5, 5, 2, 4, 3, 6, 4, 4, 1, 1, 1, 2, 8};
static const char *const reserved_words[] = {
    "if",  "then",   "elif", "else", "fi", "while", "until", "do", "done",
    "for", "select", "case", "esac", "{",  "}",     "!",     "in", "function",
};
_Static_assert(sizeof(reserved_len) == sizeof(reserved_words) / sizeof(reserved_words[0]),
               "one length per reserved word");

struct sh_word {
    char *s;
    size_t off;
    uint8_t flags;
    uint8_t kind;
};

struct sh_frame {
    uint8_t kind;
    uint32_t list, pipe; /* ids to restore when the frame closes */
};

static int split_script(sh_state *st, const char *s, size_t n, uint32_t depth, size_t base,
                        bool nosubst);

/* ---- small helpers ---------------------------------------------------------------------- */

static int
nomem(sh_state *st)
{
    return rp_ctx_set(st->ctx, RP_ENOMEM, "", 0, 0, "out of memory splitting shell text");
}

static int
too_deep(sh_state *st)
{
    return rp_ctx_set(st->ctx, RP_ELIMIT, "", 0, 0, "shell nesting deeper than %u levels",
                      (unsigned)st->max_depth);
}

/* Makes room for one more element of an arena array, doubling it. NULL when out of memory. */
static void *
reserve(sh_state *st, void *arr, size_t n, size_t *cap, size_t size)
{
    size_t ncap;

    if (n < *cap)
        return arr;
    ncap = *cap ? *cap * 2 : 16;
    arr = rp_arena_grow(st->a, arr, *cap, ncap, size);
    if (arr)
        *cap = ncap;
    return arr;
}

static uint32_t
level_depth(const sh_level *L)
{
    return L->depth + (uint32_t)(L->st->nf - L->fbase);
}

static int
top_frame(const sh_level *L)
{
    const sh_state *st = L->st;

    return st->nf > L->fbase ? st->f[st->nf - 1].kind : -1;
}

static bool
cur_empty(const sh_level *L)
{
    return L->st->nw == L->wbase;
}

/* Skips blanks and line continuations. \r is a blank too, so text with CRLF line ends splits
 * as it does with LF. */
static void
skip_blanks(sh_level *L)
{
    while (L->pos < L->len) {
        char c = L->src[L->pos];
        size_t k;
        if (c == ' ' || c == '\t' || c == '\r')
            L->pos++;
        else if ((k = continuation(L)) > 0)
            L->pos += k;
        else
            break;
    }
}

static const char *
base_name(const char *s)
{
    const char *slash = strrchr(s, '/');

    return slash ? slash + 1 : s;
}

static bool
is_shell_name(const char *s)
{
    static const char *const shells[] = {"sh", "bash", "ash", "dash", "zsh"};

    for (size_t i = 0; i < sizeof(shells) / sizeof(shells[0]); i++)
        if (strcmp(s, shells[i]) == 0)
            return true;
    return false;
}

static bool
is_wrapper_name(const char *s)
{
    static const char *const wrappers[] = {"sudo", "doas", "exec", "env", "nice", "nohup",
                                           "command", "time", "gosu", "su-exec", "chroot",
                                           "setpriv", "runuser", "stdbuf", "timeout"};

    for (size_t i = 0; i < sizeof(wrappers) / sizeof(wrappers[0]); i++)
        if (strcmp(s, wrappers[i]) == 0)
            return true;
    return false;
}

/* `su [user] -c script` and `su -c script [user]`: the word after -c / --command. */
static size_t
su_script_index(char *const *argv, size_t argc)
{
    for (size_t i = 1; i + 1 < argc; i++) {
        if (strcmp(argv[i], "-c") == 0 || strcmp(argv[i], "--command") == 0)
            return i + 1;
        if (strcmp(argv[i], "--") == 0)
            break;
    }
    return SH_NONE;
}

/* Index in argv of the script of `sh [options] -c script`, or SH_NONE. Options may be
 * clustered (-ec, -exc); -o and -O take the next word; `busybox sh` counts as sh. A wrapper
 * in front (`sudo -u app sh -c ...`, `exec bash -c ...`) is looked through, and
 * `su -c script` runs its script with a shell too. */
static size_t
script_index(char *const *argv, size_t argc)
{
    size_t i = 1;
    bool c = false;
    const char *name = base_name(argv[0]);

    if (strcmp(name, "su") == 0)
        return su_script_index(argv, argc);
    if (is_wrapper_name(name)) {
        /* the first shell among the next few words: wrappers take few options */
        size_t k = 1;
        while (k < argc && k < 8 && !is_shell_name(base_name(argv[k])))
            k++;
        if (k >= argc || k >= 8)
            return SH_NONE;
        i = k + 1;
    } else if (strcmp(name, "busybox") == 0 && argc > 1 && strcmp(argv[1], "sh") == 0) {
        i = 2;
    } else if (!is_shell_name(name)) {
        return SH_NONE;
    }
    for (; i < argc; i++) {
        const char *w = argv[i];
        bool value = false;
        if (strcmp(w, "--") == 0) {
            i++;
            break;
        }
        if ((w[0] != '-' && w[0] != '+') || w[1] == '\0')
            break;
        if (w[1] == '-') /* --login, --norc, ... */
            continue;
        for (const char *p = w + 1; *p; p++) {
            if (*p == 'c' && w[0] == '-')
                c = true;
            else if (*p == 'o' || *p == 'O')
                value = true;
        }
        if (value)
            i++;
    }
    return c && i < argc ? i : SH_NONE;
}

/* ---- commands --------------------------------------------------------------------------- */

static int
push_entry(sh_level *L, char *s, size_t off, uint8_t flags, uint8_t kind)
{
    sh_state *st = L->st;
    sh_word *w = reserve(st, st->w, st->nw, &st->wcap, sizeof(*w));

    if (!w || !s)
        return nomem(st);
    st->w = w;
    w[st->nw].s = s;
    w[st->nw].off = L->base_off + off;
    w[st->nw].flags = flags;
    w[st->nw].kind = kind;
    st->nw++;
    L->dangling = false;
    if (kind == W_ARG)
        L->nargs++;
    return 0;
}

static rp_sh_cmd *
append_cmd(sh_state *st, int *err)
{
    rp_sh_script *out = st->out;
    rp_sh_cmd *c;

    if (out->n >= st->max_cmds) {
        *err = rp_ctx_set(st->ctx, RP_ELIMIT, "", 0, 0, "more than %u shell commands",
                          (unsigned)st->max_cmds);
        return NULL;
    }
    if (!(c = reserve(st, out->cmds, out->n, &st->ccap, sizeof(*c)))) {
        *err = nomem(st);
        return NULL;
    }
    out->cmds = c;
    c += out->n++;
    memset(c, 0, sizeof(*c));
    return c;
}

/* Moves the words of the command being built into c: one allocation for the three lists. */
static int
fill_cmd(sh_level *L, rp_sh_cmd *c)
{
    sh_state *st = L->st;
    const sh_word *w = st->w + L->wbase;
    size_t n = st->nw - L->wbase, na = 0, nas = 0, i;
    bool have_off = false;
    char **p;

    for (i = 0; i < n; i++) {
        na += w[i].kind == W_ARG;
        nas += w[i].kind == W_ASSIGN;
    }
    p = rp_arena_calloc(st->a, n + 1, sizeof(*p));
    c->wflags = rp_arena_alloc(st->a, na);
    if (!p || !c->wflags)
        return nomem(st);
    c->argv = p;
    c->assigns = nas ? p + na + 1 : NULL;
    c->redirs = n > na + nas ? p + na + 1 + nas : NULL;
    for (i = 0; i < n; i++) {
        if (w[i].kind == W_ARG) {
            c->wflags[c->argc] = w[i].flags & (uint8_t)~SH_W_SUBST;
            c->argv[c->argc++] = w[i].s;
        } else if (w[i].kind == W_ASSIGN) {
            c->assigns[c->nassigns++] = w[i].s;
        } else {
            c->redirs[c->nredirs++] = w[i].s;
        }
        if (w[i].kind != W_REDIR && !have_off) {
            c->offset = w[i].off;
            have_off = true;
        }
    }
    return 0;
}

/* Ends the command being built with op. A command of only assignments or redirections is
 * not emitted. The script of an `sh -c` is split right after its command. */
static int
emit(sh_level *L, rp_sh_op op)
{
    sh_state *st = L->st;
    uint32_t depth = level_depth(L);
    size_t idx, ci, off = 0;
    uint8_t wf = 0;
    rp_sh_cmd *c;
    int err = 0;

    if (cur_empty(L))
        return 0;
    L->item = true;
    if (!L->nargs) {
        st->nw = L->wbase;
        return 0;
    }
    if (!(c = append_cmd(st, &err)) || (err = fill_cmd(L, c)) < 0)
        return err;
    c->op = op;
    c->list = L->list;
    c->pipeline = L->pipe;
    c->depth = depth;
    c->negated = L->negated;
    L->negated = false;
    idx = st->out->n - 1;
    L->open = op == RP_SH_END ? idx : SH_NONE;
    ci = script_index(c->argv, c->argc);
    for (size_t i = L->wbase, k = 0; ci != SH_NONE && i < st->nw; i++) {
        if (st->w[i].kind == W_ARG && k++ == ci) {
            size_t rel = st->w[i].off - L->base_off;
            off = st->w[i].off;
            wf = st->w[i].flags;
            /* the script's text starts after its opening quote; positions inside map 1:1
             * onto the outer text unless escapes shrank it */
            if (rel + 1 < L->len && L->src[rel] == '$' && L->src[rel + 1] == '\'')
                off += 2;
            else if (rel < L->len && (L->src[rel] == '"' || L->src[rel] == '\''))
                off += 1;
            break;
        }
    }
    st->nw = L->wbase;
    L->nargs = 0;
    if (ci == SH_NONE)
        return 0;
    return split_script(st, c->argv[ci], strlen(c->argv[ci]), depth + 1, off,
                        L->nosubst || (wf & SH_W_SUBST));
}

/* An operator ends what is before it: the command being built, or the command that a
 * closing ) or keyword left open. List and pipeline ids move on only when something ended. */
static int
separate(sh_level *L, rp_sh_op op)
{
    sh_state *st = L->st;
    bool had = L->item || !cur_empty(L);
    int err;

    if (!cur_empty(L)) {
        if ((err = emit(L, op)) < 0)
            return err;
    } else if (L->open != SH_NONE) {
        st->out->cmds[L->open].op = op;
    }
    if (had && (op == RP_SH_SEQ || op == RP_SH_BG)) {
        L->list = st->next_list++;
        L->pipe = st->next_pipe++;
    } else if (had && (op == RP_SH_AND || op == RP_SH_OR)) {
        L->pipe = st->next_pipe++;
    }
    L->item = false;
    L->open = SH_NONE;
    L->negated = false;
    return 0;
}

/* &&, || and |: they need something on their left, and something on their right. */
static int
binary(sh_level *L, rp_sh_op op, const char *missing)
{
    int err;

    if (!L->item && cur_empty(L))
        syntax(L->st, missing);
    else if (op == RP_SH_PIPE)
        L->st->out->has_pipe = true;
    err = separate(L, op);
    L->dangling = true;
    return err;
}

static int
push_frame(sh_level *L, uint8_t kind)
{
    sh_state *st = L->st;
    sh_frame *f;

    if (level_depth(L) + 1 > st->max_depth)
        return too_deep(st);
    if (!(f = reserve(st, st->f, st->nf, &st->fcap, sizeof(*f))))
        return nomem(st);
    st->f = f;
    f[st->nf].kind = kind;
    f[st->nf].list = L->list;
    f[st->nf].pipe = L->pipe;
    st->nf++;
    L->list = st->next_list++;
    L->pipe = st->next_pipe++;
    L->item = false;
    L->open = SH_NONE;
    L->dangling = false;
    return 0;
}

static void
pop_frame(sh_level *L)
{
    sh_frame *f = &L->st->f[--L->st->nf];

    L->list = f->list;
    L->pipe = f->pipe;
    L->item = true;
}

/* A keyword that continues (then, do) or closes (fi, done) the innermost compound command. */
static int
expect(sh_level *L, int kind, bool close, const char *msg)
{
    if (top_frame(L) != kind) {
        syntax(L->st, msg);
        return 0;
    }
    if (close) {
        pop_frame(L);
    } else {
        L->item = false;
        L->open = SH_NONE;
    }
    return 0;
}

/* ---- words: assignments, reserved words, for and case syntax ---------------------------- */

/* NAME=value or NAME+=value, with NAME and = unquoted. */
static bool
is_assignment(const sh_level *L, const sh_tok *t)
{
    const char *s = L->scratch + t->start;
    size_t i = 1;

    if (!t->n || !is_name_start((unsigned char)s[0]))
        return false;
    while (i < t->lit && is_name_char((unsigned char)s[i]))
        i++;
    if (i + 1 < t->lit && s[i] == '+')
        i++;
    return i < t->lit && s[i] == '=';
}

static int
reserved_index(const char *s, size_t n)
{
    for (size_t i = 0; i < sizeof(reserved_len); i++)
        if (reserved_len[i] == n && memcmp(reserved_words[i], s, n) == 0)
            return (int)i;
    return -1;
}

static int
on_reserved(sh_level *L, int r)
{
    switch (r) {
    case R_IF:
        return push_frame(L, F_IF);
    case R_WHILE:
    case R_UNTIL:
        return push_frame(L, F_LOOP);
    case R_FOR:
    case R_SELECT:
        L->mode = M_FOR_NAME;
        return push_frame(L, F_LOOP);
    case R_CASE:
        L->mode = M_CASE_WORD;
        return push_frame(L, F_CASE);
    case R_LBRACE:
        return push_frame(L, F_BRACE);
    case R_THEN:
    case R_ELIF:
    case R_ELSE:
        return expect(L, F_IF, false, "then, elif or else outside if");
    case R_DO:
        return expect(L, F_LOOP, false, "do outside a loop");
    case R_FI:
        return expect(L, F_IF, true, "unexpected fi");
    case R_DONE:
        return expect(L, F_LOOP, true, "unexpected done");
    case R_ESAC:
        return expect(L, F_CASE, true, "unexpected esac");
    case R_RBRACE:
        return expect(L, F_BRACE, true, "unexpected }");
    case R_BANG:
        L->negated = true;
        return 0;
    case R_FUNCTION:
        L->mode = M_FUNC_NAME;
        return 0;
    default: /* in */
        return 0;
    }
}

static int
push_arg(sh_level *L, const sh_tok *t)
{
    const char *s = L->scratch + t->start;
    bool two = t->flags == 0 && t->n == 2;
    uint8_t kind = L->nargs == 0 && is_assignment(L, t) ? W_ASSIGN : W_ARG;
    int err;

    err = push_entry(L, rp_arena_strndup(L->st->a, s, t->n), t->start, t->flags, kind);
    if (err)
        return err;
    if (two && L->mode == M_CMD && L->nargs == 1 && kind == W_ARG && memcmp(s, "[[", 2) == 0)
        L->mode = M_DBRACKET;
    else if (two && L->mode == M_DBRACKET && memcmp(s, "]]", 2) == 0)
        L->mode = M_CMD;
    return 0;
}

/* After `function name` or `name`: an optional () before the body. */
static void
skip_func_parens(sh_level *L)
{
    size_t save = L->pos;

    skip_blanks(L);
    if (at(L, 0) == '(') {
        L->pos++;
        skip_blanks(L);
        if (at(L, 0) == ')') {
            L->pos++;
            return;
        }
    }
    L->pos = save;
}

/* A word where for or case expects its own syntax rather than a command. */
static int
on_syntax_word(sh_level *L, int r)
{
    switch (L->mode) {
    case M_FOR_NAME:
        L->mode = M_FOR_AFTER;
        break;
    case M_FOR_AFTER:
        if (r != R_IN && r != R_DO)
            syntax(L->st, "expected in or do after for");
        L->mode = r == R_DO ? M_CMD : M_FOR_WORDS;
        break;
    case M_CASE_WORD:
        L->mode = M_CASE_IN;
        break;
    case M_CASE_IN:
        if (r != R_IN)
            syntax(L->st, "expected in after case");
        L->mode = M_CASE_PAT;
        L->case_first = true;
        break;
    case M_CASE_PAT:
        if (L->case_first && r == R_ESAC) {
            L->mode = M_CMD;
            return expect(L, F_CASE, true, "unexpected esac");
        }
        L->case_first = false;
        break;
    case M_FUNC_NAME:
        L->mode = M_CMD;
        skip_func_parens(L);
        break;
    default: /* M_FOR_WORDS */
        break;
    }
    return 0;
}

static int
parse_word(sh_level *L)
{
    size_t start = L->pos;
    sh_tok t;
    int r, err = rp__sh_scan_word(&t, L);

    if (err)
        return err;
    if (L->pos == start) { /* not reachable from parse_token; never loop on it */
        syntax(L->st, "unexpected character");
        L->pos++;
        return 0;
    }
    r = t.flags || (L->mode == M_CMD && !cur_empty(L)) || L->mode == M_DBRACKET
            ? -1
            : reserved_index(L->scratch + t.start, t.n);
    if (L->mode != M_CMD && L->mode != M_DBRACKET)
        return on_syntax_word(L, r);
    if (L->mode == M_CMD && r >= 0 && cur_empty(L))
        return on_reserved(L, r);
    return push_arg(L, &t);
}

/* ---- operators and redirections --------------------------------------------------------- */

/* Length of the redirection operator at the cursor, fd digits included; 0 when none. */
static size_t
redir_len(const sh_level *L)
{
    size_t d = 0;
    int c, c1, c2;

    while (is_digit(at(L, d)))
        d++;
    c = at(L, d);
    c1 = at(L, d + 1);
    c2 = at(L, d + 2);
    if (d == 0 && c == '&' && c1 == '>')
        return c2 == '>' ? 3 : 2;
    if (c == '<') {
        if (c1 == '(' && d == 0)
            return 0; /* <( ) is a word */
        if (c1 == '<')
            return d + (c2 == '<' || c2 == '-' ? 3 : 2);
        return d + (c1 == '&' || c1 == '>' ? 2 : 1);
    }
    if (c == '>') {
        if (c1 == '(' && d == 0)
            return 0;
        return d + (c1 == '>' || c1 == '&' || c1 == '|' ? 2 : 1);
    }
    return 0;
}

static bool
is_fd_word(const char *s, size_t n)
{
    if (n == 1 && s[0] == '-')
        return true;
    for (size_t i = 0; i < n; i++)
        if (!is_digit((unsigned char)s[i]))
            return false;
    return n > 0;
}

/* Queues the delimiter of a here-document; shell_word.c skips its body after the newline. */
static int
push_heredoc(sh_level *L, const char *delim, size_t n, bool strip)
{
    sh_state *st = L->st;
    sh_heredoc *h = reserve(st, st->h, st->nh, &st->hcap, sizeof(*h));

    if (!h)
        return nomem(st);
    st->h = h;
    h[st->nh].delim = delim;
    h[st->nh].n = n;
    h[st->nh].strip = strip;
    st->nh++;
    return 0;
}

/* Reads a redirection as "op target" (fd duplications as "2>&1"); a here-document's
 * delimiter is queued so that its body is skipped at the end of the line. */
static int
parse_redir(sh_level *L, size_t rl)
{
    sh_state *st = L->st;
    size_t op = L->pos, k = rl;
    const char *o = L->src + op;
    sh_tok t;
    char *s;
    int c, err;

    L->pos += rl;
    skip_blanks(L);
    c = at(L, 0);
    if (c < 0 || (is_meta(c) && !((c == '<' || c == '>') && at(L, 1) == '('))) {
        syntax(st, "missing redirection target");
        return 0;
    }
    if ((err = rp__sh_scan_word(&t, L)) < 0)
        return err;
    if (!(s = rp_arena_alloc(st->a, rl + t.n + 2)))
        return nomem(st);
    memcpy(s, o, rl);
    if (!(o[rl - 1] == '&' && is_fd_word(L->scratch + t.start, t.n)))
        s[k++] = ' ';
    memcpy(s + k, L->scratch + t.start, t.n);
    if (rl >= 2 && o[rl - 1] == '-' && o[rl - 2] == '<')
        err = push_heredoc(L, s + k, t.n, true);
    else if (rl >= 2 && o[rl - 1] == '<' && o[rl - 2] == '<' && (rl < 3 || o[rl - 3] != '<'))
        err = push_heredoc(L, s + k, t.n, false);
    if (err || L->mode != M_CMD) /* inside for or case syntax: dropped */
        return err;
    return push_entry(L, s, op, t.flags & (uint8_t)~SH_W_SUBST, W_REDIR);
}

static int
case_next(sh_level *L)
{
    int err = separate(L, RP_SH_SEQ);

    if (err)
        return err;
    if (top_frame(L) == F_CASE) {
        L->mode = M_CASE_PAT;
        L->case_first = true;
    } else {
        syntax(L->st, ";; outside case");
    }
    return 0;
}

static int
parse_op(sh_level *L)
{
    int c = at(L, 0), c1 = at(L, 1);

    if (L->mode == M_CASE_PAT && c == '|') {
        L->pos++;
        return 0;
    }
    if ((L->mode == M_FOR_AFTER || L->mode == M_FOR_WORDS) && c == ';' && c1 != ';' && c1 != '&') {
        L->pos++;
        L->mode = M_CMD;
        return 0;
    }
    if (L->mode != M_CMD) {
        syntax(L->st, "unexpected operator");
        L->mode = M_CMD;
    }
    if (c == ';') {
        if (c1 == ';' || c1 == '&') {
            L->pos += (c1 == ';' && at(L, 2) == '&') ? 3 : 2;
            return case_next(L);
        }
        L->pos++;
        return separate(L, RP_SH_SEQ);
    }
    if (c == '&') {
        L->pos += c1 == '&' ? 2 : 1;
        if (c1 == '&')
            return binary(L, RP_SH_AND, "missing command before &&");
        return separate(L, RP_SH_BG);
    }
    if (c1 == '|') {
        L->pos += 2;
        return binary(L, RP_SH_OR, "missing command before ||");
    }
    L->pos += c1 == '&' ? 2 : 1;
    return binary(L, RP_SH_PIPE, "missing command before |");
}

static int
open_paren(sh_level *L)
{
    sh_state *st = L->st;
    size_t save = L->pos;

    if (L->mode == M_CASE_PAT) {
        L->pos++;
        L->case_first = false;
        return 0;
    }
    if (L->mode == M_FOR_NAME && at(L, 1) == '(') { /* for ((i = 0; i < n; i++)) */
        rp__sh_skip_arith(L);
        L->mode = M_FOR_AFTER;
        return 0;
    }
    if (L->mode != M_CMD) {
        syntax(st, "unexpected (");
        L->mode = M_CMD;
    }
    if (cur_empty(L) && at(L, 1) == '(') {
        rp__sh_skip_arith(L);
        L->item = true;
        return 0;
    }
    if (cur_empty(L)) {
        L->pos++;
        return push_frame(L, F_SUBSHELL);
    }
    if (L->nargs == 1 && st->nw - L->wbase == 1) { /* name() body: the name is no command */
        skip_func_parens(L);
        if (L->pos != save) {
            st->nw = L->wbase;
            L->nargs = 0;
            return 0;
        }
    }
    syntax(st, "unexpected (");
    L->pos++;
    return 0;
}

static int
close_paren(sh_level *L)
{
    int err;

    if (L->mode == M_CASE_PAT) {
        L->pos++;
        L->mode = M_CMD;
        return 0;
    }
    if (L->mode != M_CMD) {
        syntax(L->st, "unexpected )");
        L->mode = M_CMD;
    }
    L->pos++;
    if (top_frame(L) == F_SUBSHELL) {
        if ((err = emit(L, RP_SH_END)) < 0)
            return err;
        pop_frame(L);
    } else if (L->term == ')') {
        L->done = true;
    } else {
        syntax(L->st, "unbalanced )");
    }
    return 0;
}

/* Inside [[ ]], && || < > ( ) are operands of the test, not shell operators. */
static int
dbracket_op(sh_level *L)
{
    size_t b = L->pos;

    if (at(L, 0) == '(' || at(L, 0) == ')')
        L->pos++;
    else
        while (in_set(at(L, 0), "&|<>"))
            L->pos++;
    return push_entry(L, rp_arena_strndup(L->st->a, L->src + b, L->pos - b), b, 0, W_ARG);
}

static int
newline(sh_level *L)
{
    int err = 0;

    L->pos++;
    switch (L->mode) {
    case M_CMD:
        err = separate(L, RP_SH_SEQ);
        break;
    case M_FOR_WORDS:
        L->mode = M_CMD;
        break;
    case M_FOR_NAME:
    case M_CASE_WORD:
    case M_FUNC_NAME:
        syntax(L->st, mode_incomplete[L->mode]);
        L->mode = M_CMD;
        break;
    default: /* before in or do, among case patterns and in [[ ]]: a blank */
        break;
    }
    if (!err)
        rp__sh_skip_heredocs(L);
    return err;
}

static int
parse_token(sh_level *L)
{
    int c = at(L, 0);
    size_t rl;

    if (c == '#') {
        rp__sh_skip_comment(L);
        return 0;
    }
    if (c == '\n')
        return newline(L);
    if (L->mode == M_DBRACKET && in_set(c, "&|<>()"))
        return dbracket_op(L);
    if ((rl = redir_len(L)) > 0)
        return parse_redir(L, rl);
    if (c == ';' || c == '&' || c == '|')
        return parse_op(L);
    if (c == '(')
        return open_paren(L);
    if (c == ')')
        return close_paren(L);
    return parse_word(L);
}

/* ---- levels ----------------------------------------------------------------------------- */

static void
level_init(sh_level *L, sh_state *st, const char *src, size_t pos, size_t len, char *scratch,
           uint32_t depth)
{
    memset(L, 0, sizeof(*L));
    L->st = st;
    L->src = src;
    L->pos = pos;
    L->len = len;
    L->scratch = scratch;
    L->base_off = 0;
    L->depth = depth;
    L->wbase = st->nw;
    L->fbase = st->nf;
    L->hbase = st->nh;
    L->open = SH_NONE;
    L->list = st->next_list++;
    L->pipe = st->next_pipe++;
}

static int
finish_level(sh_level *L)
{
    sh_state *st = L->st;
    int err = emit(L, RP_SH_END);

    if (err < 0)
        return err;
    if (L->dangling)
        syntax(st, "missing command after operator");
    if (L->mode != M_CMD)
        syntax(st, mode_incomplete[L->mode]);
    if (st->nf > L->fbase)
        syntax(st, frame_missing[st->f[st->nf - 1].kind]);
    if (L->term && !L->done)
        syntax(st, "unterminated command substitution");
    st->nf = L->fbase;
    st->nh = L->hbase;
    return 0;
}

static int
parse_level(sh_level *L)
{
    int err = 0;

    while (!err && !L->done) {
        skip_blanks(L);
        if (L->pos >= L->len)
            break;
        err = parse_token(L);
    }
    return err ? err : finish_level(L);
}

/* A $( ), <( ) or ` ` met by shell_word.c inside a word: a level of its own, one deeper, whose
 * commands are emitted now (before the command that holds the word). With term ')' it ends at
 * its unmatched ), since parsing is what finds that ) (`$(echo ")")`), and *out gets the
 * position just past it (the end of the text when there is none); backquotes (term 0) were
 * delimited by the caller. It shares L's scratch: its words start after the holding word's. */
int
rp__sh_parse_nested(size_t *out, sh_level *L, size_t from, size_t to, char term)
{
    sh_state *st = L->st;
    sh_level sub;
    int err;

    if (level_depth(L) + 1 > st->max_depth)
        return too_deep(st);
    level_init(&sub, st, L->src, from, to, L->scratch, level_depth(L) + 1);
    sub.base_off = L->base_off;
    sub.term = term;
    if ((err = parse_level(&sub)) < 0)
        return err;
    *out = sub.pos;
    return 0;
}

static int
split_script(sh_state *st, const char *s, size_t n, uint32_t depth, size_t base, bool nosubst)
{
    sh_level L;
    char *scratch;

    if (depth > st->max_depth)
        return too_deep(st);
    if (!(scratch = rp_arena_alloc(st->a, n + 1)))
        return nomem(st);
    level_init(&L, st, s, 0, n, scratch, depth);
    L.base_off = base;
    L.nosubst = nosubst;
    return parse_level(&L);
}

static void
state_init(sh_state *st, rp_sh_script *out, rp_arena *a, const rp_limits *lim, rp_ctx *ctx)
{
    rp_limits def;

    if (!lim) {
        rp_limits_default(&def);
        lim = &def;
    }
    memset(st, 0, sizeof(*st));
    st->out = out;
    st->a = a;
    st->ctx = ctx;
    st->max_depth = lim->max_shell_depth < HARD_MAX_DEPTH ? lim->max_shell_depth : HARD_MAX_DEPTH;
    st->max_cmds = lim->max_shell_commands;
}

/* ---- public ----------------------------------------------------------------------------- */

int
rp_sh_parse(rp_sh_script *out, rp_arena *a, const char *src, size_t len, const rp_limits *lim,
            rp_ctx *ctx)
{
    sh_state st;

    if (!out || !a || (!src && len))
        return rp_ctx_set(ctx, RP_EINVAL, "", 0, 0, "rp_sh_parse: invalid argument");
    memset(out, 0, sizeof(*out));
    state_init(&st, out, a, lim, ctx);
    return split_script(&st, src ? src : "", len, 0, 0, false);
}

int
rp_sh_from_argv(rp_sh_script *out, rp_arena *a, char *const *argv, size_t argc,
                const rp_limits *lim, rp_ctx *ctx)
{
    sh_state st;
    rp_sh_cmd *c;
    size_t ci;
    int err = 0;

    if (!out || !a || (!argv && argc))
        return rp_ctx_set(ctx, RP_EINVAL, "", 0, 0, "rp_sh_from_argv: invalid argument");
    memset(out, 0, sizeof(*out));
    for (size_t i = 0; i < argc; i++)
        if (!argv[i])
            return rp_ctx_set(ctx, RP_EINVAL, "", 0, 0, "rp_sh_from_argv: NULL word");
    if (!argc)
        return 0;
    state_init(&st, out, a, lim, ctx);
    if (!(c = append_cmd(&st, &err)))
        return err;
    c->argv = rp_arena_calloc(a, argc + 1, sizeof(*c->argv));
    c->wflags = rp_arena_alloc(a, argc);
    if (!c->argv || !c->wflags)
        return nomem(&st);
    for (c->argc = 0; c->argc < argc; c->argc++)
        if (!(c->argv[c->argc] = rp_arena_strdup(a, argv[c->argc])))
            return nomem(&st);
    c->list = st.next_list++;
    c->pipeline = st.next_pipe++;
    if ((ci = script_index(c->argv, c->argc)) == SH_NONE)
        return 0;
    return split_script(&st, c->argv[ci], strlen(c->argv[ci]), 1, 0, false);
}
