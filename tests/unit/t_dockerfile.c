/* The Dockerfile parser: BuildKit's syntax, one behaviour per test. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>

#include <cmocka.h>

#include "rampart/rampart.h"

static rp_dockerfile *
parse(const char *src)
{
    rp_dockerfile *df = NULL;
    rp_ctx ctx;

    assert_int_equal(rp_dockerfile_parse(&df, &ctx, "Dockerfile", src, strlen(src), NULL), 0);
    return df;
}

static void
t_directives_set_syntax_and_escape(void **state)
{
    rp_dockerfile *df = parse("# syntax=docker/dockerfile:1.7\n# escape=`\nFROM x\nRUN a `\n  b\n");

    assert_string_equal(df->syntax, "docker/dockerfile:1.7");
    assert_int_equal(df->escape, '`');
    assert_int_equal(df->ninstrs, 2);
    assert_string_equal(df->instrs[1].text, "a   b");
    assert_int_equal(df->instrs[1].end_line, 5);
    rp_dockerfile_free(df);
}

static void
t_directive_after_comment_is_a_comment(void **state)
{
    rp_dockerfile *df = parse("# hello\n# escape=`\nFROM x\nRUN a \\\n b\n");

    assert_int_equal(df->escape, '\\');
    assert_string_equal(df->instrs[1].text, "a  b");
    rp_dockerfile_free(df);
}

static void
t_continuation_skips_comments_and_blank_lines(void **state)
{
    rp_dockerfile *df = parse("FROM x\nRUN apt-get update \\\n# a comment\n\n    && apt-get "
                              "install -y curl\nUSER 1000\n");

    assert_int_equal(df->ninstrs, 3);
    assert_int_equal(df->instrs[1].kind, RP_DF_RUN);
    assert_string_equal(df->instrs[1].text, "apt-get update     && apt-get install -y curl");
    assert_int_equal(df->instrs[1].line, 2);
    assert_int_equal(df->instrs[1].end_line, 5);
    assert_int_equal(df->instrs[2].line, 6);
    assert_int_equal(df->ncomments, 1);
    assert_int_equal(df->comments[0].line, 3);
    rp_dockerfile_free(df);
}

static void
t_run_commands_know_their_lines(void **state)
{
    rp_dockerfile *df = parse("FROM x\nRUN set -eux; \\\n    apt-get update; \\\n"
                              "    apt-get install -y curl\n");
    const rp_sh_script *sh = df->instrs[1].sh;

    assert_non_null(sh);
    assert_int_equal(sh->n, 3);
    assert_string_equal(sh->cmds[0].argv[0], "set");
    assert_int_equal(sh->cmds[0].line, 2);
    assert_string_equal(sh->cmds[1].argv[0], "apt-get");
    assert_int_equal(sh->cmds[1].line, 3);
    assert_int_equal(sh->cmds[2].line, 4);
    rp_dockerfile_free(df);
}

static void
t_heredoc_run_is_a_script(void **state)
{
    rp_dockerfile *df = parse("FROM x\nRUN <<EOF\napt-get update\napt-get install -y vim\nEOF\n"
                              "USER 1\n");
    const rp_df_instr *run = &df->instrs[1];

    assert_int_equal(run->nheredocs, 1);
    assert_string_equal(run->heredocs[0].name, "EOF");
    assert_true(run->heredocs[0].expand);
    assert_string_equal(run->heredocs[0].content, "apt-get update\napt-get install -y vim\n");
    assert_int_equal(run->heredocs[0].line, 3);
    assert_int_equal(run->end_line, 5);
    assert_int_equal(run->sh->n, 2);
    assert_string_equal(run->sh->cmds[1].argv[3], "vim");
    assert_int_equal(run->sh->cmds[1].line, 4);
    assert_int_equal(df->instrs[2].kind, RP_DF_USER);
    assert_int_equal(df->instrs[2].line, 6);
    rp_dockerfile_free(df);
}

static void
t_heredoc_chomp_quoted_and_several(void **state)
{
    rp_dockerfile *df = parse("FROM x\nCOPY <<-\"A\" <<B /dst/\n\tone\n\tA\ntwo\nB\n");
    const rp_df_instr *cp = &df->instrs[1];

    assert_null(cp->error);
    assert_int_equal(cp->nheredocs, 2);
    assert_false(cp->heredocs[0].expand);
    assert_true(cp->heredocs[0].chomp);
    assert_string_equal(cp->heredocs[0].content, "one\n");
    assert_string_equal(cp->heredocs[1].content, "two\n");
    assert_int_equal(cp->nargs, 3);
    assert_int_equal(cp->end_line, 6);
    rp_dockerfile_free(df);
}

static void
t_heredoc_for_another_interpreter_is_not_shell(void **state)
{
    rp_dockerfile *df = parse("FROM x\nRUN python3 <<EOF\nimport os\nprint(os.name)\nEOF\n");

    assert_int_equal(df->instrs[1].sh->n, 1);
    assert_string_equal(df->instrs[1].sh->cmds[0].argv[0], "python3");
    rp_dockerfile_free(df);
}

static void
t_unterminated_heredoc_is_an_instruction_error(void **state)
{
    rp_dockerfile *df = parse("FROM x\nRUN <<EOF\necho hi\n");

    assert_non_null(df->instrs[1].error);
    assert_int_equal(df->nerrors, 1);
    rp_dockerfile_free(df);
}

static void
t_json_and_shell_forms(void **state)
{
    rp_dockerfile *df = parse("FROM x\nCMD [\"nginx\", \"-g\", \"daemon off;\"]\n"
                              "ENTRYPOINT [\"broken\"\nRUN [\"apt-get\",\"install\",\"-y\",\"x\"]\n");

    assert_true(df->instrs[1].json);
    assert_int_equal(df->instrs[1].nargs, 3);
    assert_string_equal(df->instrs[1].args[2], "daemon off;");
    assert_false(df->instrs[2].json); /* not valid JSON: shell form, as BuildKit does */
    assert_true(df->instrs[3].json);
    assert_int_equal(df->instrs[3].sh->n, 1);
    assert_string_equal(df->instrs[3].sh->cmds[0].argv[1], "install");
    rp_dockerfile_free(df);
}

static void
t_flags_and_mounts(void **state)
{
    rp_dockerfile *df = parse("FROM x\nRUN --mount=type=cache,target=/var/cache/apt,sharing=locked "
                              "--mount=type=secret,id=npm,env=NPM_TOKEN --network=none make\n"
                              "COPY --link --chown=1000:1000 --from=build /a /b\n");
    const rp_df_instr *run = &df->instrs[1], *cp = &df->instrs[2];

    assert_int_equal(run->nflags, 3);
    assert_int_equal(run->nmounts, 2);
    assert_string_equal(run->mounts[0].type, "cache");
    assert_string_equal(run->mounts[0].target, "/var/cache/apt");
    assert_string_equal(run->mounts[1].type, "secret");
    assert_string_equal(run->mounts[1].id, "npm");
    assert_string_equal(run->mounts[1].env, "NPM_TOKEN");
    assert_string_equal(run->args_text, "make");
    assert_null(rp_df_instr_flag(cp, "link")->value);
    assert_string_equal(rp_df_instr_flag(cp, "chown")->value, "1000:1000");
    assert_string_equal(rp_df_instr_flag(cp, "from")->value, "build");
    assert_int_equal(cp->nargs, 2);
    rp_dockerfile_free(df);
}

static void
t_from_substitutes_global_args(void **state)
{
    rp_dockerfile *df = parse("ARG REG=ghcr.io\nARG TAG\nARG V=1.2\n"
                              "FROM ${REG}/org/app:${V:-0} AS Build\n"
                              "FROM debian:${TAG}\nFROM ${MISSING:-alpine}:3.19\n");

    assert_int_equal(df->nstages, 3);
    assert_string_equal(df->stages[0].base, "ghcr.io/org/app:1.2");
    assert_string_equal(df->stages[0].name, "build");
    assert_string_equal(df->stages[0].ref.registry, "ghcr.io");
    assert_string_equal(df->stages[0].ref.repository, "org/app");
    assert_string_equal(df->stages[0].ref.tag, "1.2");
    assert_true(df->stages[1].ref.unresolved);
    assert_string_equal(df->stages[2].base, "alpine:3.19");
    rp_dockerfile_free(df);
}

static void
t_stages_parent_and_used(void **state)
{
    rp_dockerfile *df = parse("FROM golang:1.22 AS build\nRUN go build\n"
                              "FROM debian:12 AS unused\nRUN true\n"
                              "FROM build AS test\nRUN go test\n"
                              "FROM gcr.io/distroless/static\nCOPY --from=build /app /app\n");

    assert_int_equal(df->nstages, 4);
    assert_int_equal(df->stages[2].parent, 0);
    assert_true(df->stages[0].used);
    assert_false(df->stages[1].used);
    assert_false(df->stages[2].used);
    assert_true(df->stages[3].used);
    assert_int_equal(df->stages[0].first, 0);
    assert_int_equal(df->stages[0].end, 2);
    assert_int_equal(df->instrs[7].stage, 3);
    assert_string_equal(df->stages[3].ref.registry, "gcr.io");
    rp_dockerfile_free(df);
}

static void
t_env_forms_and_expansion_order(void **state)
{
    rp_dockerfile *df = parse("FROM x\nENV A=hello\nENV A=bye B=$A\nENV LEGACY some value here\n"
                              "ENV Q=\"quoted value\" R='$A'\nUSER ${A}\n");
    const rp_df_instr *e = &df->instrs[2];

    assert_int_equal(e->nkvs, 2);
    assert_string_equal(e->kvs[1].value, "$A");
    assert_string_equal(e->kvs[1].xvalue, "hello"); /* the value before this ENV */
    assert_string_equal(df->instrs[3].kvs[0].key, "LEGACY");
    assert_string_equal(df->instrs[3].kvs[0].value, "some value here");
    assert_string_equal(df->instrs[4].kvs[0].value, "quoted value");
    assert_string_equal(df->instrs[4].kvs[1].xvalue, "$A");
    assert_string_equal(df->instrs[5].xargs[0], "bye");
    assert_string_equal(rp_df_lookup_var(df, 5, "B"), "hello");
    rp_dockerfile_free(df);
}

static void
t_stage_arg_takes_global_value(void **state)
{
    rp_dockerfile *df = parse("ARG VERSION=3.1\nFROM x\nARG VERSION\nRUN echo\n"
                              "WORKDIR /opt/$VERSION\n");

    assert_string_equal(df->instrs[4].xargs[0], "/opt/3.1");
    rp_dockerfile_free(df);
}

static void
t_onbuild_wraps_an_instruction(void **state)
{
    rp_dockerfile *df = parse("FROM x\nONBUILD RUN apt-get install -y curl\nONBUILD ONBUILD X\n");
    const rp_df_instr *ob = &df->instrs[1];

    assert_int_equal(ob->kind, RP_DF_ONBUILD);
    assert_non_null(ob->sub);
    assert_int_equal(ob->sub->kind, RP_DF_RUN);
    assert_int_equal(ob->sub->sh->n, 1);
    assert_int_equal(ob->sub->sh->cmds[0].line, 2);
    assert_int_equal(df->instrs[2].sub->kind, RP_DF_ONBUILD);
    assert_null(df->instrs[2].error);
    rp_dockerfile_free(df);
}

static void
t_broken_instruction_does_not_stop_the_parse(void **state)
{
    rp_dockerfile *df = parse("FROM x\nFORM y\nCOPY onlyone\nFROM a b\nUSER 1\n");

    assert_int_equal(df->ninstrs, 5);
    assert_non_null(df->instrs[1].error);
    assert_non_null(df->instrs[2].error);
    assert_non_null(df->instrs[3].error);
    assert_null(df->instrs[4].error);
    assert_int_equal(df->nerrors, 3);
    rp_dockerfile_free(df);
}

static void
t_healthcheck_forms(void **state)
{
    rp_dockerfile *df = parse("FROM x\nHEALTHCHECK NONE\nHEALTHCHECK --interval=5s CMD "
                              "[\"curl\",\"-f\",\"http://localhost\"]\nHEALTHCHECK CMD curl -f x\n");

    assert_true(df->instrs[1].healthcheck_none);
    assert_true(df->instrs[2].json);
    assert_string_equal(rp_df_instr_flag(&df->instrs[2], "interval")->value, "5s");
    assert_false(df->instrs[3].json);
    assert_string_equal(df->instrs[3].args_text, "curl -f x");
    rp_dockerfile_free(df);
}

static void
t_crlf_and_bom(void **state)
{
    rp_dockerfile *df = parse("\xEF\xBB\xBF" "FROM x\r\nRUN a \\\r\n  b\r\nUSER 1\r\n");

    assert_int_equal(df->ninstrs, 3);
    assert_int_equal(df->instrs[0].kind, RP_DF_FROM);
    assert_string_equal(df->instrs[1].text, "a   b");
    assert_int_equal(df->instrs[2].line, 4);
    rp_dockerfile_free(df);
}

static void
t_keywords_are_case_insensitive(void **state)
{
    rp_dockerfile *df = parse("from x as Base\nrun echo\n");

    assert_int_equal(df->instrs[0].kind, RP_DF_FROM);
    assert_string_equal(df->stages[0].name, "base");
    assert_int_equal(df->instrs[1].kind, RP_DF_RUN);
    rp_dockerfile_free(df);
}

static void
t_binary_input_is_refused(void **state)
{
    rp_dockerfile *df = NULL;
    rp_ctx ctx;
    const char bin[] = "FROM x\n\0\x01\x02";

    assert_int_equal(rp_dockerfile_parse(&df, &ctx, "f", bin, sizeof(bin), NULL), RP_EPARSE);
    assert_null(df);
    assert_int_equal(ctx.line, 2);
}

static void
t_instruction_limit(void **state)
{
    rp_limits lim;
    rp_dockerfile *df = NULL;
    rp_ctx ctx;
    const char *src = "FROM x\nRUN a\nRUN b\nRUN c\n";

    rp_limits_default(&lim);
    lim.max_instructions = 3;
    assert_int_equal(rp_dockerfile_parse(&df, &ctx, "f", src, strlen(src), &lim), RP_ELIMIT);
    assert_non_null(strstr(ctx.msg, "instructions"));
}

static void
t_image_refs(void **state)
{
    rp_arena a = RP_ARENA_INIT;
    rp_df_image_ref r;

    assert_int_equal(rp_df_parse_image_ref(&r, &a, "nginx"), 0);
    assert_string_equal(r.registry, "docker.io");
    assert_string_equal(r.repository, "library/nginx");
    assert_null(r.tag);
    assert_int_equal(rp_df_parse_image_ref(&r, &a, "localhost:5000/app:1.0@sha256:abc"), 0);
    assert_string_equal(r.registry, "localhost:5000");
    assert_string_equal(r.repository, "app");
    assert_string_equal(r.tag, "1.0");
    assert_string_equal(r.digest, "sha256:abc");
    assert_int_equal(rp_df_parse_image_ref(&r, &a, "bitnami/redis:latest"), 0);
    assert_string_equal(r.registry, "docker.io");
    assert_string_equal(r.repository, "bitnami/redis");
    assert_string_equal(r.tag, "latest");
    rp_arena_dispose(&a);
}

static void
t_copy_words_keep_quotes_out(void **state)
{
    rp_dockerfile *df = parse("FROM x\nARG D=/opt\nCOPY \"a b.txt\" c ${D}/\n");

    assert_int_equal(df->instrs[2].nargs, 3);
    assert_string_equal(df->instrs[2].args[0], "a b.txt");
    assert_string_equal(df->instrs[2].args[2], "${D}/");
    assert_string_equal(df->instrs[2].xargs[2], "/opt/");
    rp_dockerfile_free(df);
}

static void
t_line_accessor(void **state)
{
    rp_dockerfile *df = parse("FROM x\n  RUN  a\n");
    size_t len;
    const char *s = rp_dockerfile_line(df, 2, &len);

    assert_int_equal(len, 8);
    assert_memory_equal(s, "  RUN  a", 8);
    assert_null(rp_dockerfile_line(df, 3, &len));
    assert_int_equal(df->instrs[1].column, 3);
    rp_dockerfile_free(df);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(t_directives_set_syntax_and_escape),
        cmocka_unit_test(t_directive_after_comment_is_a_comment),
        cmocka_unit_test(t_continuation_skips_comments_and_blank_lines),
        cmocka_unit_test(t_run_commands_know_their_lines),
        cmocka_unit_test(t_heredoc_run_is_a_script),
        cmocka_unit_test(t_heredoc_chomp_quoted_and_several),
        cmocka_unit_test(t_heredoc_for_another_interpreter_is_not_shell),
        cmocka_unit_test(t_unterminated_heredoc_is_an_instruction_error),
        cmocka_unit_test(t_json_and_shell_forms),
        cmocka_unit_test(t_flags_and_mounts),
        cmocka_unit_test(t_from_substitutes_global_args),
        cmocka_unit_test(t_stages_parent_and_used),
        cmocka_unit_test(t_env_forms_and_expansion_order),
        cmocka_unit_test(t_stage_arg_takes_global_value),
        cmocka_unit_test(t_onbuild_wraps_an_instruction),
        cmocka_unit_test(t_broken_instruction_does_not_stop_the_parse),
        cmocka_unit_test(t_healthcheck_forms),
        cmocka_unit_test(t_crlf_and_bom),
        cmocka_unit_test(t_keywords_are_case_insensitive),
        cmocka_unit_test(t_binary_input_is_refused),
        cmocka_unit_test(t_instruction_limit),
        cmocka_unit_test(t_image_refs),
        cmocka_unit_test(t_copy_words_keep_quotes_out),
        cmocka_unit_test(t_line_accessor),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
