/* The report writers: table, json, sarif and junit, each checked on what it prints. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>

#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <jansson.h>

#include "core/util.h"
#include "rampart/report.h"

/* A rule outside the catalogue, so that refs, notes and examples are exercised whatever the
 * catalogue holds; the writers take any rule. */
static const rp_rule ref_rule = {
    .id = "RP-TST-900",
    .name = "test-with_refs",
    .analyzer = "dockerfile",
    .severity = RP_SEV_MEDIUM,
    .title = "A rule with peers",
    .description = "Why it matters.",
    .remediation = "How to fix it.",
    .refs = {"DL3002", "AVD-DS-0002", "CKV_DOCKER_8", NULL},
    .notes = "Where the peers differ.",
    .bad = "USER root",
    .good = "USER app",
};

/* A rule evaluated against a target without finding anything. */
static const rp_rule quiet_rule = {
    .id = "RP-TST-100",
    .name = "quiet",
    .analyzer = "dockerfile",
    .severity = RP_SEV_LOW,
    .title = "A rule that found nothing",
    .description = "Nothing to see.",
    .remediation = "Nothing to do.",
    .refs = {NULL},
};

#define HOSTILE "q\"uo'te <&> esc\x1b[31m ctl\x01\x7f bad\xff\xfe\xc3 nul-ish\xc0\x80 tab\t end"

static const rp_rule *
cat_rule(void)
{
    const rp_rule *r = rp_rules_at(0);

    assert_non_null(r);
    return r;
}

static void
add_finding(rp_report *r, const rp_finding *proto)
{
    assert_int_equal(rp_report_add_finding(r, proto), 0);
}

static rp_finding
finding(size_t target, const rp_rule *rule, rp_severity sev, const char *path, uint32_t line,
        uint32_t column, const char *msg)
{
    rp_finding f;

    memset(&f, 0, sizeof(f));
    f.rule = rule;
    f.severity = sev;
    f.target = target;
    f.loc.path = path;
    f.loc.line = line;
    f.loc.column = column;
    f.message = msg;
    return f;
}

/* Three targets: a Dockerfile with findings (one suppressed), a Kubernetes file with an
 * object finding, an image with a layer finding; and a fourth that failed to parse. */
static rp_report *
sample(void)
{
    rp_report *r;
    size_t df, k8s, img, broken;
    rp_finding f;

    assert_int_equal(rp_report_new(&r), 0);
    assert_int_equal(rp_report_add_target(&df, r, "Dockerfile", "dockerfile"), 0);
    assert_int_equal(rp_report_add_target(&k8s, r, "deploy/my app.yaml", "kubernetes"), 0);
    assert_int_equal(rp_report_add_target(&img, r, "alpine:3.19", "image"), 0);
    assert_int_equal(rp_report_add_target(&broken, r, "broken/Dockerfile", "dockerfile"), 0);
    assert_int_equal(rp_report_target_rule(r, df, &quiet_rule), 0);
    assert_int_equal(rp_report_target_rule(r, df, cat_rule()), 0);

    f = finding(df, cat_rule(), RP_SEV_HIGH, "Dockerfile", 12, 1, "The final stage runs as root");
    f.snippet = "USER root";
    add_finding(r, &f);
    f = finding(df, &ref_rule, RP_SEV_MEDIUM, "Dockerfile", 0, 0, ref_rule.title);
    add_finding(r, &f);
    f = finding(df, &ref_rule, RP_SEV_MEDIUM, "Dockerfile", 3, 0, "suppressed one");
    f.suppressed = RP_SUPPRESS_INLINE;
    f.suppress_reason = "accepted risk";
    add_finding(r, &f);

    f = finding(k8s, &ref_rule, RP_SEV_CRITICAL, "./deploy/my app.yaml", 4, 3, "privileged");
    f.loc.end_line = 9;
    f.loc.object = "Deployment/default/web";
    f.loc.field = "spec.template.spec.containers[0].securityContext.privileged";
    add_finding(r, &f);

    f = finding(img, cat_rule(), RP_SEV_LOW, NULL, 0, 0, "setuid binary");
    f.loc.layer = "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
    f.loc.file = "/usr/bin/su";
    add_finding(r, &f);

    assert_int_equal(rp_report_add_error(r, broken, RP_EPARSE, "broken/Dockerfile", 7, 2,
                                         "unknown instruction %s", "FORM"),
                     0);
    assert_int_equal(rp_report_add_warning(r, "ignore entry %s expired", "RP-TST-900"), 0);
    rp_report_finalize(r);
    return r;
}

/* Everything hostile input can put into a report, in every string a writer prints. */
static rp_report *
hostile(void)
{
    rp_report *r;
    size_t t;
    rp_finding f;

    assert_int_equal(rp_report_new(&r), 0);
    assert_int_equal(rp_report_add_target(&t, r, "dir " HOSTILE, "dockerfile"), 0);
    f = finding(t, &ref_rule, RP_SEV_HIGH, "./sub " HOSTILE, 2, 5, "msg " HOSTILE "\nline two");
    f.snippet = "RUN " HOSTILE;
    f.loc.object = "Pod/ns/" HOSTILE;
    f.loc.field = "spec." HOSTILE;
    add_finding(r, &f);
    f = finding(t, cat_rule(), RP_SEV_INFO, NULL, 0, 0, HOSTILE);
    f.loc.layer = "sha256:" HOSTILE;
    f.loc.file = "/etc/" HOSTILE;
    f.suppressed = RP_SUPPRESS_CONFIG;
    f.suppress_reason = "reason " HOSTILE;
    add_finding(r, &f);
    assert_int_equal(rp_report_add_error(r, t, RP_ELIMIT, "p " HOSTILE, 1, 1, "%s", HOSTILE), 0);
    assert_int_equal(rp_report_add_warning(r, "warn %s", HOSTILE), 0);
    rp_report_finalize(r);
    return r;
}

/* Writes r in fmt into a malloc'd string. */
static char *
render(const rp_report *r, rp_format fmt, const rp_write_opts *opts)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    rp_ctx ctx;

    assert_non_null(f);
    assert_int_equal(rp_report_write(f, r, fmt, opts, &ctx), 0);
    assert_int_equal(fclose(f), 0);
    assert_non_null(buf);
    assert_int_equal(strlen(buf), len); /* no NUL smuggled into the output */
    assert_true(rp__utf8_valid(buf, len));
    return buf;
}

static json_t *
render_json(const rp_report *r, rp_format fmt, const rp_write_opts *opts)
{
    char *text = render(r, fmt, opts);
    json_error_t jerr;
    json_t *doc = json_loads(text, 0, &jerr);

    if (!doc)
        fail_msg("output does not parse: %s at line %d\n%s", jerr.text, jerr.line, text);
    assert_int_equal(text[strlen(text) - 1], '\n');
    free(text);
    return doc;
}

static const rp_write_opts plain_opts = {0};
static const rp_write_opts shown_opts = {.show_suppressed = true};

/* ---- a small JSON Schema check, enough for docs/report.schema.json ---- */

static const json_t *schema_root;

static bool
type_is(const json_t *v, const char *type)
{
    if (strcmp(type, "object") == 0)
        return json_is_object(v);
    if (strcmp(type, "array") == 0)
        return json_is_array(v);
    if (strcmp(type, "string") == 0)
        return json_is_string(v);
    if (strcmp(type, "integer") == 0)
        return json_is_integer(v);
    if (strcmp(type, "number") == 0)
        return json_is_number(v);
    if (strcmp(type, "boolean") == 0)
        return json_is_boolean(v);
    if (strcmp(type, "null") == 0)
        return json_is_null(v);
    fail_msg("schema uses an unknown type %s", type);
    return false;
}

static void check_schema(const json_t *schema, const json_t *v, const char *where);

static void
check_type(const json_t *schema, const json_t *v, const char *where)
{
    const json_t *type = json_object_get(schema, "type");
    size_t i;
    bool ok = false;

    if (!type)
        return;
    if (json_is_string(type))
        ok = type_is(v, json_string_value(type));
    for (i = 0; i < json_array_size(type); i++)
        ok |= type_is(v, json_string_value(json_array_get(type, i)));
    if (!ok)
        fail_msg("%s: not of the schema's type", where);
}

static void
check_value(const json_t *schema, const json_t *v, const char *where)
{
    const json_t *c = json_object_get(schema, "const"), *e = json_object_get(schema, "enum");
    const json_t *min = json_object_get(schema, "minimum"),
                 *pat = json_object_get(schema, "pattern");
    size_t i;
    bool found = false;

    if (c && !json_equal(c, v))
        fail_msg("%s: not the schema's constant", where);
    if (e) {
        for (i = 0; i < json_array_size(e); i++)
            found |= json_equal(json_array_get(e, i), v);
        if (!found)
            fail_msg("%s: not one of the schema's values", where);
    }
    if (min && json_is_integer(v) && json_integer_value(v) < json_integer_value(min))
        fail_msg("%s: below the minimum", where);
    if (pat && json_is_string(v)) {
        regex_t re;
        assert_int_equal(regcomp(&re, json_string_value(pat), REG_EXTENDED | REG_NOSUB), 0);
        if (regexec(&re, json_string_value(v), 0, NULL, 0) != 0)
            fail_msg("%s: \"%s\" does not match %s", where, json_string_value(v),
                     json_string_value(pat));
        regfree(&re);
    }
}

static void
check_members(const json_t *schema, const json_t *v, const char *where)
{
    const json_t *req = json_object_get(schema, "required"), *props, *x;
    const json_t *extra = json_object_get(schema, "additionalProperties");
    const char *key;
    char sub[512];
    size_t i;

    if (json_is_object(v)) {
        for (i = 0; i < json_array_size(req); i++) {
            key = json_string_value(json_array_get(req, i));
            if (!json_object_get(v, key))
                fail_msg("%s: required key \"%s\" missing", where, key);
        }
        props = json_object_get(schema, "properties");
        for (void *it = json_object_iter((json_t *)v); it;
             it = json_object_iter_next((json_t *)v, it)) {
            const json_t *ps = json_object_get(props, key = json_object_iter_key(it));
            x = json_object_iter_value(it);
            snprintf(sub, sizeof(sub), "%s.%s", where, key);
            if (ps)
                check_schema(ps, x, sub);
            else if (json_is_false(extra))
                fail_msg("%s: key not in the schema", sub);
        }
    }
    if (json_is_array(v) && json_object_get(schema, "items")) {
        for (i = 0; i < json_array_size(v); i++) {
            snprintf(sub, sizeof(sub), "%s[%zu]", where, i);
            check_schema(json_object_get(schema, "items"), json_array_get(v, i), sub);
        }
    }
}

static void
check_schema(const json_t *schema, const json_t *v, const char *where)
{
    const json_t *ref = json_object_get(schema, "$ref");

    if (ref) {
        const char *name = json_string_value(ref);
        assert_true(strncmp(name, "#/$defs/", 8) == 0);
        const json_t *def = json_object_get(json_object_get(schema_root, "$defs"), name + 8);
        if (!def)
            fail_msg("schema: dangling $ref %s", name);
        check_schema(def, v, where);
    }
    check_type(schema, v, where);
    check_value(schema, v, where);
    check_members(schema, v, where);
}

static void
validate_report_json(const json_t *doc)
{
    const char *srcdir = getenv("SRCDIR") ? getenv("SRCDIR") : ".";
    char path[1024];
    json_error_t jerr;
    json_t *schema;

    snprintf(path, sizeof(path), "%s/docs/report.schema.json", srcdir);
    if (!(schema = json_load_file(path, 0, &jerr)))
        fail_msg("%s: %s (line %d)", path, jerr.text, jerr.line);
    schema_root = schema;
    check_schema(schema, doc, "$");
    json_decref(schema);
}

/* ---- a small XML well-formedness check: tags nest, attributes are quoted, '&' starts a
 * reference, no byte XML 1.0 forbids ---- */

static const char *
xml_ref(const char *p)
{
    static const char *const names[] = {"&amp;", "&lt;", "&gt;", "&quot;", "&apos;"};

    for (size_t i = 0; i < RP_COUNTOF(names); i++)
        if (strncmp(p, names[i], strlen(names[i])) == 0)
            return p + strlen(names[i]);
    if (p[1] == '#' && p[2] >= '0' && p[2] <= '9') {
        p += 2;
        while (*p >= '0' && *p <= '9')
            p++;
        if (*p == ';')
            return p + 1;
    }
    fail_msg("bare '&' at \"%.20s\"", p);
    return p + 1;
}

static const char *
xml_name(const char *p)
{
    const char *start = p;

    while (*p && (strchr("-_.:", *p) || (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
                  (*p >= '0' && *p <= '9')))
        p++;
    if (p == start)
        fail_msg("expected a name at \"%.20s\"", start);
    return p;
}

/* Reads a start tag's attributes up to '>' or "/>"; returns past it and says which. */
static const char *
xml_attrs(const char *p, bool *empty)
{
    for (;;) {
        while (*p == ' ' || *p == '\n')
            p++;
        if (p[0] == '/' && p[1] == '>') {
            *empty = true;
            return p + 2;
        }
        if (*p == '>') {
            *empty = false;
            return p + 1;
        }
        p = xml_name(p);
        if (p[0] != '=' || p[1] != '"')
            fail_msg("unquoted attribute at \"%.20s\"", p);
        for (p += 2; *p != '"'; p = *p == '&' ? xml_ref(p) : p + 1)
            if (!*p || *p == '<')
                fail_msg("bad attribute value");
        p++;
    }
}

static void
check_xml(const char *s)
{
    const char *stack[32];
    size_t lens[32], depth = 0;
    const char *p = s;

    assert_true(strncmp(p, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", 39) == 0);
    for (p += 39; *p;) {
        unsigned char c = (unsigned char)*p;

        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
            fail_msg("control byte 0x%02x in XML", c);
        if (c == '&') {
            p = xml_ref(p);
        } else if (c == '>') {
            fail_msg("'>' outside a tag at \"%.20s\"", p);
        } else if (c == '<' && p[1] == '/') {
            const char *end = xml_name(p + 2);
            assert_true(depth > 0);
            depth--;
            if ((size_t)(end - p - 2) != lens[depth] || strncmp(p + 2, stack[depth], lens[depth]))
                fail_msg("</%.*s> closes <%.*s>", (int)(end - p - 2), p + 2, (int)lens[depth],
                         stack[depth]);
            assert_int_equal(*end, '>');
            p = end + 1;
        } else if (c == '<') {
            const char *end = xml_name(p + 1);
            bool empty;
            assert_true(depth < RP_COUNTOF(stack));
            stack[depth] = p + 1;
            lens[depth] = (size_t)(end - p - 1);
            p = xml_attrs(end, &empty);
            depth += !empty;
        } else {
            p++;
        }
    }
    assert_int_equal(depth, 0);
}

/* ---- formats ---- */

static void
t_format_names_round_trip(void **state)
{
    rp_format f;

    (void)state;
    assert_int_equal(rp_format_parse(&f, "table"), 0);
    assert_int_equal(f, RP_FMT_TABLE);
    assert_int_equal(rp_format_parse(&f, "JSON"), 0);
    assert_int_equal(f, RP_FMT_JSON);
    assert_int_equal(rp_format_parse(&f, "sarif"), 0);
    assert_int_equal(f, RP_FMT_SARIF);
    assert_int_equal(rp_format_parse(&f, "junit"), 0);
    assert_int_equal(f, RP_FMT_JUNIT);
    assert_int_equal(rp_format_parse(&f, "xml"), RP_EINVAL);
    assert_int_equal(rp_format_parse(&f, NULL), RP_EINVAL);
    for (int i = RP_FMT_TABLE; i <= RP_FMT_JUNIT; i++) {
        assert_int_equal(rp_format_parse(&f, rp_format_name((rp_format)i)), 0);
        assert_int_equal(f, i);
    }
    assert_string_equal(rp_format_name((rp_format)42), "unknown");
}

static void
t_unknown_format_is_einval(void **state)
{
    rp_report *r = sample();
    rp_ctx ctx;

    (void)state;
    rp_ctx_clear(&ctx);
    assert_int_equal(rp_report_write(stdout, r, (rp_format)42, NULL, &ctx), RP_EINVAL);
    assert_int_equal(ctx.code, RP_EINVAL);
    rp_report_free(r);
}

/* A full disk is RP_EIO with a message, in every format. */
static void
t_write_errors_are_eio(void **state)
{
    rp_report *r = sample();
    FILE *full = fopen("/dev/full", "w");

    (void)state;
    if (!full) {
        rp_report_free(r);
        skip();
    }
    setvbuf(full, NULL, _IONBF, 0);
    for (int fmt = RP_FMT_TABLE; fmt <= RP_FMT_JUNIT; fmt++) {
        rp_ctx ctx;
        rp_ctx_clear(&ctx);
        assert_int_equal(rp_report_write(full, r, (rp_format)fmt, NULL, &ctx), RP_EIO);
        assert_int_equal(ctx.code, RP_EIO);
        assert_non_null(strstr(ctx.msg, rp_format_name((rp_format)fmt)));
        clearerr(full);
    }
    fclose(full);
    rp_report_free(r);
}

/* ---- table ---- */

static void
t_table_summary_line(void **state)
{
    rp_report *r = sample();
    char *out = render(r, RP_FMT_TABLE, &plain_opts);

    (void)state;
    assert_non_null(strstr(out,
                           "\nSummary: 4 findings (1 critical, 1 high, 1 medium, 1 low, 0 info)"
                           " in 4 targets; 1 suppressed; 1 error\n"));
    assert_null(strchr(out, '\033'));
    free(out);
    rp_report_free(r);
}

static void
t_table_summary_pluralises(void **state)
{
    rp_report *r;
    size_t t;
    rp_finding f;
    char *out;

    (void)state;
    assert_int_equal(rp_report_new(&r), 0);
    assert_int_equal(rp_report_add_target(&t, r, "Dockerfile", "dockerfile"), 0);
    f = finding(t, cat_rule(), RP_SEV_INFO, "Dockerfile", 1, 0, "one");
    add_finding(r, &f);
    rp_report_finalize(r);
    out = render(r, RP_FMT_TABLE, &plain_opts);
    assert_non_null(strstr(out, "Summary: 1 finding (0 critical, 0 high, 0 medium, 0 low, 1 info)"
                                " in 1 target; 0 suppressed; 0 errors\n"));
    free(out);
    rp_report_free(r);
}

static void
t_table_clean_report_says_no_findings(void **state)
{
    rp_report *r;
    size_t t;
    rp_finding f;
    char *out;

    (void)state;
    assert_int_equal(rp_report_new(&r), 0);
    assert_int_equal(rp_report_add_target(&t, r, "a/Dockerfile", "dockerfile"), 0);
    assert_int_equal(rp_report_add_target(&t, r, "b/Dockerfile", "dockerfile"), 0);
    f = finding(t, cat_rule(), RP_SEV_HIGH, "b/Dockerfile", 1, 0, "hidden");
    f.suppressed = RP_SUPPRESS_BASELINE;
    add_finding(r, &f);
    rp_report_finalize(r);
    out = render(r, RP_FMT_TABLE, &plain_opts);
    assert_string_equal(out, "No findings.\n\nSummary: 0 findings (0 critical, 0 high, 0 medium, "
                             "0 low, 0 info) in 2 targets; 1 suppressed; 0 errors\n");
    free(out);
    rp_report_free(r);
}

static void
t_table_groups_and_aligns(void **state)
{
    rp_report *r = sample();
    char *out = render(r, RP_FMT_TABLE, &plain_opts);
    size_t idw =
        strlen(cat_rule()->id) > strlen(ref_rule.id) ? strlen(cat_rule()->id) : strlen(ref_rule.id);
    char want[512];

    (void)state;
    assert_true(strncmp(out, "Dockerfile (dockerfile)\n", 24) == 0);
    /* location, severity and rule id columns; continuation lines under the severity */
    snprintf(want, sizeof(want), "\n  12:1   HIGH      %-*s%s", (int)idw + 2, cat_rule()->id,
             cat_rule()->title);
    assert_non_null(strstr(out, want));
    assert_non_null(strstr(out, "\n         USER root\n"));
    assert_non_null(strstr(out, "\n         The final stage runs as root\n"));
    if (cat_rule()->remediation) {
        snprintf(want, sizeof(want), "\n         fix: %s\n", cat_rule()->remediation);
        assert_non_null(strstr(out, want));
    }
    assert_non_null(strstr(out, "[DL3002 AVD-DS-0002 CKV_DOCKER_8]"));
    /* the message equal to the title is not repeated */
    assert_null(strstr(out, "\n         A rule with peers\n"));
    /* object and field, or file and layer, on a line under the row */
    assert_non_null(strstr(out, "\n         Deployment/default/web: spec.template.spec.containers[0]"));
    assert_non_null(strstr(out, "/usr/bin/su @ sha256:0123456789ab"));
    assert_non_null(strstr(out, "\nbroken/Dockerfile (dockerfile)\n  error: broken/Dockerfile:7:2:"
                                " unknown instruction FORM\n"));
    assert_non_null(strstr(out, "\nwarning: ignore entry RP-TST-900 expired\n"));
    /* targets in report order */
    assert_true(strstr(out, "Dockerfile (dockerfile)") < strstr(out, "deploy/my app.yaml ("));
    assert_true(strstr(out, "deploy/my app.yaml (") < strstr(out, "alpine:3.19 (image)"));
    free(out);
    rp_report_free(r);
}

static void
t_table_colours_only_when_asked(void **state)
{
    rp_report *r = sample();
    rp_write_opts opts = {.color = true};
    char *out = render(r, RP_FMT_TABLE, &opts);

    (void)state;
    assert_non_null(strstr(out, "\033[31mHIGH\033[0m      "));
    assert_non_null(strstr(out, "\033[1;91mCRITICAL\033[0m"));
    assert_non_null(strstr(out, "\033[33mMEDIUM\033[0m"));
    assert_non_null(strstr(out, "\033[34mLOW\033[0m"));
    free(out);
    rp_report_free(r);
}

static void
t_table_suppressed_hidden_then_marked(void **state)
{
    rp_report *r = sample();
    char *out = render(r, RP_FMT_TABLE, &plain_opts);

    (void)state;
    assert_null(strstr(out, "suppressed one"));
    assert_null(strstr(out, "[suppressed"));
    free(out);
    out = render(r, RP_FMT_TABLE, &shown_opts);
    assert_non_null(strstr(out, "suppressed one"));
    assert_non_null(strstr(out, "[suppressed: inline: accepted risk]"));
    free(out);
    rp_report_free(r);
}

/* Nothing from the input reaches a terminal as a control sequence. */
static void
t_table_neutralises_terminal_controls(void **state)
{
    rp_report *r = hostile();
    rp_write_opts opts = {.show_suppressed = true};
    char *out = render(r, RP_FMT_TABLE, &opts);

    (void)state;
    for (const char *p = out; *p; p++)
        if ((unsigned char)*p < 0x20 && *p != '\n')
            fail_msg("control byte 0x%02x in the table", (unsigned char)*p);
    assert_non_null(strstr(out, "esc\\x1b[31m ctl\\x01\\x7f bad\\xff\\xfe"));
    assert_non_null(strstr(out, "\n         line two\n"));
    free(out);
    rp_report_free(r);
}

/* ---- json ---- */

static void
t_json_matches_the_schema(void **state)
{
    rp_report *r = sample();
    json_t *doc = render_json(r, RP_FMT_JSON, &shown_opts);

    (void)state;
    validate_report_json(doc);
    json_decref(doc);
    doc = render_json(r, RP_FMT_JSON, &plain_opts);
    validate_report_json(doc);
    json_decref(doc);
    rp_report_free(r);
}

static void
t_json_has_documented_shape(void **state)
{
    rp_report *r = sample();
    json_t *doc = render_json(r, RP_FMT_JSON, &plain_opts);
    json_t *findings = json_object_get(doc, "findings"), *sum = json_object_get(doc, "summary");
    json_t *f0, *loc, *err;

    (void)state;
    assert_string_equal(json_string_value(json_object_get(doc, "schema")), "rampart.report/v1");
    assert_string_equal(json_string_value(json_object_get(json_object_get(doc, "tool"), "version")),
                        RP_VERSION);
    assert_int_equal(json_array_size(json_object_get(doc, "targets")), 4);
    assert_int_equal(json_array_size(findings), 4); /* the suppressed one is left out */
    f0 = json_array_get(findings, 0);
    assert_string_equal(json_string_value(json_object_get(f0, "target")), "Dockerfile");
    loc = json_object_get(f0, "location");
    assert_int_equal(json_integer_value(json_object_get(loc, "line")), 0);
    assert_null(json_object_get(loc, "column"));
    assert_null(json_object_get(loc, "end_line"));
    assert_null(json_object_get(f0, "snippet"));
    assert_null(json_object_get(f0, "suppressed"));
    assert_int_equal(json_array_size(json_object_get(f0, "refs")), 3);
    assert_int_equal(json_integer_value(json_object_get(sum, "findings")), 4);
    assert_int_equal(json_integer_value(json_object_get(sum, "suppressed")), 1);
    assert_int_equal(json_integer_value(json_object_get(sum, "errors")), 1);
    assert_int_equal(
        json_integer_value(json_object_get(json_object_get(sum, "by_severity"), "critical")), 1);
    err = json_array_get(
        json_object_get(json_array_get(json_object_get(doc, "targets"), 3), "errors"), 0);
    assert_string_equal(json_string_value(json_object_get(err, "code")), "parse error");
    assert_int_equal(json_integer_value(json_object_get(err, "line")), 7);
    /* the image finding has no path: its target stands in; layer and file are kept */
    loc = json_object_get(json_array_get(findings, 3), "location");
    assert_string_equal(json_string_value(json_object_get(loc, "path")), "alpine:3.19");
    assert_string_equal(json_string_value(json_object_get(loc, "file")), "/usr/bin/su");
    json_decref(doc);
    rp_report_free(r);
}

static void
t_json_marks_suppressed_when_shown(void **state)
{
    rp_report *r = sample();
    json_t *doc = render_json(r, RP_FMT_JSON, &shown_opts), *f, *s = NULL;
    size_t i;

    (void)state;
    assert_int_equal(json_array_size(json_object_get(doc, "findings")), 5);
    for (i = 0; i < json_array_size(json_object_get(doc, "findings")); i++) {
        f = json_array_get(json_object_get(doc, "findings"), i);
        if (json_object_get(f, "suppressed"))
            s = json_object_get(f, "suppressed");
    }
    assert_non_null(s);
    assert_string_equal(json_string_value(json_object_get(s, "kind")), "inline");
    assert_string_equal(json_string_value(json_object_get(s, "reason")), "accepted risk");
    json_decref(doc);
    rp_report_free(r);
}

static void
t_json_keeps_hostile_text(void **state)
{
    rp_report *r = hostile();
    json_t *doc = render_json(r, RP_FMT_JSON, &shown_opts), *f;
    const char *msg = NULL;
    size_t i;

    (void)state;
    validate_report_json(doc);
    for (i = 0; i < json_array_size(json_object_get(doc, "findings")); i++) {
        f = json_array_get(json_object_get(doc, "findings"), i);
        const char *m = json_string_value(json_object_get(f, "message"));
        if (strncmp(m, "msg ", 4) == 0)
            msg = m;
    }
    assert_non_null(msg);
    /* quotes and controls survive as they were; invalid bytes become U+FFFD */
    assert_non_null(
        strstr(msg, "q\"uo'te <&> esc\x1b[31m ctl\x01\x7f bad\xef\xbf\xbd\xef\xbf\xbd"));
    assert_non_null(strstr(msg, "\nline two"));
    json_decref(doc);
    rp_report_free(r);
}

/* ---- sarif ---- */

static json_t *
sarif_run(json_t *doc)
{
    assert_string_equal(json_string_value(json_object_get(doc, "version")), "2.1.0");
    assert_int_equal(json_array_size(json_object_get(doc, "runs")), 1);
    return json_array_get(json_object_get(doc, "runs"), 0);
}

static json_t *
sarif_rules(json_t *run)
{
    return json_object_get(json_object_get(json_object_get(run, "tool"), "driver"), "rules");
}

static void
check_sarif_result(json_t *rules, json_t *res)
{
    json_t *rule =
        json_array_get(rules, (size_t)json_integer_value(json_object_get(res, "ruleIndex")));
    json_t *phys =
        json_object_get(json_array_get(json_object_get(res, "locations"), 0), "physicalLocation");
    const char *fp = json_string_value(
        json_object_get(json_object_get(res, "partialFingerprints"), "rampart/v1"));
    json_t *region = json_object_get(phys, "region");

    assert_non_null(rule);
    assert_string_equal(json_string_value(json_object_get(rule, "id")),
                        json_string_value(json_object_get(res, "ruleId")));
    assert_non_null(
        json_string_value(json_object_get(json_object_get(phys, "artifactLocation"), "uri")));
    assert_true(json_integer_value(json_object_get(region, "startLine")) >= 1);
    assert_non_null(fp);
    assert_int_equal(strlen(fp), 64);
    assert_non_null(json_string_value(json_object_get(json_object_get(res, "message"), "text")));
}

static void
t_sarif_rules_and_results_agree(void **state)
{
    rp_report *r = sample();
    json_t *doc = render_json(r, RP_FMT_SARIF, &plain_opts), *run = sarif_run(doc);
    json_t *rules = sarif_rules(run), *rule;
    size_t i;
    const char *prev = "";

    (void)state;
    /* every rule reported or evaluated, once, by id */
    assert_int_equal(json_array_size(rules), 3);
    for (i = 0; i < json_array_size(rules); i++) {
        rule = json_array_get(rules, i);
        const char *id = json_string_value(json_object_get(rule, "id"));
        assert_true(strcmp(prev, id) < 0);
        prev = id;
        assert_non_null(json_object_get(rule, "help"));
        assert_non_null(json_object_get(json_object_get(rule, "properties"), "security-severity"));
    }
    assert_int_equal(json_array_size(json_object_get(run, "results")), 4);
    for (i = 0; i < json_array_size(json_object_get(run, "results")); i++)
        check_sarif_result(rules, json_array_get(json_object_get(run, "results"), i));
    json_decref(doc);
    rp_report_free(r);
}

static json_t *
rule_by_id(json_t *rules, const char *id)
{
    json_t *rule;
    size_t i;

    for (i = 0; i < json_array_size(rules); i++) {
        rule = json_array_get(rules, i);
        if (strcmp(json_string_value(json_object_get(rule, "id")), id) == 0)
            return rule;
    }
    fail_msg("rule %s not in the driver", id);
    return NULL;
}

static void
t_sarif_describes_rules(void **state)
{
    rp_report *r = sample();
    json_t *doc = render_json(r, RP_FMT_SARIF, &plain_opts);
    json_t *rule = rule_by_id(sarif_rules(sarif_run(doc)), "RP-TST-900");
    json_t *props = json_object_get(rule, "properties"), *tags = json_object_get(props, "tags");
    const char *md = json_string_value(json_object_get(json_object_get(rule, "help"), "markdown"));

    (void)state;
    assert_string_equal(json_string_value(json_object_get(rule, "name")), "TestWithRefs");
    assert_string_equal(
        json_string_value(json_object_get(json_object_get(rule, "shortDescription"), "text")),
        "A rule with peers");
    assert_string_equal(
        json_string_value(json_object_get(json_object_get(rule, "defaultConfiguration"), "level")),
        "warning");
    assert_string_equal(json_string_value(json_object_get(props, "security-severity")), "5.5");
    assert_string_equal(json_string_value(json_array_get(tags, 0)), "security");
    assert_string_equal(json_string_value(json_array_get(tags, 1)), "dockerfile");
    assert_string_equal(json_string_value(json_array_get(tags, 2)), "DL3002");
    assert_non_null(strstr(md, "How to fix it."));
    assert_non_null(strstr(md, "`CKV_DOCKER_8`"));
    assert_non_null(strstr(md, "Where the peers differ."));
    assert_non_null(strstr(json_string_value(json_object_get(rule, "helpUri")), "RP-TST-900"));
    /* evaluated without findings: still described */
    rule = rule_by_id(sarif_rules(sarif_run(doc)), "RP-TST-100");
    assert_string_equal(
        json_string_value(json_object_get(json_object_get(rule, "defaultConfiguration"), "level")),
        "note");
    json_decref(doc);
    rp_report_free(r);
}

static json_t *
artifact_of(json_t *res)
{
    return json_object_get(
        json_object_get(json_array_get(json_object_get(res, "locations"), 0), "physicalLocation"),
        "artifactLocation");
}

static void
t_sarif_locations_and_uris(void **state)
{
    rp_report *r = sample();
    rp_write_opts opts = {.working_dir = "/src/my repo"};
    json_t *doc = render_json(r, RP_FMT_SARIF, &opts), *run = sarif_run(doc);
    json_t *results = json_object_get(run, "results"), *art, *res, *region, *logical;

    (void)state;
    assert_string_equal(
        json_string_value(json_object_get(
            json_object_get(json_object_get(run, "originalUriBaseIds"), "%SRCROOT%"), "uri")),
        "file:///src/my%20repo/");
    /* line 0: the region GitHub needs, on line 1 */
    res = json_array_get(results, 0);
    region = json_object_get(
        json_object_get(json_array_get(json_object_get(res, "locations"), 0), "physicalLocation"),
        "region");
    assert_int_equal(json_integer_value(json_object_get(region, "startLine")), 1);
    assert_null(json_object_get(region, "startColumn"));
    /* "./deploy/my app.yaml": relative, encoded, against %SRCROOT% */
    res = json_array_get(results, 2);
    art = artifact_of(res);
    assert_string_equal(json_string_value(json_object_get(art, "uri")), "deploy/my%20app.yaml");
    assert_string_equal(json_string_value(json_object_get(art, "uriBaseId")), "%SRCROOT%");
    region = json_object_get(
        json_object_get(json_array_get(json_object_get(res, "locations"), 0), "physicalLocation"),
        "region");
    assert_int_equal(json_integer_value(json_object_get(region, "startLine")), 4);
    assert_int_equal(json_integer_value(json_object_get(region, "startColumn")), 3);
    assert_int_equal(json_integer_value(json_object_get(region, "endLine")), 9);
    logical =
        json_object_get(json_array_get(json_object_get(res, "locations"), 0), "logicalLocations");
    assert_int_equal(json_array_size(logical), 2);
    assert_string_equal(
        json_string_value(json_object_get(json_array_get(logical, 0), "fullyQualifiedName")),
        "Deployment/default/web");
    assert_string_equal(json_string_value(json_object_get(res, "level")), "error");
    /* an image finding is located in its image; the layer goes to message and properties */
    res = json_array_get(results, 3);
    assert_string_equal(json_string_value(json_object_get(artifact_of(res), "uri")),
                        "alpine%3A3.19");
    assert_non_null(
        strstr(json_string_value(json_object_get(json_object_get(res, "message"), "text")),
               "/usr/bin/su in layer sha256:0123"));
    assert_string_equal(
        json_string_value(json_object_get(json_object_get(res, "properties"), "file")),
        "/usr/bin/su");
    assert_string_equal(json_string_value(json_object_get(res, "level")), "note");
    json_decref(doc);
    rp_report_free(r);
}

static void
t_sarif_absolute_paths_are_file_uris(void **state)
{
    rp_report *r;
    size_t t;
    rp_finding f;
    json_t *doc, *art;

    (void)state;
    assert_int_equal(rp_report_new(&r), 0);
    assert_int_equal(rp_report_add_target(&t, r, "/abs/dir #1/Dockerfile", "dockerfile"), 0);
    f = finding(t, cat_rule(), RP_SEV_HIGH, "/abs/dir #1/Dockerfile", 2, 0, "m");
    add_finding(r, &f);
    rp_report_finalize(r);
    doc = render_json(r, RP_FMT_SARIF, &plain_opts);
    art = artifact_of(json_array_get(json_object_get(sarif_run(doc), "results"), 0));
    assert_string_equal(json_string_value(json_object_get(art, "uri")),
                        "file:///abs/dir%20%231/Dockerfile");
    assert_null(json_object_get(art, "uriBaseId"));
    assert_null(json_object_get(sarif_run(doc), "originalUriBaseIds"));
    json_decref(doc);
    rp_report_free(r);
}

static void
t_sarif_suppressions_and_invocation(void **state)
{
    rp_report *r = sample();
    char *argv[] = {"rampart", "scan", "--registry-password", "hunter2", "--token=abc", "my dir"};
    rp_write_opts opts = {.show_suppressed = true, .argc = 6, .argv = argv};
    json_t *doc = render_json(r, RP_FMT_SARIF, &opts), *run = sarif_run(doc), *res, *sup = NULL;
    json_t *inv = json_array_get(json_object_get(run, "invocations"), 0);
    const char *cmd = json_string_value(json_object_get(inv, "commandLine"));
    size_t i;

    (void)state;
    for (i = 0; i < json_array_size(json_object_get(run, "results")); i++) {
        res = json_array_get(json_object_get(run, "results"), i);
        if (json_object_get(res, "suppressions"))
            sup = json_array_get(json_object_get(res, "suppressions"), 0);
    }
    assert_non_null(sup);
    assert_string_equal(json_string_value(json_object_get(sup, "kind")), "inSource");
    assert_string_equal(json_string_value(json_object_get(sup, "justification")), "accepted risk");
    assert_true(json_is_false(json_object_get(inv, "executionSuccessful")));
    assert_int_equal(json_array_size(json_object_get(inv, "toolExecutionNotifications")), 1);
    assert_string_equal(cmd, "rampart scan --registry-password '***' '--token=***' 'my dir'");
    {
        char *dump = json_dumps(inv, 0);
        assert_null(strstr(dump, "hunter2"));
        free(dump);
    }
    json_decref(doc);
    rp_report_free(r);
}

/* Identical occurrences keep fingerprints of their own (the report's ordinals). */
static void
t_sarif_fingerprints_distinct(void **state)
{
    rp_report *r;
    size_t t;
    rp_finding f;
    json_t *doc, *results;
    const char *a, *b;

    (void)state;
    assert_int_equal(rp_report_new(&r), 0);
    assert_int_equal(rp_report_add_target(&t, r, "Dockerfile", "dockerfile"), 0);
    f = finding(t, cat_rule(), RP_SEV_HIGH, "Dockerfile", 2, 0, "same");
    add_finding(r, &f);
    add_finding(r, &f);
    rp_report_finalize(r);
    doc = render_json(r, RP_FMT_SARIF, &plain_opts);
    results = json_object_get(sarif_run(doc), "results");
    a = json_string_value(json_object_get(
        json_object_get(json_array_get(results, 0), "partialFingerprints"), "rampart/v1"));
    b = json_string_value(json_object_get(
        json_object_get(json_array_get(results, 1), "partialFingerprints"), "rampart/v1"));
    assert_string_not_equal(a, b);
    assert_string_equal(a, r->findings[0].fingerprint);
    json_decref(doc);
    rp_report_free(r);
}

static void
t_sarif_keeps_hostile_text(void **state)
{
    static const char want[] = "sub%20q%22uo%27te%20%3C%26%3E%20esc%1B%5B31m%20ctl%01%7F%20bad%FF";
    rp_report *r = hostile();
    json_t *doc = render_json(r, RP_FMT_SARIF, &shown_opts), *run = sarif_run(doc), *res;
    bool seen = false;
    size_t i;

    (void)state;
    assert_int_equal(json_array_size(json_object_get(run, "results")), 2);
    for (i = 0; i < json_array_size(json_object_get(run, "results")); i++) {
        res = json_array_get(json_object_get(run, "results"), i);
        const char *uri = json_string_value(json_object_get(artifact_of(res), "uri"));

        check_sarif_result(sarif_rules(run), res);
        /* a URI holds only URI characters */
        assert_int_equal(strspn(uri, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
                                     "0123456789-._~/%"),
                         strlen(uri));
        seen |= strncmp(uri, want, strlen(want)) == 0;
    }
    assert_true(seen);
    json_decref(doc);
    rp_report_free(r);
}

/* Writes r as SARIF into a new temporary file named in path (at least 32 bytes). */
static void
write_sarif_file(char *path, const rp_report *r, const rp_write_opts *opts)
{
    FILE *f;
    rp_ctx ctx;
    int fd;

    snprintf(path, 32, "/tmp/t_report_XXXXXX.sarif");
    assert_true((fd = mkstemps(path, 6)) >= 0);
    assert_non_null(f = fdopen(fd, "w"));
    assert_int_equal(rp_report_write(f, r, RP_FMT_SARIF, opts, &ctx), 0);
    assert_int_equal(fclose(f), 0);
}

/* The official validator, GitHub's ingestion rules included, accepts a log with every kind of
 * location, a suppression, an error and every rule of the catalogue; one full of hostile text;
 * and an empty one. */
static void
t_sarif_passes_official_validator(void **state)
{
    const char *srcdir = getenv("SRCDIR") ? getenv("SRCDIR") : ".";
    char *argv[] = {"rampart", "scan", "--format", "sarif", "."};
    rp_write_opts opts = {
        .show_suppressed = true, .argc = 5, .argv = argv, .working_dir = "/src/repo"};
    char paths[3][32], cmd[4096];
    rp_report *r[3];
    int rc;

    (void)state;
    if (system("command -v node >/dev/null 2>&1") != 0)
        skip();
    r[0] = sample();
    /* every rule of the catalogue, as it is today, described in the driver */
    for (size_t i = 0; i < rp_rules_count(); i++)
        assert_int_equal(rp_report_target_rule(r[0], 0, rp_rules_at(i)), 0);
    r[1] = hostile();
    assert_int_equal(rp_report_new(&r[2]), 0);
    rp_report_finalize(r[2]);
    for (size_t i = 0; i < 3; i++)
        write_sarif_file(paths[i], r[i], &opts);
    snprintf(cmd, sizeof(cmd), "sh '%s/tests/tools/sarif-validate.sh' %s %s %s", srcdir, paths[0],
             paths[1], paths[2]);
    rc = system(cmd);
    for (size_t i = 0; i < 3; i++) {
        unlink(paths[i]);
        rp_report_free(r[i]);
    }
    assert_int_equal(rc, 0);
}

/* Fails jansson's allocations after a budget, so that each one fails in turn. */
static long alloc_budget = -1;
static bool alloc_failed;

static void *
budget_malloc(size_t n)
{
    if (alloc_budget == 0) {
        alloc_failed = true;
        return NULL;
    }
    if (alloc_budget > 0)
        alloc_budget--;
    return malloc(n);
}

/* Every failed allocation while building JSON or SARIF is an error, never a crash, a leak (ASan
 * checks at exit) or a silently incomplete document. */
static void
t_json_writers_survive_allocation_failures(void **state)
{
    rp_report *r = sample();

    (void)state;
    for (int fmt = RP_FMT_JSON; fmt <= RP_FMT_SARIF; fmt++) {
        for (long n = 0;; n++) {
            FILE *devnull = fopen("/dev/null", "w");
            rp_ctx ctx;
            int err;

            assert_non_null(devnull);
            alloc_budget = n;
            alloc_failed = false;
            json_set_alloc_funcs(budget_malloc, free);
            err = rp_report_write(devnull, r, (rp_format)fmt, &shown_opts, &ctx);
            json_set_alloc_funcs(malloc, free);
            fclose(devnull);
            if (!alloc_failed) {
                assert_int_equal(err, 0);
                break; /* the budget outlasted the writer: every allocation was tried */
            }
            /* dumping allocates too, and jansson reports that as a failed write */
            if (err != RP_ENOMEM && err != RP_EIO)
                fail_msg("%s: allocation %ld failed and the writer said %d",
                         rp_format_name((rp_format)fmt), n, err);
        }
    }
    rp_report_free(r);
}

/* ---- junit ---- */

static void
t_junit_cases_per_rule(void **state)
{
    rp_report *r = sample();
    char *out = render(r, RP_FMT_JUNIT, &plain_opts), want[256];

    (void)state;
    check_xml(out);
    assert_non_null(
        strstr(out, "<testsuites name=\"rampart\" tests=\"6\" failures=\"4\" errors=\"1\">"));
    assert_non_null(strstr(out, "<testsuite name=\"Dockerfile\" tests=\"3\" failures=\"2\" "
                                "errors=\"0\""));
    /* evaluated and clean: a passing case */
    assert_non_null(strstr(out, "<testcase classname=\"dockerfile.Dockerfile\" "
                                "name=\"RP-TST-100 A rule that found nothing\"/>"));
    snprintf(want, sizeof(want),
             "<failure type=\"high\" message=\"1 finding\">Dockerfile:12: "
             "[high] The final stage runs as root\n</failure>");
    assert_non_null(strstr(out, want));
    assert_non_null(strstr(out, "<failure type=\"critical\" message=\"1 finding\">./deploy/my "
                                "app.yaml:4: [critical] privileged (Deployment/default/web"));
    assert_non_null(strstr(out, "(/usr/bin/su in layer sha256:0123"));
    assert_non_null(strstr(out, "<testcase classname=\"dockerfile.broken/Dockerfile\" "
                                "name=\"parse\">\n      <error type=\"parse error\" "
                                "message=\"unknown instruction FORM\">"));
    assert_null(strstr(out, "suppressed one"));
    free(out);
    rp_report_free(r);
}

static void
t_junit_suppressed_is_skipped(void **state)
{
    rp_report *r;
    size_t t;
    rp_finding f;
    char *out;

    (void)state;
    assert_int_equal(rp_report_new(&r), 0);
    assert_int_equal(rp_report_add_target(&t, r, "Dockerfile", "dockerfile"), 0);
    f = finding(t, &ref_rule, RP_SEV_HIGH, "Dockerfile", 2, 0, "hidden");
    f.suppressed = RP_SUPPRESS_CONFIG;
    f.suppress_reason = "legacy image";
    add_finding(r, &f);
    rp_report_finalize(r);
    out = render(r, RP_FMT_JUNIT, &plain_opts);
    check_xml(out);
    assert_null(strstr(out, "hidden"));
    assert_null(strstr(out, "<skipped"));
    free(out);
    out = render(r, RP_FMT_JUNIT, &shown_opts);
    check_xml(out);
    assert_non_null(strstr(out, "<skipped message=\"suppressed: config: legacy image\">"));
    assert_null(strstr(out, "<failure"));
    assert_non_null(strstr(out, "skipped=\"1\""));
    free(out);
    rp_report_free(r);
}

static void
t_junit_escapes_hostile_text(void **state)
{
    rp_report *r = hostile();
    char *out = render(r, RP_FMT_JUNIT, &shown_opts);

    (void)state;
    check_xml(out);
    assert_non_null(strstr(out, "q&quot;uo&apos;te &lt;&amp;&gt; esc[31m ctl bad\xef\xbf\xbd"));
    assert_null(strchr(out, '\033'));
    free(out);
    rp_report_free(r);
}

/* Every writer takes every hostile string and still writes its format. */
static void
t_every_writer_survives_hostile_input(void **state)
{
    rp_report *r = hostile();

    (void)state;
    for (int shown = 0; shown < 2; shown++) {
        const rp_write_opts *o = shown ? &shown_opts : &plain_opts;
        rp_write_opts colour = *o;
        char *out;

        json_decref(render_json(r, RP_FMT_JSON, o));
        json_decref(render_json(r, RP_FMT_SARIF, o));
        out = render(r, RP_FMT_JUNIT, o);
        check_xml(out);
        free(out);
        colour.color = true;
        free(render(r, RP_FMT_TABLE, &colour));
    }
    rp_report_free(r);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(t_format_names_round_trip),
        cmocka_unit_test(t_unknown_format_is_einval),
        cmocka_unit_test(t_write_errors_are_eio),
        cmocka_unit_test(t_table_summary_line),
        cmocka_unit_test(t_table_summary_pluralises),
        cmocka_unit_test(t_table_clean_report_says_no_findings),
        cmocka_unit_test(t_table_groups_and_aligns),
        cmocka_unit_test(t_table_colours_only_when_asked),
        cmocka_unit_test(t_table_suppressed_hidden_then_marked),
        cmocka_unit_test(t_table_neutralises_terminal_controls),
        cmocka_unit_test(t_json_matches_the_schema),
        cmocka_unit_test(t_json_has_documented_shape),
        cmocka_unit_test(t_json_marks_suppressed_when_shown),
        cmocka_unit_test(t_json_keeps_hostile_text),
        cmocka_unit_test(t_sarif_rules_and_results_agree),
        cmocka_unit_test(t_sarif_describes_rules),
        cmocka_unit_test(t_sarif_locations_and_uris),
        cmocka_unit_test(t_sarif_absolute_paths_are_file_uris),
        cmocka_unit_test(t_sarif_suppressions_and_invocation),
        cmocka_unit_test(t_sarif_fingerprints_distinct),
        cmocka_unit_test(t_sarif_keeps_hostile_text),
        cmocka_unit_test(t_sarif_passes_official_validator),
        cmocka_unit_test(t_json_writers_survive_allocation_failures),
        cmocka_unit_test(t_junit_cases_per_rule),
        cmocka_unit_test(t_junit_suppressed_is_skipped),
        cmocka_unit_test(t_junit_escapes_hostile_text),
        cmocka_unit_test(t_every_writer_survives_hostile_input),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
