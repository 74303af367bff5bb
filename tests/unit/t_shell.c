/* The RUN splitter: operators, quoting, compound commands, nesting, here-documents, limits,
 * and the option helpers that the Dockerfile rules use on the split commands. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "rampart/shell.h"

/* ---- helpers ---- */

typedef struct fixture {
    rp_arena a;
    rp_sh_script s;
    rp_limits lim;
    rp_ctx ctx;
} fixture;

static int
setup(void **state)
{
    fixture *f = calloc(1, sizeof(*f));

    if (!f)
        return -1;
    rp_arena_init(&f->a, 0);
    rp_limits_default(&f->lim);
    rp_ctx_clear(&f->ctx);
    *state = f;
    return 0;
}

static int
teardown(void **state)
{
    fixture *f = *state;

    rp_arena_dispose(&f->a);
    free(f);
    return 0;
}

/* Splits s, which must not be an error (a syntax problem is fine); returns the script. */
static rp_sh_script *
split_n(void **state, const char *s, size_t len)
{
    fixture *f = *state;
    int err = rp_sh_parse(&f->s, &f->a, s, len, &f->lim, &f->ctx);

    if (err)
        fail_msg("rp_sh_parse: %d: %s", err, f->ctx.msg);
    return &f->s;
}

static rp_sh_script *
split(void **state, const char *s)
{
    return split_n(state, s, strlen(s));
}

/* Splits s and checks that it is clean shell. */
static rp_sh_script *
split_clean(void **state, const char *s)
{
    rp_sh_script *sc = split(state, s);

    if (sc->error)
        fail_msg("unexpected syntax error: %s", sc->error);
    return sc;
}

/* Checks argv of c against the NULL-terminated words that follow. */
static void
assert_argv(const rp_sh_cmd *c, ...)
{
    va_list ap;
    size_t i = 0;
    const char *w;

    va_start(ap, c);
    while ((w = va_arg(ap, const char *)) != NULL) {
        if (i >= c->argc)
            fail_msg("argc %zu, expected more words (next \"%s\")", c->argc, w);
        assert_string_equal(c->argv[i], w);
        i++;
    }
    va_end(ap);
    assert_int_equal(c->argc, i);
    assert_null(c->argv[c->argc]);
}

/* The first command named name, or NULL. */
static const rp_sh_cmd *
find(const rp_sh_script *s, const char *name)
{
    for (size_t i = 0; i < s->n; i++)
        if (rp_sh_cmd_is(&s->cmds[i], name))
            return &s->cmds[i];
    return NULL;
}

/* Splits one command for the option helper tests. */
static const rp_sh_cmd *
one(void **state, const char *s)
{
    rp_sh_script *sc = split_clean(state, s);

    assert_int_equal(sc->n, 1);
    return &sc->cmds[0];
}

/* ---- operators, lists and pipelines ---- */

static void
apt_chain_is_one_list_of_three_pipelines(void **state)
{
    rp_sh_script *s = split_clean(state, "apt-get update && apt-get install -y "
                                         "--no-install-recommends curl=7.88 && rm -rf "
                                         "/var/lib/apt/lists/*");

    assert_int_equal(s->n, 3);
    assert_argv(&s->cmds[0], "apt-get", "update", NULL);
    assert_argv(&s->cmds[1], "apt-get", "install", "-y", "--no-install-recommends", "curl=7.88",
                NULL);
    assert_argv(&s->cmds[2], "rm", "-rf", "/var/lib/apt/lists/*", NULL);
    assert_int_equal(s->cmds[0].op, RP_SH_AND);
    assert_int_equal(s->cmds[1].op, RP_SH_AND);
    assert_int_equal(s->cmds[2].op, RP_SH_END);
    assert_int_equal(s->cmds[0].list, s->cmds[2].list);
    assert_true(s->cmds[0].pipeline != s->cmds[1].pipeline);
    assert_true(s->cmds[1].pipeline != s->cmds[2].pipeline);
    assert_false(s->has_pipe);
    assert_int_equal(s->cmds[0].offset, 0);
    assert_int_equal(s->cmds[1].offset, 18);
}

static void
semicolon_after_set_eux_starts_a_new_list(void **state)
{
    rp_sh_script *s = split_clean(state, "set -eux; apt-get update; apt-get install -y curl");

    assert_int_equal(s->n, 3);
    assert_argv(&s->cmds[0], "set", "-eux", NULL);
    assert_int_equal(s->cmds[0].op, RP_SH_SEQ);
    assert_int_equal(s->cmds[1].op, RP_SH_SEQ);
    assert_true(s->cmds[1].list > s->cmds[0].list);
    assert_true(s->cmds[2].list > s->cmds[1].list);
}

static void
newline_separates_like_semicolon_but_not_after_and(void **state)
{
    rp_sh_script *s = split_clean(state, "echo a\necho b &&\n  echo c\n\n");

    assert_int_equal(s->n, 3);
    assert_int_equal(s->cmds[0].op, RP_SH_SEQ);
    assert_int_equal(s->cmds[1].op, RP_SH_AND);
    assert_int_equal(s->cmds[2].op, RP_SH_SEQ);
    assert_int_equal(s->cmds[1].list, s->cmds[2].list);
}

static void
or_joins_the_list(void **state)
{
    rp_sh_script *s = split_clean(state, "command -v curl || apt-get install -y curl; id");

    assert_int_equal(s->n, 3);
    assert_int_equal(s->cmds[0].op, RP_SH_OR);
    assert_int_equal(s->cmds[0].list, s->cmds[1].list);
    assert_true(s->cmds[0].pipeline != s->cmds[1].pipeline);
    assert_true(s->cmds[2].list != s->cmds[1].list);
}

static void
curl_pipe_sh_shares_a_pipeline(void **state)
{
    rp_sh_script *s = split_clean(state, "curl -fsSL https://x | sh");

    assert_int_equal(s->n, 2);
    assert_true(s->has_pipe);
    assert_int_equal(s->cmds[0].op, RP_SH_PIPE);
    assert_int_equal(s->cmds[0].pipeline, s->cmds[1].pipeline);
    assert_int_equal(s->cmds[0].list, s->cmds[1].list);
    assert_argv(&s->cmds[1], "sh", NULL);
}

static void
pipe_ampersand_is_a_pipe(void **state)
{
    rp_sh_script *s = split_clean(state, "make 2>&1 |& tee log");

    assert_int_equal(s->n, 2);
    assert_true(s->has_pipe);
    assert_int_equal(s->cmds[0].op, RP_SH_PIPE);
}

static void
background_ends_the_list(void **state)
{
    rp_sh_script *s = split_clean(state, "dockerd & sleep 5");

    assert_int_equal(s->n, 2);
    assert_int_equal(s->cmds[0].op, RP_SH_BG);
    assert_true(s->cmds[0].list != s->cmds[1].list);
}

static void
or_operator_is_not_a_pipe(void **state)
{
    assert_false(split_clean(state, "a || b")->has_pipe);
}

/* ---- compound commands ---- */

static void
if_condition_and_body_are_commands_one_level_down(void **state)
{
    rp_sh_script *s = split_clean(state, "if [ -f x ]; then pip install -r r.txt; fi; echo ok");

    assert_int_equal(s->n, 3);
    assert_argv(&s->cmds[0], "[", "-f", "x", "]", NULL);
    assert_argv(&s->cmds[1], "pip", "install", "-r", "r.txt", NULL);
    assert_argv(&s->cmds[2], "echo", "ok", NULL);
    assert_int_equal(s->cmds[0].depth, 1);
    assert_int_equal(s->cmds[1].depth, 1);
    assert_int_equal(s->cmds[2].depth, 0);
}

static void
elif_and_else_branches_are_commands(void **state)
{
    rp_sh_script *s = split_clean(state, "if a; then b; elif c; then d; else e; fi");

    assert_int_equal(s->n, 5);
    assert_argv(&s->cmds[4], "e", NULL);
}

static void
for_words_are_not_commands(void **state)
{
    rp_sh_script *s = split_clean(state, "for f in a b; do echo $f; done");

    assert_int_equal(s->n, 1);
    assert_argv(&s->cmds[0], "echo", "$f", NULL);
    assert_int_equal(s->cmds[0].wflags[1], RP_SH_W_EXPANSION);
    assert_int_equal(s->cmds[0].depth, 1);
}

static void
for_accepts_newlines_before_in_and_do(void **state)
{
    rp_sh_script *s = split_clean(state, "for key in \\\n  A B\ndo\n  gpg --recv-keys \"$key\"\n"
                                         "done");

    assert_int_equal(s->n, 1);
    assert_argv(&s->cmds[0], "gpg", "--recv-keys", "$key", NULL);
}

static void
arithmetic_for_header_is_skipped(void **state)
{
    rp_sh_script *s = split_clean(state, "for ((i=0; i<3; i++)); do echo $i; done");

    assert_int_equal(s->n, 1);
    assert_argv(&s->cmds[0], "echo", "$i", NULL);
}

static void
while_condition_and_body_are_both_emitted(void **state)
{
    rp_sh_script *s = split_clean(state, "while read -r l; do echo \"$l\"; done < list.txt");

    assert_int_equal(s->n, 2);
    assert_argv(&s->cmds[0], "read", "-r", "l", NULL);
    assert_argv(&s->cmds[1], "echo", "$l", NULL);
    assert_int_equal(s->cmds[1].wflags[1], RP_SH_W_QUOTED | RP_SH_W_EXPANSION);
}

static void
case_patterns_are_not_commands(void **state)
{
    rp_sh_script *s = split_clean(state, "case \"$arch\" in amd64) A=x64;; arm64|aarch64) "
                                         "echo arm ;; *) echo \"unsupported\"; exit 1 ;; esac");

    assert_int_equal(s->n, 3);
    assert_argv(&s->cmds[0], "echo", "arm", NULL);
    assert_argv(&s->cmds[1], "echo", "unsupported", NULL);
    assert_argv(&s->cmds[2], "exit", "1", NULL);
    assert_int_equal(s->cmds[0].depth, 1);
}

static void
case_allows_parenthesised_patterns_and_missing_last_dsemi(void **state)
{
    rp_sh_script *s = split_clean(state, "case $1 in\n (start) exec app ;&\n *) exec \"$@\"\n"
                                         "esac\nid");

    assert_int_equal(s->n, 3);
    assert_argv(&s->cmds[0], "exec", "app", NULL);
    assert_argv(&s->cmds[1], "exec", "$@", NULL);
    assert_argv(&s->cmds[2], "id", NULL);
    assert_int_equal(s->cmds[2].depth, 0);
}

static void
function_body_is_emitted_and_name_is_not(void **state)
{
    rp_sh_script *s = split_clean(state, "retry() { \"$@\" || \"$@\"; }; retry apt-get update");

    assert_int_equal(s->n, 3);
    assert_argv(&s->cmds[0], "$@", NULL);
    assert_int_equal(s->cmds[0].depth, 1);
    assert_argv(&s->cmds[2], "retry", "apt-get", "update", NULL);
}

static void
function_keyword_form_is_understood(void **state)
{
    rp_sh_script *s = split_clean(state, "function f { a; }; function g() { b; }");

    assert_int_equal(s->n, 2);
    assert_argv(&s->cmds[0], "a", NULL);
    assert_argv(&s->cmds[1], "b", NULL);
}

static void
subshell_raises_depth_and_passes_its_operator_on(void **state)
{
    rp_sh_script *s = split_clean(state, "(cd /src && make) && echo done");

    assert_int_equal(s->n, 3);
    assert_int_equal(s->cmds[0].depth, 1);
    assert_int_equal(s->cmds[1].depth, 1);
    assert_int_equal(s->cmds[1].op, RP_SH_AND);
    assert_int_equal(s->cmds[2].depth, 0);
}

static void
brace_group_raises_depth(void **state)
{
    rp_sh_script *s = split_clean(state, "{ echo a; echo b; } > /etc/x.ini; echo c");

    assert_int_equal(s->n, 3);
    assert_int_equal(s->cmds[0].depth, 1);
    assert_int_equal(s->cmds[1].depth, 1);
    assert_int_equal(s->cmds[2].depth, 0);
}

static void
braces_inside_words_are_not_groups(void **state)
{
    rp_sh_script *s = split_clean(state, "echo {a,b} } {");

    assert_int_equal(s->n, 1);
    assert_argv(&s->cmds[0], "echo", "{a,b}", "}", "{", NULL);
}

static void
bang_negates_the_next_command(void **state)
{
    rp_sh_script *s = split_clean(state, "! grep -q x f && echo y");

    assert_int_equal(s->n, 2);
    assert_true(s->cmds[0].negated);
    assert_false(s->cmds[1].negated);
    assert_argv(&s->cmds[0], "grep", "-q", "x", "f", NULL);
}

static void
reserved_words_are_plain_arguments_after_the_command_name(void **state)
{
    rp_sh_script *s = split_clean(state, "echo if then fi done");

    assert_int_equal(s->n, 1);
    assert_int_equal(s->cmds[0].argc, 5);
}

static void
double_bracket_operators_are_words(void **state)
{
    rp_sh_script *s = split_clean(state, "[[ -n \"$X\" && $Y < 3 ]] || { echo no; exit 1; }");

    assert_int_equal(s->n, 3);
    assert_argv(&s->cmds[0], "[[", "-n", "$X", "&&", "$Y", "<", "3", "]]", NULL);
    assert_int_equal(s->cmds[0].op, RP_SH_OR);
}

/* ---- commands Dockerfile rules look for ---- */

static void
cd_is_found_as_its_own_command(void **state)
{
    rp_sh_script *s = split_clean(state, "cd /src && make");
    const rp_sh_cmd *cd = find(s, "cd");

    assert_non_null(cd);
    assert_argv(cd, "cd", "/src", NULL);
    assert_non_null(find(s, "make"));
}

static void
su_exec_keeps_its_arguments(void **state)
{
    rp_sh_script *s = split_clean(state, "su-exec app:app /usr/local/bin/app --serve");

    assert_int_equal(s->n, 1);
    assert_true(rp_sh_cmd_is(&s->cmds[0], "su-exec"));
    assert_argv(&s->cmds[0], "su-exec", "app:app", "/usr/local/bin/app", "--serve", NULL);
}

static void
sudo_inside_if_is_found(void **state)
{
    rp_sh_script *s = split_clean(state, "if true; then sudo apt-get install -y vim; fi");

    assert_non_null(find(s, "sudo"));
}

/* ---- sh -c ---- */

static void
sh_c_string_is_split_after_the_sh_command(void **state)
{
    rp_sh_script *s = split_clean(state, "sh -c \"apt-get update && apt-get install -y x\"");

    assert_int_equal(s->n, 3);
    assert_argv(&s->cmds[0], "sh", "-c", "apt-get update && apt-get install -y x", NULL);
    assert_argv(&s->cmds[1], "apt-get", "update", NULL);
    assert_int_equal(s->cmds[1].depth, 1);
    assert_int_equal(s->cmds[1].op, RP_SH_AND);
    assert_int_equal(s->cmds[2].depth, 1);
}

static void
sh_c_commands_take_their_place_in_the_outer_text(void **state)
{
    rp_sh_script *s = split_clean(state, "echo x; bash -c 'a; b\nc'");

    assert_int_equal(s->n, 5);
    assert_int_equal(s->cmds[1].offset, 8);
    assert_int_equal(s->cmds[2].offset, 17); /* 'a' after the quote at 16 */
    assert_int_equal(s->cmds[3].offset, 20);
    assert_int_equal(s->cmds[4].offset, 22); /* on the next line of the outer text */
}

static void
wrapped_sh_c_is_split(void **state)
{
    rp_sh_script *s = split_clean(state, "sudo -u app sh -c \"cd /x && pip install y\"");

    assert_int_equal(s->n, 3);
    assert_argv(&s->cmds[1], "cd", "/x", NULL);
    assert_argv(&s->cmds[2], "pip", "install", "y", NULL);
    assert_int_equal(s->cmds[2].depth, 1);
    s = split_clean(state, "su app -c 'make install'");
    assert_int_equal(s->n, 2);
    assert_argv(&s->cmds[1], "make", "install", NULL);
}

static void
shell_flags_before_c_are_understood(void **state)
{
    rp_sh_script *s = split_clean(state, "sh -ex -c 'a' && bash -o pipefail -c 'b | c' && "
                                         "/bin/dash -ec 'd'");

    assert_non_null(find(s, "a"));
    assert_non_null(find(s, "b"));
    assert_non_null(find(s, "d"));
    assert_true(s->has_pipe);
}

static void
busybox_sh_c_is_split(void **state)
{
    rp_sh_script *s = split_clean(state, "busybox sh -c 'wget -O- http://x | sh'");

    assert_int_equal(s->n, 3);
    assert_argv(&s->cmds[1], "wget", "-O-", "http://x", NULL);
    assert_true(s->has_pipe);
}

static void
sh_without_c_is_not_split(void **state)
{
    rp_sh_script *s = split_clean(state, "sh ./install.sh 'a b'");

    assert_int_equal(s->n, 1);
}

static void
sh_c_of_a_substitution_does_not_split_it_twice(void **state)
{
    rp_sh_script *s = split_clean(state, "sh -c \"$(curl -fsSL https://get.x)\"");

    assert_int_equal(s->n, 3);
    assert_argv(&s->cmds[0], "curl", "-fsSL", "https://get.x", NULL);
    assert_argv(&s->cmds[1], "sh", "-c", "$(curl -fsSL https://get.x)", NULL);
    assert_int_equal(s->cmds[2].depth, 1);
    assert_string_equal(s->cmds[2].argv[0], "$(curl -fsSL https://get.x)");
}

/* ---- substitutions ---- */

static void
command_substitution_comes_before_its_command(void **state)
{
    rp_sh_script *s = split_clean(state, "echo $(curl x | sh) done");

    assert_int_equal(s->n, 3);
    assert_argv(&s->cmds[0], "curl", "x", NULL);
    assert_int_equal(s->cmds[0].depth, 1);
    assert_int_equal(s->cmds[0].offset, 7);
    assert_int_equal(s->cmds[1].offset, 16);
    assert_argv(&s->cmds[2], "echo", "$(curl x | sh)", "done", NULL);
    assert_int_equal(s->cmds[2].wflags[1], RP_SH_W_EXPANSION);
    assert_true(s->has_pipe);
}

static void
substitution_with_case_and_quoted_parens_nests(void **state)
{
    rp_sh_script *s = split_clean(state, "x=\"$(case a in a) echo \")\";; esac)\" y");

    assert_int_equal(s->n, 2);
    assert_argv(&s->cmds[0], "echo", ")", NULL);
    assert_int_equal(s->cmds[0].depth, 2);
    assert_argv(&s->cmds[1], "y", NULL);
    assert_int_equal(s->cmds[1].nassigns, 1);
    assert_string_equal(s->cmds[1].assigns[0], "x=$(case a in a) echo \")\";; esac)");
}

static void
backticks_are_split_and_kept(void **state)
{
    rp_sh_script *s = split_clean(state, "make -j`nproc` \"`uname -m`\"");

    assert_int_equal(s->n, 3);
    assert_argv(&s->cmds[0], "nproc", NULL);
    assert_argv(&s->cmds[1], "uname", "-m", NULL);
    assert_argv(&s->cmds[2], "make", "-j`nproc`", "`uname -m`", NULL);
}

static void
nested_substitutions_count_depth(void **state)
{
    rp_sh_script *s = split_clean(state, "a $(b $(c))");

    assert_int_equal(s->n, 3);
    assert_int_equal(s->cmds[0].depth, 2);
    assert_int_equal(s->cmds[1].depth, 1);
    assert_int_equal(s->cmds[2].depth, 0);
}

static void
process_substitution_is_split(void **state)
{
    rp_sh_script *s = split_clean(state, "diff <(sort a) b");

    assert_int_equal(s->n, 2);
    assert_argv(&s->cmds[0], "sort", "a", NULL);
    assert_argv(&s->cmds[1], "diff", "<(sort a)", "b", NULL);
    assert_int_equal(s->cmds[1].nredirs, 0);
}

static void
arithmetic_expansion_is_not_a_command(void **state)
{
    rp_sh_script *s = split_clean(state, "echo $(( (1+2)*3 )); (( i++ )) && id");

    assert_int_equal(s->n, 2);
    assert_argv(&s->cmds[0], "echo", "$(( (1+2)*3 ))", NULL);
    assert_argv(&s->cmds[1], "id", NULL);
}

/* ---- here-documents ---- */

static void
heredoc_body_is_skipped(void **state)
{
    rp_sh_script *s = split_clean(state, "cat <<EOF > /etc/x.conf\nrm -rf /\n$(curl evil)\nEOF\n"
                                         "echo after");

    assert_int_equal(s->n, 2);
    assert_argv(&s->cmds[0], "cat", NULL);
    assert_int_equal(s->cmds[0].nredirs, 2);
    assert_string_equal(s->cmds[0].redirs[0], "<< EOF");
    assert_string_equal(s->cmds[0].redirs[1], "> /etc/x.conf");
    assert_argv(&s->cmds[1], "echo", "after", NULL);
}

static void
heredoc_dash_strips_tabs_and_quoted_delimiter_works(void **state)
{
    rp_sh_script *s = split_clean(state, "cat <<-'END' | sh\n\tapt-get install x\n\tEND\nid");

    assert_int_equal(s->n, 3);
    assert_string_equal(s->cmds[0].redirs[0], "<<- END");
    assert_argv(&s->cmds[1], "sh", NULL);
    assert_argv(&s->cmds[2], "id", NULL);
}

static void
two_heredocs_on_a_line_are_skipped_in_order(void **state)
{
    rp_sh_script *s = split_clean(state, "x <<A <<\"B\"\nbody a\nA\nbody b\nB\ny");

    assert_int_equal(s->n, 2);
    assert_argv(&s->cmds[1], "y", NULL);
}

static void
heredoc_without_a_body_is_not_an_error(void **state)
{
    rp_sh_script *s = split_clean(state, "cat <<EOF > /x && echo ok");

    assert_int_equal(s->n, 2);
}

static void
unterminated_heredoc_is_reported(void **state)
{
    rp_sh_script *s = split(state, "cat <<EOF\nline\nrm -rf /\n");

    assert_non_null(s->error);
    assert_int_equal(s->n, 1);
}

static void
here_string_has_no_body(void **state)
{
    rp_sh_script *s = split_clean(state, "grep x <<< \"$v\"\necho next");

    assert_int_equal(s->n, 2);
    assert_string_equal(s->cmds[0].redirs[0], "<<< $v");
}

/* ---- quoting and words ---- */

static void
adjacent_quoted_parts_make_one_word(void **state)
{
    const rp_sh_cmd *c = one(state, "echo a\"b c\"'d' plain");

    assert_argv(c, "echo", "ab cd", "plain", NULL);
    assert_int_equal(c->wflags[1], RP_SH_W_QUOTED);
    assert_int_equal(c->wflags[2], 0);
}

static void
double_quotes_escape_only_the_special_characters(void **state)
{
    const rp_sh_cmd *c = one(state, "echo \"\\$x \\\\ \\\" \\a \\`\"");

    assert_argv(c, "echo", "$x \\ \" \\a `", NULL);
    assert_int_equal(c->wflags[1], RP_SH_W_QUOTED);
}

static void
backslash_quotes_outside_and_newline_continues(void **state)
{
    const rp_sh_cmd *c = one(state, "echo \\$HOME a\\ b ins\\\ntall");

    assert_argv(c, "echo", "$HOME", "a b", "install", NULL);
    assert_int_equal(c->wflags[1], RP_SH_W_QUOTED);
    assert_int_equal(c->wflags[3], 0);
}

static void
single_quotes_keep_everything_literal(void **state)
{
    const rp_sh_cmd *c = one(state, "sed -i 's/$a\\b/\"x\"/' f");

    assert_argv(c, "sed", "-i", "s/$a\\b/\"x\"/", "f", NULL);
    assert_int_equal(c->wflags[2], RP_SH_W_QUOTED);
}

static void
ansi_c_strings_decode_common_escapes(void **state)
{
    const rp_sh_cmd *c = one(state, "printf $'a\\tb\\n\\\\\\'\\\"\\x41\\101\\q'");

    assert_argv(c, "printf", "a\tb\n\\'\"AA\\q", NULL);
    assert_int_equal(c->wflags[1], RP_SH_W_QUOTED);
}

static void
expansions_are_kept_verbatim_and_flagged(void **state)
{
    const rp_sh_cmd *c = one(state, "echo ${A:-\"}\"} ${B/\\}/x} '$C' \"$D\" $ cost$");

    assert_argv(c, "echo", "${A:-\"}\"}", "${B/\\}/x}", "$C", "$D", "$", "cost$", NULL);
    assert_int_equal(c->wflags[1], RP_SH_W_EXPANSION);
    assert_int_equal(c->wflags[3], RP_SH_W_QUOTED);
    assert_int_equal(c->wflags[4], RP_SH_W_QUOTED | RP_SH_W_EXPANSION);
    assert_int_equal(c->wflags[5], 0);
}

static void
hash_starts_a_comment_only_at_a_word_start(void **state)
{
    rp_sh_script *s = split_clean(state, "echo a#b # rm -rf /\n# whole line; evil\necho c");

    assert_int_equal(s->n, 2);
    assert_argv(&s->cmds[0], "echo", "a#b", NULL);
    assert_argv(&s->cmds[1], "echo", "c", NULL);
}

static void
leading_assignments_are_not_arguments(void **state)
{
    const rp_sh_cmd *c = one(state, "DEBIAN_FRONTEND=noninteractive X+=1 B=\"a b\" apt-get "
                                    "install K=V");

    assert_int_equal(c->nassigns, 3);
    assert_string_equal(c->assigns[0], "DEBIAN_FRONTEND=noninteractive");
    assert_string_equal(c->assigns[2], "B=a b");
    assert_argv(c, "apt-get", "install", "K=V", NULL);
    assert_int_equal(c->offset, 0);
}

static void
quoted_name_is_not_an_assignment(void **state)
{
    const rp_sh_cmd *c = one(state, "\"A\"=1 x");

    assert_int_equal(c->nassigns, 0);
    assert_argv(c, "A=1", "x", NULL);
}

static void
assignment_only_command_is_not_emitted_but_its_substitution_is(void **state)
{
    rp_sh_script *s = split_clean(state, "v=\"$(id -u)\"; > /tmp/empty; echo $v");

    assert_int_equal(s->n, 2);
    assert_argv(&s->cmds[0], "id", "-u", NULL);
    assert_argv(&s->cmds[1], "echo", "$v", NULL);
}

static void
bash_array_assignment_is_one_word(void **state)
{
    const rp_sh_cmd *c = one(state, "pkgs=(curl \"git lfs\") apt-get install");

    assert_int_equal(c->nassigns, 1);
    assert_string_equal(c->assigns[0], "pkgs=(curl \"git lfs\")");
}

static void
redirections_are_normalised_and_not_in_argv(void **state)
{
    const rp_sh_cmd *c = one(state, "cmd 2>/dev/null >>log 2>&1 &> all <in 3<&- >| f <> g");

    assert_argv(c, "cmd", NULL);
    assert_int_equal(c->nredirs, 8);
    assert_string_equal(c->redirs[0], "2> /dev/null");
    assert_string_equal(c->redirs[1], ">> log");
    assert_string_equal(c->redirs[2], "2>&1");
    assert_string_equal(c->redirs[3], "&> all");
    assert_string_equal(c->redirs[4], "< in");
    assert_string_equal(c->redirs[5], "3<&-");
    assert_string_equal(c->redirs[6], ">| f");
    assert_string_equal(c->redirs[7], "<> g");
}

static void
fd_digits_count_only_at_a_word_start(void **state)
{
    const rp_sh_cmd *c = one(state, "echo a2>x 2 >y");

    assert_argv(c, "echo", "a2", "2", NULL);
    assert_string_equal(c->redirs[0], "> x");
    assert_string_equal(c->redirs[1], "> y");
}

static void
crlf_line_ends_split_like_lf(void **state)
{
    rp_sh_script *s = split_clean(state, "apt-get update \\\r\n && apt-get install -y x\r\n");

    assert_int_equal(s->n, 2);
    assert_argv(&s->cmds[1], "apt-get", "install", "-y", "x", NULL);
}

static void
nul_bytes_are_ordinary_characters(void **state)
{
    static const char text[] = "echo a\0b; id";
    rp_sh_script *s = split_n(state, text, sizeof(text) - 1);

    assert_int_equal(s->n, 2);
    assert_int_equal(s->cmds[0].argc, 2);
    assert_int_equal(memcmp(s->cmds[0].argv[1], "a\0b", 4), 0);
    assert_argv(&s->cmds[1], "id", NULL);
}

static void
empty_and_blank_text_has_no_commands(void **state)
{
    assert_int_equal(split_clean(state, "")->n, 0);
    assert_int_equal(split_clean(state, "  \\\n \t# only a comment\n")->n, 0);
}

/* ---- syntax problems keep partial results ---- */

static void
unterminated_quote_keeps_what_was_found(void **state)
{
    rp_sh_script *s = split(state, "apt-get update && echo 'never closed; rm -rf /");

    assert_string_equal(s->error, "unterminated single quote");
    assert_int_equal(s->n, 2);
    assert_argv(&s->cmds[1], "echo", "never closed; rm -rf /", NULL);
}

static void
missing_fi_keeps_the_commands(void **state)
{
    rp_sh_script *s = split(state, "if [ -f x ]; then pip install y");

    assert_string_equal(s->error, "missing fi");
    assert_int_equal(s->n, 2);
}

static void
unbalanced_parenthesis_is_reported(void **state)
{
    rp_sh_script *s = split(state, "echo a) && echo b");

    assert_non_null(s->error);
    assert_non_null(find(s, "echo"));
    assert_int_equal(split(state, "(echo a")->n, 1);
    assert_string_equal(split(state, "(echo a")->error, "missing )");
}

static void
unterminated_substitution_is_reported(void **state)
{
    rp_sh_script *s = split(state, "echo \"$(curl x");

    assert_non_null(s->error);
    assert_non_null(find(s, "curl"));
}

static void
dangling_operator_is_reported(void **state)
{
    rp_sh_script *s = split(state, "apt-get update &&");

    assert_non_null(s->error);
    assert_int_equal(s->n, 1);
    assert_non_null(split(state, "| sh")->error);
}

static void
stray_keywords_are_reported_not_emitted(void **state)
{
    rp_sh_script *s = split(state, "fi; done; esac; }; echo ok");

    assert_non_null(s->error);
    assert_int_equal(s->n, 1);
    assert_argv(&s->cmds[0], "echo", "ok", NULL);
}

/* ---- limits ---- */

static char *
repeat3(const char *head, const char *mid, const char *tail, size_t n)
{
    size_t hl = strlen(head), ml = strlen(mid), tl = strlen(tail);
    char *s = malloc(n * (hl + tl) + ml + 1), *p = s;

    assert_non_null(s);
    for (size_t i = 0; i < n; i++, p += hl)
        memcpy(p, head, hl);
    memcpy(p, mid, ml);
    p += ml;
    for (size_t i = 0; i < n; i++, p += tl)
        memcpy(p, tail, tl);
    *p = '\0';
    return s;
}

static void
deep_substitution_returns_elimit(void **state)
{
    fixture *f = *state;
    char *text = repeat3("$(", "x", ")", 100);
    int err = rp_sh_parse(&f->s, &f->a, text, strlen(text), &f->lim, &f->ctx);

    free(text);
    assert_int_equal(err, RP_ELIMIT);
    assert_int_equal(f->ctx.code, RP_ELIMIT);
}

static void
deep_subshells_return_elimit(void **state)
{
    fixture *f = *state;
    char *text = repeat3("( ", "x", " )", 5000);
    int err = rp_sh_parse(&f->s, &f->a, text, strlen(text), &f->lim, &f->ctx);

    free(text);
    assert_int_equal(err, RP_ELIMIT);
}

static void
deep_sh_c_returns_elimit(void **state)
{
    fixture *f = *state;
    int err;

    f->lim.max_shell_depth = 2;
    err = rp_sh_parse(&f->s, &f->a, "sh -c \"sh -c 'sh -c x'\"", 23, &f->lim, &f->ctx);
    assert_int_equal(err, RP_ELIMIT);
}

static void
nesting_up_to_the_limit_is_fine(void **state)
{
    fixture *f = *state;
    char *text = repeat3("( ", "x", " )", 4);
    rp_sh_script *s;

    f->lim.max_shell_depth = 4;
    s = split(state, text);
    free(text);
    assert_int_equal(s->n, 1);
    assert_int_equal(s->cmds[0].depth, 4);
}

static void
too_many_commands_return_elimit(void **state)
{
    fixture *f = *state;
    char *text = repeat3("a;", "", "", 20);

    f->lim.max_shell_commands = 10;
    assert_int_equal(rp_sh_parse(&f->s, &f->a, text, strlen(text), &f->lim, &f->ctx), RP_ELIMIT);
    free(text);
    assert_int_equal(f->ctx.code, RP_ELIMIT);
}

/* ---- exec form ---- */

static void
from_argv_builds_one_command(void **state)
{
    fixture *f = *state;
    char *argv[] = {"apt-get", "install", "-y", "$NOT_EXPANDED"};

    assert_int_equal(rp_sh_from_argv(&f->s, &f->a, argv, 4, &f->lim, &f->ctx), 0);
    assert_int_equal(f->s.n, 1);
    assert_argv(&f->s.cmds[0], "apt-get", "install", "-y", "$NOT_EXPANDED", NULL);
    assert_int_equal(f->s.cmds[0].wflags[3], 0);
    assert_null(f->s.error);
}

static void
from_argv_splits_a_shell_c_string_one_level_down(void **state)
{
    fixture *f = *state;
    char *argv[] = {"/bin/sh", "-c", "apt-get update && curl x | sh"};

    assert_int_equal(rp_sh_from_argv(&f->s, &f->a, argv, 3, &f->lim, &f->ctx), 0);
    assert_int_equal(f->s.n, 4);
    assert_int_equal(f->s.cmds[0].depth, 0);
    assert_argv(&f->s.cmds[1], "apt-get", "update", NULL);
    assert_int_equal(f->s.cmds[1].depth, 1);
    assert_true(f->s.has_pipe);
}

static void
from_argv_with_no_words_is_empty(void **state)
{
    fixture *f = *state;

    assert_int_equal(rp_sh_from_argv(&f->s, &f->a, NULL, 0, &f->lim, &f->ctx), 0);
    assert_int_equal(f->s.n, 0);
}

/* ---- option helpers ---- */

static void
cmd_name_is_the_base_name(void **state)
{
    const rp_sh_cmd *c = one(state, "/usr/bin/apt-get install x");

    assert_string_equal(rp_sh_cmd_name(c), "apt-get");
    assert_true(rp_sh_cmd_is(c, "apt-get"));
    assert_false(rp_sh_cmd_is(c, "apt"));
}

static void
has_short_finds_clusters_but_not_long_options(void **state)
{
    const rp_sh_cmd *c = one(state, "apt-get -qy --yes install -- -z");

    assert_true(rp_sh_has_short(c, 'y'));
    assert_true(rp_sh_has_short(c, 'q'));
    assert_false(rp_sh_has_short(c, 'e'));
    assert_false(rp_sh_has_short(c, 'z'));
    assert_false(rp_sh_has_short(one(state, "apt-get install --yes x"), 'y'));
}

static void
has_long_matches_name_and_name_with_value(void **state)
{
    const rp_sh_cmd *c = one(state, "pip install --no-cache-dir --index-url=https://x -- "
                                    "--user");

    assert_true(rp_sh_has_long(c, "no-cache-dir"));
    assert_true(rp_sh_has_long(c, "index-url"));
    assert_false(rp_sh_has_long(c, "no-cache"));
    assert_false(rp_sh_has_long(c, "user"));
}

static void
opt_value_reads_every_spelling(void **state)
{
    const rp_sh_cmd *c = one(state, "wget -O /tmp/x --progress=dot:giga --tries 3 -qT5 u");

    assert_string_equal(rp_sh_opt_value(c, 'O', "output-document"), "/tmp/x");
    assert_string_equal(rp_sh_opt_value(c, 0, "progress"), "dot:giga");
    assert_string_equal(rp_sh_opt_value(c, 0, "tries"), "3");
    assert_null(rp_sh_opt_value(c, 'x', NULL));
    assert_string_equal(rp_sh_opt_value(one(state, "tar -xf a.tgz -Cdir"), 'C', NULL), "dir");
}

static void
positionals_skip_options_and_their_values(void **state)
{
    static const char *const tv[] = {"-t", "--target-release", "-o", NULL};
    const rp_sh_cmd *c = one(state, "apt-get -o Dpkg::Options=x install -t bookworm-backports "
                                    "-oAPT::y=1 --target-release=x curl - -- -notopt");
    const char *pos[8];
    size_t n = rp_sh_positionals(c, tv, pos, 8);

    assert_int_equal(n, 4);
    assert_string_equal(pos[0], "install");
    assert_string_equal(pos[1], "curl");
    assert_string_equal(pos[2], "-");
    assert_string_equal(pos[3], "-notopt");
}

static void
positionals_understand_short_clusters_ending_in_a_value_option(void **state)
{
    static const char *const tv[] = {"-f", "-C", NULL};
    const rp_sh_cmd *c = one(state, "tar -xzf /tmp/a.tgz -C /opt b");
    const char *pos[1];

    assert_int_equal(rp_sh_positionals(c, tv, pos, 1), 1);
    assert_string_equal(pos[0], "b");
}

static void
positionals_count_past_max(void **state)
{
    const rp_sh_cmd *c = one(state, "echo a b c d");
    const char *pos[2];

    assert_int_equal(rp_sh_positionals(c, NULL, pos, 2), 4);
    assert_string_equal(pos[1], "b");
    assert_int_equal(rp_sh_positionals(c, NULL, NULL, 0), 4);
}

#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)

int
main(void)
{
    const struct CMUnitTest tests[] = {
        T(apt_chain_is_one_list_of_three_pipelines),
        T(semicolon_after_set_eux_starts_a_new_list),
        T(newline_separates_like_semicolon_but_not_after_and),
        T(or_joins_the_list),
        T(curl_pipe_sh_shares_a_pipeline),
        T(pipe_ampersand_is_a_pipe),
        T(background_ends_the_list),
        T(or_operator_is_not_a_pipe),
        T(if_condition_and_body_are_commands_one_level_down),
        T(elif_and_else_branches_are_commands),
        T(for_words_are_not_commands),
        T(for_accepts_newlines_before_in_and_do),
        T(arithmetic_for_header_is_skipped),
        T(while_condition_and_body_are_both_emitted),
        T(case_patterns_are_not_commands),
        T(case_allows_parenthesised_patterns_and_missing_last_dsemi),
        T(function_body_is_emitted_and_name_is_not),
        T(function_keyword_form_is_understood),
        T(subshell_raises_depth_and_passes_its_operator_on),
        T(brace_group_raises_depth),
        T(braces_inside_words_are_not_groups),
        T(bang_negates_the_next_command),
        T(reserved_words_are_plain_arguments_after_the_command_name),
        T(double_bracket_operators_are_words),
        T(cd_is_found_as_its_own_command),
        T(su_exec_keeps_its_arguments),
        T(sudo_inside_if_is_found),
        T(sh_c_string_is_split_after_the_sh_command),
        T(sh_c_commands_take_their_place_in_the_outer_text),
        T(wrapped_sh_c_is_split),
        T(shell_flags_before_c_are_understood),
        T(busybox_sh_c_is_split),
        T(sh_without_c_is_not_split),
        T(sh_c_of_a_substitution_does_not_split_it_twice),
        T(command_substitution_comes_before_its_command),
        T(substitution_with_case_and_quoted_parens_nests),
        T(backticks_are_split_and_kept),
        T(nested_substitutions_count_depth),
        T(process_substitution_is_split),
        T(arithmetic_expansion_is_not_a_command),
        T(heredoc_body_is_skipped),
        T(heredoc_dash_strips_tabs_and_quoted_delimiter_works),
        T(two_heredocs_on_a_line_are_skipped_in_order),
        T(heredoc_without_a_body_is_not_an_error),
        T(unterminated_heredoc_is_reported),
        T(here_string_has_no_body),
        T(adjacent_quoted_parts_make_one_word),
        T(double_quotes_escape_only_the_special_characters),
        T(backslash_quotes_outside_and_newline_continues),
        T(single_quotes_keep_everything_literal),
        T(ansi_c_strings_decode_common_escapes),
        T(expansions_are_kept_verbatim_and_flagged),
        T(hash_starts_a_comment_only_at_a_word_start),
        T(leading_assignments_are_not_arguments),
        T(quoted_name_is_not_an_assignment),
        T(assignment_only_command_is_not_emitted_but_its_substitution_is),
        T(bash_array_assignment_is_one_word),
        T(redirections_are_normalised_and_not_in_argv),
        T(fd_digits_count_only_at_a_word_start),
        T(crlf_line_ends_split_like_lf),
        T(nul_bytes_are_ordinary_characters),
        T(empty_and_blank_text_has_no_commands),
        T(unterminated_quote_keeps_what_was_found),
        T(missing_fi_keeps_the_commands),
        T(unbalanced_parenthesis_is_reported),
        T(unterminated_substitution_is_reported),
        T(dangling_operator_is_reported),
        T(stray_keywords_are_reported_not_emitted),
        T(deep_substitution_returns_elimit),
        T(deep_subshells_return_elimit),
        T(deep_sh_c_returns_elimit),
        T(nesting_up_to_the_limit_is_fine),
        T(too_many_commands_return_elimit),
        T(from_argv_builds_one_command),
        T(from_argv_splits_a_shell_c_string_one_level_down),
        T(from_argv_with_no_words_is_empty),
        T(cmd_name_is_the_base_name),
        T(has_short_finds_clusters_but_not_long_options),
        T(has_long_matches_name_and_name_with_value),
        T(opt_value_reads_every_spelling),
        T(positionals_skip_options_and_their_values),
        T(positionals_understand_short_clusters_ending_in_a_value_option),
        T(positionals_count_past_max),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
