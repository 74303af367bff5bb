/* The document model: YAML and JSON to one node tree with positions, caps and lookups. */
#include <math.h>
#include <pthread.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cmocka.h>

#include "rampart/buf.h"
#include "rampart/doc.h"

/* ---- helpers ---- */

static rp_docset *
parse_lim_n(const char *s, size_t len, unsigned flags, const rp_limits *lim)
{
    rp_docset *ds = NULL;
    rp_ctx ctx;
    char msg[2200];
    int err;

    rp_ctx_clear(&ctx);
    err = rp_doc_parse(&ds, &ctx, "t.yaml", s, len, lim, flags);
    if (err != 0)
        fail_msg("unexpected error %d: %s", err, rp_ctx_format(&ctx, msg, sizeof(msg)));
    assert_non_null(ds);
    return ds;
}

static rp_docset *
parse_ok(const char *s, unsigned flags)
{
    return parse_lim_n(s, strlen(s), flags, NULL);
}

/* Parses s expecting failure; returns the code and fills ctx. */
static int
parse_fail_lim(const char *s, size_t len, unsigned flags, const rp_limits *lim, rp_ctx *ctx)
{
    rp_docset *ds = (rp_docset *)0x1;
    int err;

    rp_ctx_clear(ctx);
    err = rp_doc_parse(&ds, ctx, "t.yaml", s, len, lim, flags);
    assert_true(err < 0);
    assert_null(ds);
    assert_int_equal(ctx->code, err);
    assert_string_equal(ctx->path, "t.yaml");
    assert_true(ctx->msg[0] != '\0');
    return err;
}

static int
parse_fail(const char *s, unsigned flags, rp_ctx *ctx)
{
    return parse_fail_lim(s, strlen(s), flags, NULL, ctx);
}

static const rp_node *
only_root(const rp_docset *ds)
{
    assert_int_equal(ds->ndocs, 1);
    assert_non_null(ds->docs[0].root);
    return ds->docs[0].root;
}

/* The type of the single root scalar of s. */
static rp_node_type
type_of(const char *s, unsigned flags)
{
    rp_docset *ds = parse_ok(s, flags);
    rp_node_type t = only_root(ds)->type;

    rp_docset_free(ds);
    return t;
}

static int64_t
int_of(const char *s)
{
    rp_docset *ds = parse_ok(s, 0);
    const rp_node *n = only_root(ds);
    int64_t v;

    if (n->type != RP_NODE_INT)
        fail_msg("%s: not an int but %s", s, rp_node_type_name(n->type));
    v = n->v.i;
    rp_docset_free(ds);
    return v;
}

static double
float_of(const char *s, unsigned flags)
{
    rp_docset *ds = parse_ok(s, flags);
    const rp_node *n = only_root(ds);
    double v;

    if (n->type != RP_NODE_FLOAT)
        fail_msg("%s: not a float but %s", s, rp_node_type_name(n->type));
    v = n->v.f;
    rp_docset_free(ds);
    return v;
}

static bool
bool_of(const char *s)
{
    rp_docset *ds = parse_ok(s, 0);
    const rp_node *n = only_root(ds);
    bool v;

    if (n->type != RP_NODE_BOOL)
        fail_msg("%s: not a bool but %s", s, rp_node_type_name(n->type));
    v = n->v.b;
    rp_docset_free(ds);
    return v;
}

/* ---- structure and positions ---- */

static void
test_map_nodes_have_one_based_positions(void **state)
{
    rp_docset *ds = parse_ok("apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n", 0);
    const rp_node *root = only_root(ds), *md, *name;

    (void)state;
    assert_int_equal(root->type, RP_NODE_MAP);
    assert_int_equal(root->n, 3);
    assert_int_equal(root->line, 1);
    assert_int_equal(root->column, 1);
    assert_string_equal(root->pairs[1].key->text, "kind");
    assert_int_equal(root->pairs[1].key->line, 2);
    assert_int_equal(root->pairs[1].value->column, 7);
    md = rp_node_get(root, "metadata");
    assert_int_equal(md->line, 4);
    assert_int_equal(md->column, 3);
    name = rp_node_get(md, "name");
    assert_string_equal(name->text, "web");
    assert_int_equal(name->line, 4);
    assert_int_equal(name->column, 9);
    assert_false(ds->json);
    rp_docset_free(ds);
}

static void
test_pairs_keep_source_order(void **state)
{
    rp_docset *ds = parse_ok("z: 1\na: 2\nm: 3\n", 0);
    const rp_node *root = only_root(ds);

    (void)state;
    assert_string_equal(root->pairs[0].key->text, "z");
    assert_string_equal(root->pairs[1].key->text, "a");
    assert_string_equal(root->pairs[2].key->text, "m");
    rp_docset_free(ds);
}

static void
test_end_line_of_block_map_is_its_last_content_line(void **state)
{
    rp_docset *ds = parse_ok("x:\n  a:\n    b: 1\n  c: 2\nd: 3\n", 0);
    const rp_node *root = only_root(ds);

    (void)state;
    assert_int_equal(rp_node_path(root, "x.a")->line, 3);
    assert_int_equal(rp_node_path(root, "x.a")->end_line, 3);
    assert_int_equal(rp_node_get(root, "x")->end_line, 4);
    assert_int_equal(root->end_line, 5);
    rp_docset_free(ds);
}

static void
test_end_line_of_literal_scalar_and_flow_seq(void **state)
{
    rp_docset *ds = parse_ok("s: |\n  one\n  two\nf: [1,\n  2]\nn: 1\n", 0);
    const rp_node *root = only_root(ds);
    const rp_node *s = rp_node_get(root, "s"), *f = rp_node_get(root, "f");

    (void)state;
    assert_int_equal(s->line, 1);
    assert_int_equal(s->end_line, 3);
    assert_string_equal(s->text, "one\ntwo\n");
    assert_int_equal(s->style, RP_STYLE_LITERAL);
    assert_int_equal(f->line, 4);
    assert_int_equal(f->end_line, 5);
    rp_docset_free(ds);
}

static void
test_multi_document_stream_keeps_order_index_and_line(void **state)
{
    rp_docset *ds = parse_ok("a: 1\n---\nb: 2\n---\n# c\nc: 3\n", 0);

    (void)state;
    assert_int_equal(ds->ndocs, 3);
    for (uint32_t i = 0; i < 3; i++)
        assert_int_equal(ds->docs[i].index, i);
    assert_int_equal(ds->docs[0].line, 1);
    assert_int_equal(ds->docs[1].line, 2);
    assert_int_equal(ds->docs[2].line, 4);
    assert_non_null(rp_node_get(ds->docs[1].root, "b"));
    assert_int_equal(rp_node_get(ds->docs[2].root, "c")->line, 6);
    rp_docset_free(ds);
}

static void
test_empty_input_has_no_documents(void **state)
{
    rp_docset *ds = parse_lim_n("", 0, 0, NULL);

    (void)state;
    assert_int_equal(ds->ndocs, 0);
    assert_null(ds->docs);
    rp_docset_free(ds);
    ds = parse_lim_n(NULL, 0, 0, NULL);
    assert_int_equal(ds->ndocs, 0);
    rp_docset_free(ds);
}

static void
test_comments_only_input_has_no_documents(void **state)
{
    rp_docset *ds = parse_ok("# nothing here\n\n# still nothing\n", 0);

    (void)state;
    assert_int_equal(ds->ndocs, 0);
    rp_docset_free(ds);
}

static void
test_bare_document_marker_is_an_empty_document(void **state)
{
    rp_docset *ds = parse_ok("---\n", 0);

    (void)state;
    assert_int_equal(ds->ndocs, 1);
    assert_null(ds->docs[0].root);
    rp_docset_free(ds);
}

static void
test_empty_documents_between_markers_have_null_roots(void **state)
{
    rp_docset *ds = parse_ok("---\n---\na: 1\n---\n", 0);

    (void)state;
    assert_int_equal(ds->ndocs, 3);
    assert_null(ds->docs[0].root);
    assert_non_null(ds->docs[1].root);
    assert_null(ds->docs[2].root);
    rp_docset_free(ds);
}

static void
test_explicit_null_document_is_a_null_node(void **state)
{
    rp_docset *ds = parse_ok("--- ~\n", 0);

    (void)state;
    assert_int_equal(only_root(ds)->type, RP_NODE_NULL);
    rp_docset_free(ds);
}

static void
test_sequence_items_in_order(void **state)
{
    rp_docset *ds = parse_ok("- a\n- b\n- - c\n", 0);
    const rp_node *root = only_root(ds);

    (void)state;
    assert_int_equal(root->type, RP_NODE_SEQ);
    assert_int_equal(root->n, 3);
    assert_string_equal(rp_node_at(root, 1)->text, "b");
    assert_string_equal(rp_node_path(root, "[2][0]")->text, "c");
    assert_int_equal(rp_node_path(root, "[2][0]")->line, 3);
    assert_int_equal(rp_node_path(root, "[2][0]")->column, 5);
    rp_docset_free(ds);
}

static void
test_empty_collections_have_no_children(void **state)
{
    rp_docset *ds = parse_ok("a: {}\nb: []\n", 0);
    const rp_node *root = only_root(ds);

    (void)state;
    assert_int_equal(rp_node_get(root, "a")->type, RP_NODE_MAP);
    assert_int_equal(rp_node_get(root, "a")->n, 0);
    assert_int_equal(rp_node_get(root, "b")->type, RP_NODE_SEQ);
    assert_int_equal(rp_node_get(root, "b")->n, 0);
    rp_docset_free(ds);
}

static void
test_path_is_copied_and_null_path_allowed(void **state)
{
    char path[] = "some/file.yaml";
    rp_docset *ds = NULL;
    rp_ctx ctx;

    (void)state;
    assert_int_equal(rp_doc_parse(&ds, &ctx, path, "a: 1", 4, NULL, 0), 0);
    path[0] = 'X';
    assert_string_equal(ds->path, "some/file.yaml");
    rp_docset_free(ds);
    assert_int_equal(rp_doc_parse(&ds, NULL, NULL, "a: 1", 4, NULL, 0), 0);
    assert_null(ds->path);
    rp_docset_free(ds);
}

static void
test_bad_arguments_are_einval(void **state)
{
    rp_docset *ds = NULL;
    rp_ctx ctx;

    (void)state;
    assert_int_equal(rp_doc_parse(NULL, &ctx, "p", "a", 1, NULL, 0), RP_EINVAL);
    assert_int_equal(rp_doc_parse(&ds, &ctx, "p", NULL, 3, NULL, 0), RP_EINVAL);
    assert_null(ds);
    rp_docset_free(NULL);
}

/* ---- scalars ---- */

static void
test_scalar_keeps_source_text_whatever_its_type(void **state)
{
    rp_docset *ds = parse_ok("a: 1.0\nb: 0x1F\nc: Yes\n", 0);
    const rp_node *root = only_root(ds);

    (void)state;
    assert_string_equal(rp_node_get_str(root, "a", NULL), "1.0");
    assert_string_equal(rp_node_get_str(root, "b", NULL), "0x1F");
    assert_int_equal(rp_node_get(root, "b")->v.i, 31);
    assert_string_equal(rp_node_get_str(root, "c", NULL), "Yes");
    rp_docset_free(ds);
}

static void
test_null_spellings(void **state)
{
    const char *nulls[] = {"~", "null", "Null", "NULL", "a:", "a: ''"};

    (void)state;
    for (size_t i = 0; i < 4; i++)
        assert_int_equal(type_of(nulls[i], 0), RP_NODE_NULL);
    {
        rp_docset *ds = parse_ok("a:\nb: ''\nc: nULL\n", 0);
        const rp_node *root = only_root(ds);
        assert_int_equal(rp_node_get(root, "a")->type, RP_NODE_NULL);
        assert_string_equal(rp_node_get(root, "a")->text, "");
        assert_int_equal(rp_node_get(root, "b")->type, RP_NODE_STRING);
        assert_int_equal(rp_node_get(root, "c")->type, RP_NODE_STRING);
        rp_docset_free(ds);
    }
}

static void
test_yaml11_true_spellings(void **state)
{
    const char *words[] = {"y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"};

    (void)state;
    for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++)
        assert_true(bool_of(words[i]));
}

static void
test_yaml11_false_spellings(void **state)
{
    const char *words[] = {"n",     "N",     "no",  "No",  "NO", "false",
                           "False", "FALSE", "off", "Off", "OFF"};

    (void)state;
    for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++)
        assert_false(bool_of(words[i]));
}

static void
test_bool_lookalikes_are_strings(void **state)
{
    const char *words[] = {"yEs", "tRUE", "oN", "nO", "Off!", "yes please", "t", "f"};

    (void)state;
    for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++)
        assert_int_equal(type_of(words[i], 0), RP_NODE_STRING);
}

static void
test_decimal_ints_with_sign_and_underscores(void **state)
{
    (void)state;
    assert_int_equal(int_of("0"), 0);
    assert_int_equal(int_of("42"), 42);
    assert_int_equal(int_of("-17"), -17);
    assert_int_equal(int_of("+17"), 17);
    assert_int_equal(int_of("1_000"), 1000);
    assert_int_equal(int_of("1__0_0"), 100);
    assert_int_equal(int_of("9223372036854775807"), INT64_MAX);
    assert_true(int_of("-9223372036854775808") == INT64_MIN);
}

static void
test_hex_octal_binary_ints(void **state)
{
    (void)state;
    assert_int_equal(int_of("0x1F"), 31);
    assert_int_equal(int_of("0X1f"), 31);
    assert_int_equal(int_of("-0x10"), -16);
    assert_int_equal(int_of("0o17"), 15);
    assert_int_equal(int_of("017"), 15);
    assert_int_equal(int_of("-017"), -15);
    assert_int_equal(int_of("0b101"), 5);
    assert_int_equal(int_of("-0b1"), -1);
    assert_int_equal(int_of("0x_FF"), 255);
    assert_int_equal(int_of("0x7FFFFFFFFFFFFFFF"), INT64_MAX);
}

static void
test_ints_outside_int64_stay_strings(void **state)
{
    (void)state;
    assert_int_equal(type_of("9223372036854775808", 0), RP_NODE_STRING);
    assert_int_equal(type_of("-9223372036854775809", 0), RP_NODE_STRING);
    assert_int_equal(type_of("0xFFFFFFFFFFFFFFFF", 0), RP_NODE_STRING);
    assert_int_equal(type_of("99999999999999999999999", 0), RP_NODE_STRING);
}

static void
test_malformed_numbers_are_strings(void **state)
{
    const char *words[] = {"08", "0x", "0b2",   "0o8",   "1.2.3", "+",   ".",  "_1",
                           "1e", "e3", "0x1p3", "1,000", "12:30", "1-2", "v1", "1O"};

    (void)state;
    for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++) {
        if (type_of(words[i], 0) != RP_NODE_STRING)
            fail_msg("%s should be a string", words[i]);
    }
}

static void
test_floats_with_point_or_exponent(void **state)
{
    (void)state;
    assert_true(float_of("1.5", 0) == 1.5);
    assert_true(float_of("1e3", 0) == 1000.0);
    assert_true(float_of("1E3", 0) == 1000.0);
    assert_true(float_of(".5", 0) == 0.5);
    assert_true(float_of("-.5", 0) == -0.5);
    assert_true(float_of("+.5", 0) == 0.5);
    assert_true(float_of("-2.0e-3", 0) == -2.0e-3);
    assert_true(float_of("1.", 0) == 1.0);
    assert_true(float_of("1_000.5", 0) == 1000.5);
    assert_true(float_of("0.1", 0) == 0.1);
}

static void
test_float_overflow_stays_a_string(void **state)
{
    (void)state;
    assert_int_equal(type_of("1e999", 0), RP_NODE_STRING);
    assert_true(float_of("1e-999", 0) == 0.0);
}

static void
test_inf_and_nan_spellings(void **state)
{
    const char *pinf[] = {".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF"};
    const char *ninf[] = {"-.inf", "-.Inf", "-.INF"};
    const char *nan[] = {".nan", ".NaN", ".NAN"};

    (void)state;
    for (size_t i = 0; i < 6; i++)
        assert_true(isinf(float_of(pinf[i], 0)) && float_of(pinf[i], 0) > 0);
    for (size_t i = 0; i < 3; i++)
        assert_true(isinf(float_of(ninf[i], 0)) && float_of(ninf[i], 0) < 0);
    for (size_t i = 0; i < 3; i++)
        assert_true(isnan(float_of(nan[i], 0)));
    assert_int_equal(type_of(".iNf", 0), RP_NODE_STRING);
    assert_int_equal(type_of("inf", 0), RP_NODE_STRING);
    assert_int_equal(type_of("nan", 0), RP_NODE_STRING);
}

static void
test_quoted_and_block_scalars_are_always_strings(void **state)
{
    rp_docset *ds = parse_ok("a: 'yes'\nb: \"1\"\nc: |\n  true\nd: >\n  3\ne: \"~\"\nf: ''\n", 0);
    const rp_node *root = only_root(ds);
    const char *keys[] = {"a", "b", "c", "d", "e", "f"};

    (void)state;
    for (size_t i = 0; i < 6; i++)
        assert_int_equal(rp_node_get(root, keys[i])->type, RP_NODE_STRING);
    assert_int_equal(rp_node_get(root, "a")->style, RP_STYLE_SINGLE);
    assert_int_equal(rp_node_get(root, "b")->style, RP_STYLE_DOUBLE);
    assert_int_equal(rp_node_get(root, "d")->style, RP_STYLE_FOLDED);
    assert_string_equal(rp_node_get(root, "d")->text, "3\n");
    rp_docset_free(ds);
}

static void
test_double_quoted_escapes_are_unescaped(void **state)
{
    rp_docset *ds = parse_ok("a: \"x\\ty\\n\\u00e9\\x41\"\n", 0);

    (void)state;
    assert_string_equal(rp_node_get(only_root(ds), "a")->text, "x\ty\n\xc3\xa9"
                                                               "A");
    rp_docset_free(ds);
}

static void
test_scalar_may_contain_nul_and_len_counts_it(void **state)
{
    rp_docset *ds = parse_ok("a: \"x\\0y\"\nb: !!int \"1\"\n", 0);
    const rp_node *a = rp_node_get(only_root(ds), "a");

    (void)state;
    assert_int_equal(a->len, 3);
    assert_memory_equal(a->text, "x\0y", 4);
    assert_int_equal(a->type, RP_NODE_STRING);
    rp_docset_free(ds);
}

static void
test_tag_str_forces_a_string_and_keeps_short_tag(void **state)
{
    rp_docset *ds = parse_ok("a: !!str 1\nb: !!str yes\n", 0);
    const rp_node *a = rp_node_get(only_root(ds), "a");

    (void)state;
    assert_int_equal(a->type, RP_NODE_STRING);
    assert_string_equal(a->tag, "!!str");
    assert_string_equal(a->text, "1");
    assert_int_equal(rp_node_get(only_root(ds), "b")->type, RP_NODE_STRING);
    rp_docset_free(ds);
}

static void
test_tags_force_types_even_on_quoted_text(void **state)
{
    rp_docset *ds = parse_ok("i: !!int \"12\"\nb: !!bool 'on'\nf: !!float 3\nn: !!null ''\n"
                             "g: !!float .inf\nh: !!int 0x10\n",
                             0);
    const rp_node *root = only_root(ds);

    (void)state;
    assert_int_equal(rp_node_get(root, "i")->type, RP_NODE_INT);
    assert_int_equal(rp_node_get(root, "i")->v.i, 12);
    assert_int_equal(rp_node_get(root, "b")->type, RP_NODE_BOOL);
    assert_true(rp_node_get(root, "b")->v.b);
    assert_int_equal(rp_node_get(root, "f")->type, RP_NODE_FLOAT);
    assert_true(rp_node_get(root, "f")->v.f == 3.0);
    assert_int_equal(rp_node_get(root, "n")->type, RP_NODE_NULL);
    assert_true(isinf(rp_node_get(root, "g")->v.f));
    assert_int_equal(rp_node_get(root, "h")->v.i, 16);
    assert_string_equal(rp_node_get(root, "i")->tag, "!!int");
    rp_docset_free(ds);
}

static void
test_tag_that_does_not_fit_is_a_parse_error_at_the_node(void **state)
{
    rp_ctx ctx;

    (void)state;
    assert_int_equal(parse_fail("a: 1\nb: !!int abc\n", 0, &ctx), RP_EPARSE);
    assert_int_equal(ctx.line, 2);
    assert_int_equal(ctx.column, 4);
    assert_non_null(strstr(ctx.msg, "\"abc\""));
    assert_non_null(strstr(ctx.msg, "!!int"));
    assert_int_equal(parse_fail("b: !!bool maybe\n", 0, &ctx), RP_EPARSE);
    assert_int_equal(parse_fail("b: !!float 1.2.3\n", 0, &ctx), RP_EPARSE);
    assert_int_equal(parse_fail("b: !!null x\n", 0, &ctx), RP_EPARSE);
    assert_int_equal(parse_fail("b: !!int 1.5\n", 0, &ctx), RP_EPARSE);
}

static void
test_custom_and_verbatim_tags_are_kept_and_strings(void **state)
{
    rp_docset *ds = parse_ok("a: !custom 5\nb: !<tag:example.com,2000:x> 6\nc: ! 7\n", 0);
    const rp_node *root = only_root(ds);

    (void)state;
    assert_string_equal(rp_node_get(root, "a")->tag, "!custom");
    assert_int_equal(rp_node_get(root, "a")->type, RP_NODE_STRING);
    assert_string_equal(rp_node_get(root, "b")->tag, "tag:example.com,2000:x");
    assert_int_equal(rp_node_get(root, "c")->type, RP_NODE_STRING);
    rp_docset_free(ds);
}

static void
test_collection_tags_are_kept(void **state)
{
    rp_docset *ds = parse_ok("a: !!map {b: 1}\nc: !!seq [1]\n", 0);

    (void)state;
    assert_string_equal(rp_node_get(only_root(ds), "a")->tag, "!!map");
    assert_string_equal(rp_node_get(only_root(ds), "c")->tag, "!!seq");
    rp_docset_free(ds);
}

static void
test_untagged_plain_scalar_has_no_tag(void **state)
{
    rp_docset *ds = parse_ok("a: 1\n", 0);

    (void)state;
    assert_null(rp_node_get(only_root(ds), "a")->tag);
    rp_docset_free(ds);
}

/* ---- keys ---- */

static void
test_key_text_is_used_as_written(void **state)
{
    rp_docset *ds = parse_ok("yes: 1\n~: 2\n010: 3\n", 0);
    const rp_node *root = only_root(ds);

    (void)state;
    assert_int_equal(rp_node_get(root, "yes")->v.i, 1);
    assert_int_equal(rp_node_get(root, "~")->v.i, 2);
    assert_int_equal(rp_node_get(root, "010")->v.i, 3);
    assert_null(rp_node_get(root, "true"));
    assert_null(rp_node_get(root, "8"));
    rp_docset_free(ds);
}

static void
test_map_key_is_a_complex_key_error(void **state)
{
    rp_ctx ctx;

    (void)state;
    assert_int_equal(parse_fail("? {a: 1}\n: x\n", 0, &ctx), RP_EPARSE);
    assert_string_equal(ctx.msg, "complex mapping keys are not supported");
    assert_int_equal(ctx.line, 1);
    assert_int_equal(ctx.column, 3);
}

static void
test_seq_key_is_a_complex_key_error(void **state)
{
    rp_ctx ctx;

    (void)state;
    assert_int_equal(parse_fail("a: 1\n[x, y]: 2\n", 0, &ctx), RP_EPARSE);
    assert_string_equal(ctx.msg, "complex mapping keys are not supported");
    assert_int_equal(ctx.line, 2);
}

static void
test_alias_to_map_as_key_is_a_complex_key_error(void **state)
{
    rp_ctx ctx;

    (void)state;
    assert_int_equal(parse_fail("a: &m {x: 1}\n*m : 2\n", 0, &ctx), RP_EPARSE);
    assert_non_null(strstr(ctx.msg, "complex mapping keys"));
}

static void
test_alias_to_scalar_as_key_is_allowed(void **state)
{
    rp_docset *ds = parse_ok("a: &k name\n*k : 2\n", 0);

    (void)state;
    assert_int_equal(rp_node_get(only_root(ds), "name")->v.i, 2);
    rp_docset_free(ds);
}

static void
test_duplicate_key_is_an_error_at_the_second_key(void **state)
{
    rp_ctx ctx;

    (void)state;
    assert_int_equal(parse_fail("a: 1\nx: 2\nb: 3\nx: 4\n", 0, &ctx), RP_EPARSE);
    assert_string_equal(ctx.msg, "duplicate key \"x\" (first at line 2)");
    assert_int_equal(ctx.line, 4);
    assert_int_equal(ctx.column, 1);
}

static void
test_duplicate_key_in_nested_flow_map(void **state)
{
    rp_ctx ctx;

    (void)state;
    assert_int_equal(parse_fail("a: {k: 1, k: 2}\n", 0, &ctx), RP_EPARSE);
    assert_int_equal(ctx.line, 1);
    assert_int_equal(ctx.column, 11);
}

static void
test_same_key_in_different_maps_is_fine(void **state)
{
    rp_docset *ds = parse_ok("a: {k: 1}\nb: {k: 2}\n", 0);

    (void)state;
    rp_docset_free(ds);
}

static void
test_allow_dup_keys_keeps_the_last_value(void **state)
{
    rp_docset *ds = parse_ok("x: 1\ny: 2\nx: 3\n", RP_DOC_ALLOW_DUP_KEYS);
    const rp_node *root = only_root(ds);

    (void)state;
    assert_int_equal(root->n, 2);
    assert_int_equal(rp_node_get(root, "x")->v.i, 3);
    assert_int_equal(root->pairs[0].key->line, 3);
    rp_docset_free(ds);
}

static void
test_duplicate_key_found_in_a_large_map(void **state)
{
    char buf[4096];
    size_t o = 0;
    rp_ctx ctx;
    rp_docset *ds;

    (void)state;
    for (int i = 0; i < 100; i++)
        o += (size_t)snprintf(buf + o, sizeof(buf) - o, "key%d: %d\n", i, i);
    ds = parse_ok(buf, 0);
    assert_int_equal(only_root(ds)->n, 100);
    assert_int_equal(rp_node_get(only_root(ds), "key77")->v.i, 77);
    rp_docset_free(ds);
    snprintf(buf + o, sizeof(buf) - o, "key42: again\n");
    assert_int_equal(parse_fail(buf, 0, &ctx), RP_EPARSE);
    assert_string_equal(ctx.msg, "duplicate key \"key42\" (first at line 43)");
    assert_int_equal(ctx.line, 101);
}

static void
test_allow_dup_keys_in_a_large_map(void **state)
{
    char buf[4096];
    size_t o = 0;
    rp_docset *ds;

    (void)state;
    for (int i = 0; i < 40; i++)
        o += (size_t)snprintf(buf + o, sizeof(buf) - o, "k%d: %d\n", i, i);
    snprintf(buf + o, sizeof(buf) - o, "k3: last\n");
    ds = parse_ok(buf, RP_DOC_ALLOW_DUP_KEYS);
    assert_int_equal(only_root(ds)->n, 40);
    assert_string_equal(rp_node_get_str(only_root(ds), "k3", NULL), "last");
    rp_docset_free(ds);
}

/* ---- anchors, aliases, merges ---- */

static void
test_alias_shares_the_anchored_node(void **state)
{
    rp_docset *ds = parse_ok("a: &x {k: v}\nb: *x\nc: &s text\nd: *s\n", 0);
    const rp_node *root = only_root(ds);

    (void)state;
    assert_ptr_equal(rp_node_get(root, "a"), rp_node_get(root, "b"));
    assert_ptr_equal(rp_node_get(root, "c"), rp_node_get(root, "d"));
    assert_int_equal(rp_node_get(root, "b")->line, 1);
    rp_docset_free(ds);
}

static void
test_redefined_anchor_refers_to_the_latest(void **state)
{
    rp_docset *ds = parse_ok("a: &x 1\nb: &x 2\nc: *x\n", 0);

    (void)state;
    assert_int_equal(rp_node_get(only_root(ds), "c")->v.i, 2);
    rp_docset_free(ds);
}

static void
test_alias_to_unknown_anchor_is_a_parse_error(void **state)
{
    rp_ctx ctx;

    (void)state;
    assert_int_equal(parse_fail("a: 1\nb: *nope\n", 0, &ctx), RP_EPARSE);
    assert_string_equal(ctx.msg, "alias *nope refers to an unknown anchor");
    assert_int_equal(ctx.line, 2);
    assert_int_equal(ctx.column, 4);
}

static void
test_anchors_do_not_cross_documents(void **state)
{
    rp_ctx ctx;

    (void)state;
    assert_int_equal(parse_fail("a: &x 1\n---\nb: *x\n", 0, &ctx), RP_EPARSE);
    assert_int_equal(ctx.line, 3);
}

static void
test_recursive_alias_is_a_parse_error(void **state)
{
    rp_ctx ctx;

    (void)state;
    assert_int_equal(parse_fail("a: &x [1, *x]\n", 0, &ctx), RP_EPARSE);
    assert_non_null(strstr(ctx.msg, "recursive alias"));
}

static void
test_billion_laughs_stops_at_the_alias_cap_quickly(void **state)
{
    const char *bomb = "a: &a [lol,lol,lol,lol,lol,lol,lol,lol,lol]\n"
                       "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n"
                       "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
                       "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n"
                       "e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n"
                       "f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n"
                       "g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n"
                       "h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]\n"
                       "i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]\n";
    clock_t t0 = clock();
    rp_ctx ctx;

    (void)state;
    assert_int_equal(parse_fail(bomb, 0, &ctx), RP_ELIMIT);
    assert_string_equal(ctx.msg, "alias expansion exceeds 100000 nodes (max_alias_nodes)");
    assert_true(ctx.line >= 6 && ctx.line <= 7);
    assert_true((double)(clock() - t0) / CLOCKS_PER_SEC < 0.5);
}

static void
test_alias_cap_counts_expanded_nodes_exactly(void **state)
{
    /* a is 3 nodes (seq + 2 items); two uses cost 6 */
    const char *s = "a: &a [1, 2]\nb: *a\nc: *a\n";
    rp_limits lim;
    rp_ctx ctx;
    rp_docset *ds;

    (void)state;
    rp_limits_default(&lim);
    lim.max_alias_nodes = 6;
    ds = parse_lim_n(s, strlen(s), 0, &lim);
    rp_docset_free(ds);
    lim.max_alias_nodes = 5;
    assert_int_equal(parse_fail_lim(s, strlen(s), 0, &lim, &ctx), RP_ELIMIT);
    assert_string_equal(ctx.msg, "alias expansion exceeds 5 nodes (max_alias_nodes)");
    assert_int_equal(ctx.line, 3);
    assert_int_equal(ctx.column, 4);
}

static void
test_node_cap_counts_alias_expansion(void **state)
{
    /* 1 map + a(key, seq, 2 items) + b(key) + 3 via the alias = 9 */
    const char *s = "a: &a [1, 2]\nb: *a\n";
    rp_limits lim;
    rp_ctx ctx;
    rp_docset *ds;

    (void)state;
    rp_limits_default(&lim);
    lim.max_doc_nodes = 9;
    ds = parse_lim_n(s, strlen(s), 0, &lim);
    rp_docset_free(ds);
    lim.max_doc_nodes = 8;
    assert_int_equal(parse_fail_lim(s, strlen(s), 0, &lim, &ctx), RP_ELIMIT);
    assert_non_null(strstr(ctx.msg, "max_doc_nodes"));
    assert_non_null(strstr(ctx.msg, "8"));
    assert_int_equal(ctx.line, 2);
}

static void
test_merge_key_adds_missing_keys(void **state)
{
    rp_docset *ds = parse_ok("base: &b {x: 1, y: 2}\nm:\n  <<: *b\n  z: 3\n", 0);
    const rp_node *m = rp_node_get(only_root(ds), "m");

    (void)state;
    assert_int_equal(m->n, 3);
    assert_string_equal(m->pairs[0].key->text, "z");
    assert_int_equal(rp_node_get(m, "x")->v.i, 1);
    assert_int_equal(rp_node_get(m, "y")->v.i, 2);
    assert_null(rp_node_get(m, "<<"));
    rp_docset_free(ds);
}

static void
test_merge_explicit_keys_win_before_and_after(void **state)
{
    rp_docset *ds = parse_ok("base: &b {x: 1, y: 2, z: 3}\nm:\n  x: 10\n  <<: *b\n  z: 30\n", 0);
    const rp_node *m = rp_node_get(only_root(ds), "m");

    (void)state;
    assert_int_equal(m->n, 3);
    assert_int_equal(rp_node_get(m, "x")->v.i, 10);
    assert_int_equal(rp_node_get(m, "y")->v.i, 2);
    assert_int_equal(rp_node_get(m, "z")->v.i, 30);
    rp_docset_free(ds);
}

static void
test_merge_sequence_earlier_maps_win(void **state)
{
    rp_docset *ds = parse_ok("a: &a {x: a, p: 1}\nb: &b {x: b, q: 2}\nm:\n  <<: [*a, *b]\n", 0);
    const rp_node *m = rp_node_get(only_root(ds), "m");

    (void)state;
    assert_int_equal(m->n, 3);
    assert_string_equal(rp_node_get_str(m, "x", NULL), "a");
    assert_int_equal(rp_node_get(m, "p")->v.i, 1);
    assert_int_equal(rp_node_get(m, "q")->v.i, 2);
    rp_docset_free(ds);
}

static void
test_merge_inline_map(void **state)
{
    rp_docset *ds = parse_ok("m:\n  <<: {x: 1}\n  y: 2\n", 0);
    const rp_node *m = rp_node_get(only_root(ds), "m");

    (void)state;
    assert_int_equal(m->n, 2);
    assert_int_equal(rp_node_get(m, "x")->v.i, 1);
    rp_docset_free(ds);
}

static void
test_merge_of_a_map_that_merges(void **state)
{
    rp_docset *ds = parse_ok("a: &a {x: 1}\nb: &b {<<: *a, y: 2}\nc: {<<: *b, z: 3}\n", 0);
    const rp_node *c = rp_node_get(only_root(ds), "c");

    (void)state;
    assert_int_equal(c->n, 3);
    assert_int_equal(rp_node_get(c, "x")->v.i, 1);
    rp_docset_free(ds);
}

static void
test_merge_of_a_non_map_is_a_parse_error(void **state)
{
    rp_ctx ctx;

    (void)state;
    assert_int_equal(parse_fail("a: &a [1]\nm:\n  <<: *a\n", 0, &ctx), RP_EPARSE);
    assert_non_null(strstr(ctx.msg, "merge key"));
    assert_int_equal(ctx.line, 3);
    assert_int_equal(ctx.column, 7);
    assert_int_equal(parse_fail("m:\n  <<: 5\n", 0, &ctx), RP_EPARSE);
    assert_int_equal(parse_fail("a: &a {x: 1}\nm:\n  <<: [*a, 2]\n", 0, &ctx), RP_EPARSE);
}

static void
test_quoted_merge_key_is_an_ordinary_key(void **state)
{
    rp_docset *ds = parse_ok("m:\n  \"<<\": 1\n", 0);

    (void)state;
    assert_int_equal(rp_node_get(rp_node_get(only_root(ds), "m"), "<<")->v.i, 1);
    rp_docset_free(ds);
}

static void
test_merge_counts_toward_the_alias_cap(void **state)
{
    const char *s = "a: &a {x: 1, y: 2}\nb: {<<: *a}\nc: {<<: *a}\n";
    rp_limits lim;
    rp_ctx ctx;

    (void)state;
    rp_limits_default(&lim);
    lim.max_alias_nodes = 9;
    assert_int_equal(parse_fail_lim(s, strlen(s), 0, &lim, &ctx), RP_ELIMIT);
    assert_int_equal(ctx.line, 3);
}

/* ---- limits ---- */

static void
test_file_over_max_file_bytes_is_elimit_before_parsing(void **state)
{
    rp_limits lim;
    rp_ctx ctx;

    (void)state;
    rp_limits_default(&lim);
    lim.max_file_bytes = 4;
    /* not even valid YAML: the size is checked first */
    assert_int_equal(parse_fail_lim("[[[[[", 5, 0, &lim, &ctx), RP_ELIMIT);
    assert_string_equal(ctx.msg, "input is 5 bytes, over 4 (max_file_bytes)");
}

static void
test_nesting_over_max_doc_depth_is_elimit(void **state)
{
    rp_limits lim;
    rp_ctx ctx;
    rp_docset *ds;

    (void)state;
    rp_limits_default(&lim);
    lim.max_doc_depth = 3;
    ds = parse_lim_n("[[[1]]]", 7, 0, &lim);
    rp_docset_free(ds);
    assert_int_equal(parse_fail_lim("[[[[1]]]]", 9, 0, &lim, &ctx), RP_ELIMIT);
    assert_string_equal(ctx.msg, "nesting deeper than 3 (max_doc_depth)");
    assert_int_equal(ctx.line, 1);
    assert_int_equal(ctx.column, 4);
    assert_int_equal(parse_fail_lim("a:\n b:\n  c:\n   d: 1\n", 20, 0, &lim, &ctx), RP_ELIMIT);
    assert_int_equal(ctx.line, 4);
}

static void
test_deep_nesting_with_default_limits_fails_cleanly(void **state)
{
    size_t n = 100000;
    char *s = malloc(2 * n + 1);
    rp_ctx ctx;

    (void)state;
    memset(s, '[', n);
    memset(s + n, ']', n);
    s[2 * n] = '\0';
    assert_int_equal(parse_fail_lim(s, 2 * n, 0, NULL, &ctx), RP_ELIMIT);
    assert_non_null(strstr(ctx.msg, "max_doc_depth"));
    assert_int_equal(ctx.column, 129);
    free(s);
}

static void
test_scalar_over_max_scalar_bytes_is_elimit(void **state)
{
    rp_limits lim;
    rp_ctx ctx;

    (void)state;
    rp_limits_default(&lim);
    lim.max_scalar_bytes = 5;
    rp_docset_free(parse_lim_n("a: 12345\n", 9, 0, &lim));
    assert_int_equal(parse_fail_lim("a: 1\nb: 123456\n", 15, 0, &lim, &ctx), RP_ELIMIT);
    assert_string_equal(ctx.msg, "scalar is 6 bytes, over 5 (max_scalar_bytes)");
    assert_int_equal(ctx.line, 2);
    assert_int_equal(ctx.column, 4);
}

static void
test_documents_over_max_documents_is_elimit(void **state)
{
    const char *s = "a: 1\n---\nb: 2\n---\nc: 3\n";
    rp_limits lim;
    rp_ctx ctx;

    (void)state;
    rp_limits_default(&lim);
    lim.max_documents = 3;
    rp_docset_free(parse_lim_n(s, strlen(s), 0, &lim));
    lim.max_documents = 2;
    assert_int_equal(parse_fail_lim(s, strlen(s), 0, &lim, &ctx), RP_ELIMIT);
    assert_string_equal(ctx.msg, "more than 2 documents (max_documents)");
    assert_int_equal(ctx.line, 4);
}

static void
test_nodes_over_max_doc_nodes_is_elimit(void **state)
{
    const char *s = "[1, 2, 3, 4]";
    rp_limits lim;
    rp_ctx ctx;

    (void)state;
    rp_limits_default(&lim);
    lim.max_doc_nodes = 5;
    rp_docset_free(parse_lim_n(s, strlen(s), 0, &lim));
    lim.max_doc_nodes = 4;
    assert_int_equal(parse_fail_lim(s, strlen(s), 0, &lim, &ctx), RP_ELIMIT);
    assert_int_equal(ctx.column, 11);
}

/* ---- syntax and encoding errors ---- */

static void
test_libyaml_problem_becomes_a_sentence_with_position(void **state)
{
    rp_ctx ctx;
    char buf[2200];

    (void)state;
    assert_int_equal(parse_fail("a: b: c\n", 0, &ctx), RP_EPARSE);
    assert_string_equal(ctx.msg, "mapping values are not allowed in this context");
    assert_int_equal(ctx.line, 1);
    assert_int_equal(ctx.column, 5);
    assert_string_equal(rp_ctx_format(&ctx, buf, sizeof(buf)),
                        "t.yaml:1:5: mapping values are not allowed in this context");
}

static void
test_syntax_error_names_the_context(void **state)
{
    rp_ctx ctx;

    (void)state;
    assert_int_equal(parse_fail("a: [1, 2\nb: 3\n", 0, &ctx), RP_EPARSE);
    assert_string_equal(ctx.msg, "did not find expected ',' or ']' (while parsing a flow "
                                 "sequence at line 1, column 4)");
    assert_int_equal(ctx.line, 2);
}

static void
test_tab_indentation_error_says_so(void **state)
{
    rp_ctx ctx;

    (void)state;
    assert_int_equal(parse_fail("a:\n\tb: 1\n", 0, &ctx), RP_EPARSE);
    assert_non_null(strstr(ctx.msg, "tab"));
    assert_int_equal(ctx.line, 2);
    assert_int_equal(ctx.column, 1);
}

static void
test_invalid_utf8_is_a_parse_error_with_position(void **state)
{
    rp_ctx ctx;

    (void)state;
    assert_int_equal(parse_fail("a: 1\nb: \xc3\xa9\xff\n", 0, &ctx), RP_EPARSE);
    assert_string_equal(ctx.msg, "input is not valid UTF-8: invalid leading UTF-8 octet 0xFF");
    assert_int_equal(ctx.line, 2);
    assert_int_equal(ctx.column, 5);
    assert_int_equal(parse_fail("a: \xe2\x82\n", 0, &ctx), RP_EPARSE);
    assert_non_null(strstr(ctx.msg, "UTF-8"));
    assert_int_equal(parse_fail("a: \xed\xa0\x80\n", 0, &ctx), RP_EPARSE);
    assert_non_null(strstr(ctx.msg, "UTF-8"));
}

static void
test_nul_byte_is_a_parse_error_with_position(void **state)
{
    rp_ctx ctx;

    (void)state;
    assert_int_equal(parse_fail_lim("a: 1\r\nbb: x\0y\n", 14, 0, NULL, &ctx), RP_EPARSE);
    assert_non_null(strstr(ctx.msg, "NUL byte"));
    assert_int_equal(ctx.line, 2);
    assert_int_equal(ctx.column, 6);
}

static void
test_control_character_is_a_parse_error(void **state)
{
    rp_ctx ctx;

    (void)state;
    assert_int_equal(parse_fail("a: \x01\n", 0, &ctx), RP_EPARSE);
    assert_string_equal(ctx.msg, "control character U+0001 is not allowed");
}

static void
test_utf8_bom_is_accepted_and_not_a_column(void **state)
{
    rp_docset *ds = parse_ok("\xef\xbb\xbf"
                             "a: 1\n",
                             0);

    (void)state;
    assert_int_equal(only_root(ds)->column, 1);
    assert_int_equal(rp_node_get(only_root(ds), "a")->column, 4);
    rp_docset_free(ds);
}

static void
test_utf16_input_is_refused_clearly(void **state)
{
    rp_ctx ctx;

    (void)state;
    assert_int_equal(parse_fail_lim("\xff\xfe"
                                    "a\0:\0",
                                    6, 0, NULL, &ctx),
                     RP_EPARSE);
    assert_non_null(strstr(ctx.msg, "UTF-16"));
}

static void
test_columns_count_characters_not_bytes(void **state)
{
    rp_docset *ds = parse_ok("\xc3\xa9t\xc3\xa9: x\n", 0);

    (void)state;
    assert_int_equal(rp_node_get(only_root(ds), "\xc3\xa9t\xc3\xa9")->column, 6);
    rp_docset_free(ds);
}

static void
test_error_leaves_ctx_optional(void **state)
{
    rp_docset *ds = (rp_docset *)0x1;

    (void)state;
    assert_int_equal(rp_doc_parse(&ds, NULL, "p", "a: [", 4, NULL, 0), RP_EPARSE);
    assert_null(ds);
}

static void
test_long_key_error_gives_a_hint(void **state)
{
    size_t n = 1100;
    char *s = malloc(n + 16);
    rp_ctx ctx;

    (void)state;
    s[0] = '{';
    s[1] = '"';
    memset(s + 2, 'k', n);
    memcpy(s + 2 + n, "\": 1}", 6);
    assert_int_equal(parse_fail(s, 0, &ctx), RP_EPARSE);
    assert_non_null(strstr(ctx.msg, "longer than 1024"));
    free(s);
}

/* ---- JSON ---- */

static void
test_json_is_sniffed_from_the_first_byte(void **state)
{
    rp_docset *ds = parse_ok("  \n{\"a\": 1}", 0);

    (void)state;
    assert_true(ds->json);
    rp_docset_free(ds);
    ds = parse_ok("[1, 2]", 0);
    assert_true(ds->json);
    rp_docset_free(ds);
    ds = parse_ok("\xef\xbb\xbf{\"a\": 1}", 0);
    assert_true(ds->json);
    rp_docset_free(ds);
    ds = parse_ok("# c\n{\"a\": 1}", 0);
    assert_false(ds->json);
    rp_docset_free(ds);
    ds = parse_ok("a: 1", RP_DOC_JSON);
    assert_true(ds->json);
    rp_docset_free(ds);
}

static void
test_compact_json_without_spaces(void **state)
{
    rp_docset *ds = parse_ok("{\"a\":1,\"b\":[true,false,null],\"c\":{\"d\":\"e\"}}", 0);
    const rp_node *root = only_root(ds);

    (void)state;
    assert_int_equal(rp_node_get(root, "a")->v.i, 1);
    assert_int_equal(rp_node_path(root, "b[0]")->type, RP_NODE_BOOL);
    assert_false(rp_node_path(root, "b[1]")->v.b);
    assert_int_equal(rp_node_path(root, "b[2]")->type, RP_NODE_NULL);
    assert_string_equal(rp_node_path(root, "c.d")->text, "e");
    assert_int_equal(rp_node_get(root, "c")->column, 34);
    rp_docset_free(ds);
}

static void
test_json_with_tabs_everywhere(void **state)
{
    rp_docset *ds = parse_ok("\t{\n\t\"a\":\t1,\n\t\"b\": [\t2\t]\n}\n\t\n", 0);
    const rp_node *root = only_root(ds);

    (void)state;
    assert_int_equal(rp_node_get(root, "a")->v.i, 1);
    assert_int_equal(rp_node_path(root, "b[0]")->v.i, 2);
    assert_int_equal(root->column, 2);
    rp_docset_free(ds);
}

static void
test_json_escapes_slash_and_unicode(void **state)
{
    rp_docset *ds = parse_ok("{\"a\":\"x\\/y\",\"b\":\"\\u00e9\\u20ac\",\"c\":\"\\\"q\\\\\"}", 0);
    const rp_node *root = only_root(ds);

    (void)state;
    assert_string_equal(rp_node_get_str(root, "a", NULL), "x/y");
    assert_string_equal(rp_node_get_str(root, "b", NULL), "\xc3\xa9\xe2\x82\xac");
    assert_string_equal(rp_node_get_str(root, "c", NULL), "\"q\\");
    rp_docset_free(ds);
}

static void
test_json_surrogate_pair_becomes_one_character(void **state)
{
    rp_docset *ds = parse_ok("{\"e\": \"a\\ud83d\\ude00b\", \"n\": 1}", 0);
    const rp_node *root = only_root(ds), *e = rp_node_get(root, "e");

    (void)state;
    assert_string_equal(e->text, "a\xf0\x9f\x98\x80"
                                 "b");
    assert_int_equal(e->len, 6);
    /* positions after the escape are untouched */
    assert_int_equal(root->pairs[1].key->column, 25);
    rp_docset_free(ds);
}

static void
test_json_surrogate_pair_in_key_and_uppercase_hex(void **state)
{
    rp_docset *ds = parse_ok("{\"\\uD83D\\uDE00\": 1}", 0);

    (void)state;
    assert_int_equal(rp_node_get(only_root(ds), "\xf0\x9f\x98\x80")->v.i, 1);
    rp_docset_free(ds);
}

static void
test_json_lone_surrogates_become_replacement_character(void **state)
{
    rp_docset *ds = parse_ok("[\"\\ud83d\", \"\\ude00x\", \"\\ude00\\ud83d\"]", 0);
    const rp_node *root = only_root(ds);

    (void)state;
    assert_string_equal(rp_node_at(root, 0)->text, "\xef\xbf\xbd");
    assert_string_equal(rp_node_at(root, 1)->text, "\xef\xbf\xbdx");
    assert_string_equal(rp_node_at(root, 2)->text, "\xef\xbf\xbd\xef\xbf\xbd");
    rp_docset_free(ds);
}

static void
test_json_genuine_uffff_next_to_a_surrogate_pair_is_kept(void **state)
{
    rp_docset *ds = parse_ok("[\"\\uffff\\ud83d\\ude00\\ufffe\\ufffd\xef\xbf\xbd\"]", 0);

    (void)state;
    assert_string_equal(rp_node_at(only_root(ds), 0)->text,
                        "\xef\xbf\xbf\xf0\x9f\x98\x80\xef\xbf\xbe\xef\xbf\xbd\xef\xbf\xbd");
    rp_docset_free(ds);
}

static void
test_json_escaped_backslash_before_u_is_not_an_escape(void **state)
{
    rp_docset *ds = parse_ok("[\"\\\\ud83d\", 'x\\ud83d\\ude00', y\\ud800]", 0);
    const rp_node *root = only_root(ds);

    (void)state;
    assert_string_equal(rp_node_at(root, 0)->text, "\\ud83d");
    /* single-quoted and plain scalars: backslashes are literal, the text comes back intact */
    assert_string_equal(rp_node_at(root, 1)->text, "x\\ud83d\\ude00");
    assert_string_equal(rp_node_at(root, 2)->text, "y\\ud800");
    rp_docset_free(ds);
}

static void
test_yaml_surrogate_escape_stays_an_error(void **state)
{
    rp_ctx ctx;

    (void)state;
    assert_int_equal(parse_fail("a: \"\\ud83d\\ude00\"\n", 0, &ctx), RP_EPARSE);
    assert_non_null(strstr(ctx.msg, "escape"));
}

static void
test_json_plain_scalars_are_json_literals_only(void **state)
{
    rp_docset *ds =
        parse_ok("{a: yes, b: on, c: 0x10, d: 1_000, e: .5, f: ~, g: True, h: 010}", RP_DOC_JSON);
    const rp_node *root = only_root(ds);
    const char *keys[] = {"a", "b", "c", "d", "e", "f", "g", "h"};

    (void)state;
    for (size_t i = 0; i < 8; i++) {
        if (rp_node_get(root, keys[i])->type != RP_NODE_STRING)
            fail_msg("%s should be a string in JSON", keys[i]);
    }
    rp_docset_free(ds);
}

static void
test_json_numbers(void **state)
{
    rp_docset *ds = parse_ok("[0, -0, 12, -7, 1.5, 1e3, -2.5E-3, 9223372036854775807, "
                             "9223372036854775808, 1e999]",
                             0);
    const rp_node *root = only_root(ds);

    (void)state;
    assert_int_equal(rp_node_at(root, 0)->type, RP_NODE_INT);
    assert_int_equal(rp_node_at(root, 1)->v.i, 0);
    assert_int_equal(rp_node_at(root, 3)->v.i, -7);
    assert_true(rp_node_at(root, 4)->v.f == 1.5);
    assert_true(rp_node_at(root, 5)->v.f == 1000.0);
    assert_int_equal(rp_node_at(root, 5)->type, RP_NODE_FLOAT);
    assert_true(rp_node_at(root, 6)->v.f == -2.5e-3);
    assert_int_equal(rp_node_at(root, 7)->v.i, INT64_MAX);
    assert_int_equal(rp_node_at(root, 8)->type, RP_NODE_FLOAT);
    assert_int_equal(rp_node_at(root, 9)->type, RP_NODE_STRING);
    rp_docset_free(ds);
}

static void
test_json_duplicate_keys_are_errors(void **state)
{
    rp_ctx ctx;

    (void)state;
    assert_int_equal(parse_fail("{\"a\": 1, \"a\": 2}", 0, &ctx), RP_EPARSE);
    assert_non_null(strstr(ctx.msg, "duplicate key \"a\""));
    assert_int_equal(ctx.column, 10);
}

static void
test_json_merge_key_is_ordinary(void **state)
{
    rp_docset *ds = parse_ok("{\"<<\": {\"a\": 1}}", 0);

    (void)state;
    assert_non_null(rp_node_get(only_root(ds), "<<"));
    rp_docset_free(ds);
}

static void
test_kubectl_style_pretty_json(void **state)
{
    const char *s = "{\n"
                    "    \"apiVersion\": \"v1\",\n"
                    "    \"items\": [\n"
                    "        {\n"
                    "            \"apiVersion\": \"apps/v1\",\n"
                    "            \"kind\": \"Deployment\",\n"
                    "            \"metadata\": {\n"
                    "                \"name\": \"web\",\n"
                    "                \"labels\": {\"app\": \"web\"}\n"
                    "            },\n"
                    "            \"spec\": {\n"
                    "                \"replicas\": 3,\n"
                    "                \"template\": {\n"
                    "                    \"spec\": {\n"
                    "                        \"containers\": [\n"
                    "                            {\n"
                    "                                \"image\": \"nginx:1.25\",\n"
                    "                                \"ports\": [{\"containerPort\": 80}],\n"
                    "                                \"securityContext\": {\"privileged\": false}\n"
                    "                            }\n"
                    "                        ]\n"
                    "                    }\n"
                    "                }\n"
                    "            }\n"
                    "        },\n"
                    "        {\"apiVersion\": \"v1\", \"kind\": \"Service\", \"metadata\": "
                    "{\"name\": \"web\"}}\n"
                    "    ],\n"
                    "    \"kind\": \"List\",\n"
                    "    \"metadata\": {\"resourceVersion\": \"\"}\n"
                    "}\n";
    rp_docset *ds = parse_ok(s, 0);
    const rp_node *root = only_root(ds), *img;
    int64_t port = 0;

    (void)state;
    assert_true(ds->json);
    assert_string_equal(rp_node_get_str(root, "kind", NULL), "List");
    img = rp_node_path(root, "items[0].spec.template.spec.containers[0].image");
    assert_string_equal(rp_node_str(img), "nginx:1.25");
    assert_int_equal(img->line, 17);
    assert_int_equal(img->column, 42);
    assert_true(
        rp_node_get_int(rp_node_path(root, "items[0].spec.template.spec.containers[0].ports[0]"),
                        "containerPort", &port));
    assert_int_equal(port, 80);
    assert_false(rp_node_get_bool(
        rp_node_path(root, "items[0].spec.template.spec.containers[0].securityContext"),
        "privileged", true));
    assert_string_equal(rp_node_path(root, "items[1].kind")->text, "Service");
    assert_int_equal(rp_node_path(root, "items[1]")->line, 26);
    assert_string_equal(rp_node_path(root, "metadata.resourceVersion")->text, "");
    rp_docset_free(ds);
}

/* ---- lookups ---- */

static void
test_get_helpers_accept_null_and_wrong_types(void **state)
{
    rp_docset *ds = parse_ok("m: {a: 1}\ns: [1]\nt: x\n", 0);
    const rp_node *root = only_root(ds);
    int64_t v = 99;

    (void)state;
    assert_null(rp_node_get(NULL, "a"));
    assert_null(rp_node_get(root, NULL));
    assert_null(rp_node_get(rp_node_get(root, "s"), "a"));
    assert_null(rp_node_at(NULL, 0));
    assert_null(rp_node_at(rp_node_get(root, "m"), 0));
    assert_null(rp_node_at(rp_node_get(root, "s"), 1));
    assert_null(rp_node_path(NULL, "a"));
    assert_null(rp_node_path(root, NULL));
    assert_false(rp_node_is_scalar(NULL));
    assert_null(rp_node_str(NULL));
    assert_string_equal(rp_node_get_str(NULL, "a", "fb"), "fb");
    assert_true(rp_node_get_bool(NULL, "a", true));
    assert_false(rp_node_get_int(NULL, "a", &v));
    assert_int_equal(v, 99);
    rp_docset_free(ds);
}

static void
test_path_walks_keys_and_indexes(void **state)
{
    rp_docset *ds = parse_ok("spec:\n  containers:\n    - name: a\n      image: x\n"
                             "    - name: b\n      image: y\n",
                             0);
    const rp_node *root = only_root(ds);

    (void)state;
    assert_string_equal(rp_node_path(root, "spec.containers[1].image")->text, "y");
    assert_ptr_equal(rp_node_path(root, ""), root);
    assert_null(rp_node_path(root, "spec.containers[2].image"));
    assert_null(rp_node_path(root, "spec.missing.x"));
    assert_null(rp_node_path(root, "spec.containers.name"));
    assert_null(rp_node_path(root, "spec[0]"));
    rp_docset_free(ds);
}

static void
test_malformed_paths_find_nothing(void **state)
{
    rp_docset *ds = parse_ok("a:\n  b: [1]\n", 0);
    const rp_node *root = only_root(ds);
    const char *bad[] = {"a..b",  ".a",     "a.",    "a.[0]",   "a.b[",
                         "a.b[]", "a.b[x]", "a.b[0", "a.b[-1]", "a.b[99999999999999999999999]"};

    (void)state;
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        if (rp_node_path(root, bad[i]))
            fail_msg("%s should find nothing", bad[i]);
    }
    assert_non_null(rp_node_path(root, "a.b[0]"));
    rp_docset_free(ds);
}

static void
test_path_cannot_address_keys_with_dots(void **state)
{
    rp_docset *ds = parse_ok("metadata:\n  annotations:\n    app.kubernetes.io/name: x\n", 0);
    const rp_node *root = only_root(ds);

    (void)state;
    assert_null(rp_node_path(root, "metadata.annotations.app.kubernetes.io/name"));
    assert_string_equal(
        rp_node_get_str(rp_node_path(root, "metadata.annotations"), "app.kubernetes.io/name", NULL),
        "x");
    rp_docset_free(ds);
}

static void
test_path_from_a_sequence_root(void **state)
{
    rp_docset *ds = parse_ok("- a: [x, {b: c}]\n", 0);

    (void)state;
    assert_string_equal(rp_node_path(only_root(ds), "[0].a[1].b")->text, "c");
    rp_docset_free(ds);
}

static void
test_str_is_null_for_null_maps_and_seqs(void **state)
{
    rp_docset *ds = parse_ok("n: ~\nm: {}\ns: []\ni: 5\nb: no\n", 0);
    const rp_node *root = only_root(ds);

    (void)state;
    assert_null(rp_node_str(rp_node_get(root, "n")));
    assert_null(rp_node_str(rp_node_get(root, "m")));
    assert_null(rp_node_str(rp_node_get(root, "s")));
    assert_string_equal(rp_node_get_str(root, "n", "fb"), "fb");
    assert_string_equal(rp_node_get_str(root, "i", NULL), "5");
    assert_string_equal(rp_node_get_str(root, "b", NULL), "no");
    assert_true(rp_node_is_scalar(rp_node_get(root, "n")));
    assert_false(rp_node_is_scalar(rp_node_get(root, "m")));
    rp_docset_free(ds);
}

static void
test_get_bool_only_for_bool_nodes(void **state)
{
    rp_docset *ds = parse_ok("a: yes\nb: \"true\"\nc: off\nd: 1\n", 0);
    const rp_node *root = only_root(ds);

    (void)state;
    assert_true(rp_node_get_bool(root, "a", false));
    assert_false(rp_node_get_bool(root, "b", false));
    assert_true(rp_node_get_bool(root, "b", true));
    assert_false(rp_node_get_bool(root, "c", true));
    assert_false(rp_node_get_bool(root, "d", false));
    assert_true(rp_node_get_bool(root, "missing", true));
    rp_docset_free(ds);
}

static void
test_get_int_only_for_int_nodes(void **state)
{
    rp_docset *ds = parse_ok("a: 0x10\nb: \"5\"\nc: 1.0\n", 0);
    const rp_node *root = only_root(ds);
    int64_t v = 0;

    (void)state;
    assert_true(rp_node_get_int(root, "a", &v));
    assert_int_equal(v, 16);
    assert_false(rp_node_get_int(root, "b", &v));
    assert_false(rp_node_get_int(root, "c", &v));
    assert_true(rp_node_get_int(root, "a", NULL));
    rp_docset_free(ds);
}

static void
test_type_names(void **state)
{
    (void)state;
    assert_string_equal(rp_node_type_name(RP_NODE_NULL), "null");
    assert_string_equal(rp_node_type_name(RP_NODE_BOOL), "bool");
    assert_string_equal(rp_node_type_name(RP_NODE_INT), "int");
    assert_string_equal(rp_node_type_name(RP_NODE_FLOAT), "float");
    assert_string_equal(rp_node_type_name(RP_NODE_STRING), "string");
    assert_string_equal(rp_node_type_name(RP_NODE_MAP), "map");
    assert_string_equal(rp_node_type_name(RP_NODE_SEQ), "seq");
    assert_string_equal(rp_node_type_name((rp_node_type)99), "unknown");
}

/* ---- threads ---- */

static void *
reader_thread(void *arg)
{
    const rp_node *root = arg;
    const char *yaml = "a: {b: [1.5, yes, 0x10]}\nc: &x {d: e}\nf: *x\n";
    size_t ok = 0;

    for (int i = 0; i < 2000; i++) {
        rp_docset *ds = NULL;
        if (rp_doc_parse(&ds, NULL, "t", yaml, strlen(yaml), NULL, 0) == 0 &&
            rp_node_path(ds->docs[0].root, "a.b[0]")->v.f == 1.5 &&
            rp_node_get_bool(rp_node_path(ds->docs[0].root, "a.b"), "x", true))
            ok++;
        rp_docset_free(ds);
        if (rp_node_path(root, "spec.template.spec.containers[0].image") &&
            rp_node_get_str(root, "kind", NULL))
            ok++;
    }
    return (void *)(uintptr_t)ok;
}

static void
test_trees_are_read_and_built_from_many_threads(void **state)
{
    rp_docset *ds = parse_ok("kind: Deployment\nspec:\n  template:\n    spec:\n"
                             "      containers:\n      - image: nginx\n",
                             0);
    pthread_t th[4];

    (void)state;
    for (int i = 0; i < 4; i++)
        assert_int_equal(pthread_create(&th[i], NULL, reader_thread, (void *)only_root(ds)), 0);
    for (int i = 0; i < 4; i++) {
        void *ok = NULL;
        assert_int_equal(pthread_join(th[i], &ok), 0);
        assert_int_equal((uintptr_t)ok, 4000);
    }
    rp_docset_free(ds);
}

/* ---- real manifests ---- */

static void
test_corpus_manifests_parse(void **state)
{
    const char *files[] = {
        "fuzz/corpora/doc/k8s-guestbook-all-in-one.yaml",
        "fuzz/corpora/doc/k8s-cassandra-statefulset.yaml",
        "fuzz/corpora/doc/k8s-meteor-controller.json",
    };

    (void)state;
    for (size_t i = 0; i < sizeof(files) / sizeof(files[0]); i++) {
        rp_buf b = RP_BUF_INIT;
        rp_ctx ctx;
        rp_docset *ds = NULL;
        char msg[2200];

        if (rp_buf_read_file(&b, &ctx, files[i], 1 << 20) != 0)
            fail_msg("%s: %s", files[i], rp_ctx_format(&ctx, msg, sizeof(msg)));
        if (rp_doc_parse(&ds, &ctx, files[i], b.ptr, b.len, NULL, 0) != 0)
            fail_msg("%s", rp_ctx_format(&ctx, msg, sizeof(msg)));
        assert_true(ds->ndocs >= 1);
        for (size_t d = 0; d < ds->ndocs; d++) {
            if (ds->docs[d].root)
                assert_non_null(rp_node_get_str(ds->docs[d].root, "kind", NULL));
        }
        rp_docset_free(ds);
        rp_buf_dispose(&b);
    }
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_map_nodes_have_one_based_positions),
        cmocka_unit_test(test_pairs_keep_source_order),
        cmocka_unit_test(test_end_line_of_block_map_is_its_last_content_line),
        cmocka_unit_test(test_end_line_of_literal_scalar_and_flow_seq),
        cmocka_unit_test(test_multi_document_stream_keeps_order_index_and_line),
        cmocka_unit_test(test_empty_input_has_no_documents),
        cmocka_unit_test(test_comments_only_input_has_no_documents),
        cmocka_unit_test(test_bare_document_marker_is_an_empty_document),
        cmocka_unit_test(test_empty_documents_between_markers_have_null_roots),
        cmocka_unit_test(test_explicit_null_document_is_a_null_node),
        cmocka_unit_test(test_sequence_items_in_order),
        cmocka_unit_test(test_empty_collections_have_no_children),
        cmocka_unit_test(test_path_is_copied_and_null_path_allowed),
        cmocka_unit_test(test_bad_arguments_are_einval),
        cmocka_unit_test(test_scalar_keeps_source_text_whatever_its_type),
        cmocka_unit_test(test_null_spellings),
        cmocka_unit_test(test_yaml11_true_spellings),
        cmocka_unit_test(test_yaml11_false_spellings),
        cmocka_unit_test(test_bool_lookalikes_are_strings),
        cmocka_unit_test(test_decimal_ints_with_sign_and_underscores),
        cmocka_unit_test(test_hex_octal_binary_ints),
        cmocka_unit_test(test_ints_outside_int64_stay_strings),
        cmocka_unit_test(test_malformed_numbers_are_strings),
        cmocka_unit_test(test_floats_with_point_or_exponent),
        cmocka_unit_test(test_float_overflow_stays_a_string),
        cmocka_unit_test(test_inf_and_nan_spellings),
        cmocka_unit_test(test_quoted_and_block_scalars_are_always_strings),
        cmocka_unit_test(test_double_quoted_escapes_are_unescaped),
        cmocka_unit_test(test_scalar_may_contain_nul_and_len_counts_it),
        cmocka_unit_test(test_tag_str_forces_a_string_and_keeps_short_tag),
        cmocka_unit_test(test_tags_force_types_even_on_quoted_text),
        cmocka_unit_test(test_tag_that_does_not_fit_is_a_parse_error_at_the_node),
        cmocka_unit_test(test_custom_and_verbatim_tags_are_kept_and_strings),
        cmocka_unit_test(test_collection_tags_are_kept),
        cmocka_unit_test(test_untagged_plain_scalar_has_no_tag),
        cmocka_unit_test(test_key_text_is_used_as_written),
        cmocka_unit_test(test_map_key_is_a_complex_key_error),
        cmocka_unit_test(test_seq_key_is_a_complex_key_error),
        cmocka_unit_test(test_alias_to_map_as_key_is_a_complex_key_error),
        cmocka_unit_test(test_alias_to_scalar_as_key_is_allowed),
        cmocka_unit_test(test_duplicate_key_is_an_error_at_the_second_key),
        cmocka_unit_test(test_duplicate_key_in_nested_flow_map),
        cmocka_unit_test(test_same_key_in_different_maps_is_fine),
        cmocka_unit_test(test_allow_dup_keys_keeps_the_last_value),
        cmocka_unit_test(test_duplicate_key_found_in_a_large_map),
        cmocka_unit_test(test_allow_dup_keys_in_a_large_map),
        cmocka_unit_test(test_alias_shares_the_anchored_node),
        cmocka_unit_test(test_redefined_anchor_refers_to_the_latest),
        cmocka_unit_test(test_alias_to_unknown_anchor_is_a_parse_error),
        cmocka_unit_test(test_anchors_do_not_cross_documents),
        cmocka_unit_test(test_recursive_alias_is_a_parse_error),
        cmocka_unit_test(test_billion_laughs_stops_at_the_alias_cap_quickly),
        cmocka_unit_test(test_alias_cap_counts_expanded_nodes_exactly),
        cmocka_unit_test(test_node_cap_counts_alias_expansion),
        cmocka_unit_test(test_merge_key_adds_missing_keys),
        cmocka_unit_test(test_merge_explicit_keys_win_before_and_after),
        cmocka_unit_test(test_merge_sequence_earlier_maps_win),
        cmocka_unit_test(test_merge_inline_map),
        cmocka_unit_test(test_merge_of_a_map_that_merges),
        cmocka_unit_test(test_merge_of_a_non_map_is_a_parse_error),
        cmocka_unit_test(test_quoted_merge_key_is_an_ordinary_key),
        cmocka_unit_test(test_merge_counts_toward_the_alias_cap),
        cmocka_unit_test(test_file_over_max_file_bytes_is_elimit_before_parsing),
        cmocka_unit_test(test_nesting_over_max_doc_depth_is_elimit),
        cmocka_unit_test(test_deep_nesting_with_default_limits_fails_cleanly),
        cmocka_unit_test(test_scalar_over_max_scalar_bytes_is_elimit),
        cmocka_unit_test(test_documents_over_max_documents_is_elimit),
        cmocka_unit_test(test_nodes_over_max_doc_nodes_is_elimit),
        cmocka_unit_test(test_libyaml_problem_becomes_a_sentence_with_position),
        cmocka_unit_test(test_syntax_error_names_the_context),
        cmocka_unit_test(test_tab_indentation_error_says_so),
        cmocka_unit_test(test_invalid_utf8_is_a_parse_error_with_position),
        cmocka_unit_test(test_nul_byte_is_a_parse_error_with_position),
        cmocka_unit_test(test_control_character_is_a_parse_error),
        cmocka_unit_test(test_utf8_bom_is_accepted_and_not_a_column),
        cmocka_unit_test(test_utf16_input_is_refused_clearly),
        cmocka_unit_test(test_columns_count_characters_not_bytes),
        cmocka_unit_test(test_error_leaves_ctx_optional),
        cmocka_unit_test(test_long_key_error_gives_a_hint),
        cmocka_unit_test(test_json_is_sniffed_from_the_first_byte),
        cmocka_unit_test(test_compact_json_without_spaces),
        cmocka_unit_test(test_json_with_tabs_everywhere),
        cmocka_unit_test(test_json_escapes_slash_and_unicode),
        cmocka_unit_test(test_json_surrogate_pair_becomes_one_character),
        cmocka_unit_test(test_json_surrogate_pair_in_key_and_uppercase_hex),
        cmocka_unit_test(test_json_lone_surrogates_become_replacement_character),
        cmocka_unit_test(test_json_genuine_uffff_next_to_a_surrogate_pair_is_kept),
        cmocka_unit_test(test_json_escaped_backslash_before_u_is_not_an_escape),
        cmocka_unit_test(test_yaml_surrogate_escape_stays_an_error),
        cmocka_unit_test(test_json_plain_scalars_are_json_literals_only),
        cmocka_unit_test(test_json_numbers),
        cmocka_unit_test(test_json_duplicate_keys_are_errors),
        cmocka_unit_test(test_json_merge_key_is_ordinary),
        cmocka_unit_test(test_kubectl_style_pretty_json),
        cmocka_unit_test(test_get_helpers_accept_null_and_wrong_types),
        cmocka_unit_test(test_path_walks_keys_and_indexes),
        cmocka_unit_test(test_malformed_paths_find_nothing),
        cmocka_unit_test(test_path_cannot_address_keys_with_dots),
        cmocka_unit_test(test_path_from_a_sequence_root),
        cmocka_unit_test(test_str_is_null_for_null_maps_and_seqs),
        cmocka_unit_test(test_get_bool_only_for_bool_nodes),
        cmocka_unit_test(test_get_int_only_for_int_nodes),
        cmocka_unit_test(test_type_names),
        cmocka_unit_test(test_trees_are_read_and_built_from_many_threads),
        cmocka_unit_test(test_corpus_manifests_parse),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
