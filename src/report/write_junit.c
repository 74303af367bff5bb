/* The JUnit XML writer: one test suite per target, one test case per rule, for CI systems
 * (Jenkins, GitLab, Azure Pipelines) that draw test reports. */
#include <stdlib.h>
#include <string.h>

#include "core/util.h"
#include "report/writers.h"

typedef struct junit {
    rp__sink out;
    const rp_report *r;
    const rp_write_opts *opts;
    size_t *idx, *first;   /* findings grouped by target (rp__write_by_target) */
    const rp_rule **rules; /* scratch: one target's test cases */
    size_t nrules;
    rp_buf tmp;
    int err; /* RP_ENOMEM */
} junit;

/* What one rule found in one target. */
typedef struct verdict {
    size_t failed;     /* unsuppressed findings */
    size_t suppressed; /* suppressed findings that are shown */
    rp_severity worst; /* of the unsuppressed ones */
} verdict;

typedef struct counts {
    size_t tests, failures, errors, skipped;
} counts;

/* Writes s with XML's five specials escaped. Bytes XML 1.0 does not allow (controls other than
 * tab, newline and carriage return; U+FFFE and U+FFFF) are dropped and invalid UTF-8 becomes
 * U+FFFD. In an attribute, tab and newlines are written as references so that they survive
 * attribute-value normalisation. */
static void
xml_put(junit *j, const char *s, bool attr)
{
    size_t len = s ? strlen(s) : 0;

    for (size_t i = 0; i < len;) {
        unsigned char c = (unsigned char)s[i];
        size_t n = rp__write_utf8_seq(s + i, len - i);
        const char *rep = NULL;

        switch (c) {
        case '&':
            rep = "&amp;";
            break;
        case '<':
            rep = "&lt;";
            break;
        case '>':
            rep = "&gt;";
            break;
        case '"':
            rep = "&quot;";
            break;
        case '\'':
            rep = "&apos;";
            break;
        case '\t':
            rep = attr ? "&#9;" : "\t";
            break;
        case '\n':
            rep = attr ? "&#10;" : "\n";
            break;
        case '\r':
            rep = "&#13;";
            break;
        default:
            break;
        }
        if (rep)
            rp__sink_puts(&j->out, rep);
        else if (n == 0)
            rp__sink_puts(&j->out, "\xef\xbf\xbd");
        else if (c < 0x20 || c == 0x7f)
            ; /* not allowed in XML 1.0 (DEL is, but no reader wants it) */
        else if (n == 3 && c == 0xef && (unsigned char)s[i + 1] == 0xbf &&
                 (unsigned char)s[i + 2] >= 0xbe)
            ; /* U+FFFE, U+FFFF */
        else
            rp__sink_put(&j->out, s + i, n);
        i += n ? n : 1;
    }
}

static void
attr(junit *j, const char *name, const char *value)
{
    rp__sink_printf(&j->out, " %s=\"", name);
    xml_put(j, value, true);
    rp__sink_puts(&j->out, "\"");
}

static void
attr_num(junit *j, const char *name, size_t value)
{
    rp__sink_printf(&j->out, " %s=\"%zu\"", name, value);
}

static int
by_id(const void *a, const void *b)
{
    return strcmp((*(const rp_rule *const *)a)->id, (*(const rp_rule *const *)b)->id);
}

/* One target's test cases: the rules evaluated plus every rule with a shown finding, by id. */
static int
gather_rules(junit *j, size_t t)
{
    const rp_target *tg = &j->r->targets[t];
    size_t n = j->first[t + 1] - j->first[t], k = 0;

    free(j->rules);
    j->nrules = 0;
    if (!(j->rules = calloc(tg->nrules + n + 1, sizeof(*j->rules))))
        return RP_ENOMEM;
    for (size_t i = 0; i < tg->nrules; i++)
        j->rules[k++] = tg->rules[i];
    for (size_t i = j->first[t]; i < j->first[t + 1]; i++)
        if (rp__write_shown(&j->r->findings[j->idx[i]], j->opts))
            j->rules[k++] = j->r->findings[j->idx[i]].rule;
    qsort(j->rules, k, sizeof(*j->rules), by_id);
    for (size_t i = 0; i < k; i++)
        if (j->nrules == 0 || strcmp(j->rules[j->nrules - 1]->id, j->rules[i]->id) != 0)
            j->rules[j->nrules++] = j->rules[i];
    return RP_OK;
}

static verdict
judge(const junit *j, size_t t, const rp_rule *rule)
{
    verdict v = {0, 0, RP_SEV_INFO};

    for (size_t i = j->first[t]; i < j->first[t + 1]; i++) {
        const rp_finding *f = &j->r->findings[j->idx[i]];

        if (strcmp(f->rule->id, rule->id) != 0)
            continue;
        if (f->suppressed == RP_SUPPRESS_NONE) {
            if (v.failed++ == 0 || f->severity > v.worst)
                v.worst = f->severity;
        } else if (j->opts->show_suppressed) {
            v.suppressed++;
        }
    }
    return v;
}

static int
suite_counts(counts *c, junit *j, size_t t)
{
    int err;

    memset(c, 0, sizeof(*c));
    if ((err = gather_rules(j, t)))
        return err;
    for (size_t i = 0; i < j->nrules; i++) {
        verdict v = judge(j, t, j->rules[i]);
        c->failures += v.failed > 0;
        c->skipped += !v.failed && v.suppressed;
    }
    c->tests = j->nrules;
    if (j->r->targets[t].nerrors) {
        c->tests++;
        c->errors++;
    }
    return RP_OK;
}

/* "Dockerfile:12: [high] message (extra)". */
static void
finding_line(junit *j, const rp_target *tg, const rp_finding *f)
{
    const rp_location *l = &f->loc;

    xml_put(j, l->path && *l->path ? l->path : tg->name, false);
    if (l->line)
        rp__sink_printf(&j->out, ":%u", l->line);
    rp__sink_printf(&j->out, ": [%s] ", rp_severity_name(f->severity));
    xml_put(j, f->message, false);
    if (l->object || l->field || l->file || l->layer) {
        /* "(Kind/ns/name spec.field)" or "(/etc/shadow in layer sha256:...)" */
        const char *parts[] = {l->object, l->field, l->file, l->layer};
        const char *seps[] = {" ", " ", " ", " in layer "};
        bool first = true;

        rp__sink_puts(&j->out, " (");
        for (size_t i = 0; i < RP_COUNTOF(parts); i++) {
            if (!parts[i])
                continue;
            rp__sink_puts(&j->out, first ? "" : seps[i]);
            xml_put(j, parts[i], false);
            first = false;
        }
        rp__sink_puts(&j->out, ")");
    }
    if (f->suppressed != RP_SUPPRESS_NONE) {
        rp__sink_printf(&j->out, " [suppressed: %s", rp_suppress_kind_name(f->suppressed));
        if (f->suppress_reason && *f->suppress_reason) {
            rp__sink_puts(&j->out, ": ");
            xml_put(j, f->suppress_reason, false);
        }
        rp__sink_puts(&j->out, "]");
    }
    rp__sink_puts(&j->out, "\n");
}

/* Lists the rule's findings in the target: the failing ones, or only the suppressed ones. */
static void
finding_lines(junit *j, size_t t, const rp_rule *rule, bool suppressed)
{
    for (size_t i = j->first[t]; i < j->first[t + 1]; i++) {
        const rp_finding *f = &j->r->findings[j->idx[i]];

        if (strcmp(f->rule->id, rule->id) == 0 && rp__write_shown(f, j->opts) &&
            (f->suppressed != RP_SUPPRESS_NONE) == suppressed)
            finding_line(j, &j->r->targets[t], f);
    }
}

/* The message of a <skipped>: "suppressed: inline: reason" for one, a count for several. */
static const char *
skip_message(junit *j, size_t t, const rp_rule *rule, size_t n)
{
    rp_buf_clear(&j->tmp);
    for (size_t i = j->first[t]; n == 1 && i < j->first[t + 1]; i++) {
        const rp_finding *f = &j->r->findings[j->idx[i]];

        if (strcmp(f->rule->id, rule->id) != 0 || f->suppressed == RP_SUPPRESS_NONE)
            continue;
        if (rp_buf_printf(&j->tmp, "suppressed: %s%s%s", rp_suppress_kind_name(f->suppressed),
                          f->suppress_reason ? ": " : "",
                          f->suppress_reason ? f->suppress_reason : ""))
            j->err = RP_ENOMEM;
        return j->tmp.ptr ? j->tmp.ptr : "suppressed";
    }
    if (rp_buf_printf(&j->tmp, "suppressed: %zu findings", n))
        j->err = RP_ENOMEM;
    return j->tmp.ptr ? j->tmp.ptr : "suppressed";
}

static void
put_testcase(junit *j, size_t t, const rp_rule *rule)
{
    const rp_target *tg = &j->r->targets[t];
    verdict v = judge(j, t, rule);
    char count[64];

    rp__sink_puts(&j->out, "    <testcase");
    rp_buf_clear(&j->tmp);
    if (rp_buf_printf(&j->tmp, "%s.%s", tg->kind ? tg->kind : "", tg->name))
        j->err = RP_ENOMEM;
    attr(j, "classname", j->tmp.ptr);
    rp_buf_clear(&j->tmp);
    if (rp_buf_printf(&j->tmp, "%s %s", rule->id, rule->title))
        j->err = RP_ENOMEM;
    attr(j, "name", j->tmp.ptr);
    if (!v.failed && !v.suppressed) {
        rp__sink_puts(&j->out, "/>\n");
        return;
    }
    rp__sink_puts(&j->out, ">\n");
    if (v.failed) {
        snprintf(count, sizeof(count), "%zu finding%s", v.failed, v.failed == 1 ? "" : "s");
        rp__sink_puts(&j->out, "      <failure");
        attr(j, "type", rp_severity_name(v.worst));
        attr(j, "message", count);
        rp__sink_puts(&j->out, ">");
        finding_lines(j, t, rule, false);
        finding_lines(j, t, rule, true);
        rp__sink_puts(&j->out, "</failure>\n");
    } else {
        rp__sink_puts(&j->out, "      <skipped");
        attr(j, "message", skip_message(j, t, rule, v.suppressed));
        rp__sink_puts(&j->out, ">");
        finding_lines(j, t, rule, true);
        rp__sink_puts(&j->out, "</skipped>\n");
    }
    rp__sink_puts(&j->out, "    </testcase>\n");
}

/* A target that could not be read (fully) is a test case "parse" in error. */
static void
put_errors(junit *j, const rp_target *tg)
{
    const rp_target_error *e0 = &tg->errors[0];

    rp__sink_puts(&j->out, "    <testcase");
    rp_buf_clear(&j->tmp);
    if (rp_buf_printf(&j->tmp, "%s.%s", tg->kind ? tg->kind : "", tg->name))
        j->err = RP_ENOMEM;
    attr(j, "classname", j->tmp.ptr);
    attr(j, "name", "parse");
    rp__sink_puts(&j->out, ">\n      <error");
    attr(j, "type", rp_strerror(e0->code));
    rp_buf_clear(&j->tmp);
    if (tg->nerrors == 1 ? rp_buf_puts(&j->tmp, e0->message ? e0->message : "")
                         : rp_buf_printf(&j->tmp, "%zu errors", tg->nerrors))
        j->err = RP_ENOMEM;
    attr(j, "message", j->tmp.ptr);
    rp__sink_puts(&j->out, ">");
    for (size_t i = 0; i < tg->nerrors; i++) {
        const rp_target_error *e = &tg->errors[i];

        xml_put(j, e->path, false);
        if (e->line)
            rp__sink_printf(&j->out, ":%u", e->line);
        if (e->line && e->column)
            rp__sink_printf(&j->out, ":%u", e->column);
        rp__sink_printf(&j->out, ": %s: ", rp_strerror(e->code));
        xml_put(j, e->message, false);
        rp__sink_puts(&j->out, "\n");
    }
    rp__sink_puts(&j->out, "</error>\n    </testcase>\n");
}

static int
put_suite(junit *j, size_t t)
{
    const rp_target *tg = &j->r->targets[t];
    counts c;
    int err;

    if ((err = suite_counts(&c, j, t)))
        return err;
    rp__sink_puts(&j->out, "  <testsuite");
    attr(j, "name", tg->name);
    attr_num(j, "tests", c.tests);
    attr_num(j, "failures", c.failures);
    attr_num(j, "errors", c.errors);
    attr_num(j, "skipped", c.skipped);
    if (!c.tests) {
        rp__sink_puts(&j->out, "/>\n");
        return RP_OK;
    }
    rp__sink_puts(&j->out, ">\n");
    if (tg->nerrors)
        put_errors(j, tg);
    for (size_t i = 0; i < j->nrules; i++)
        put_testcase(j, t, j->rules[i]);
    rp__sink_puts(&j->out, "  </testsuite>\n");
    return RP_OK;
}

static int
put_document(junit *j)
{
    counts total = {0, 0, 0, 0};
    int err;

    for (size_t t = 0; t < j->r->ntargets; t++) {
        counts c;
        if ((err = suite_counts(&c, j, t)))
            return err;
        total.tests += c.tests;
        total.failures += c.failures;
        total.errors += c.errors;
    }
    rp__sink_puts(&j->out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites");
    attr(j, "name", "rampart");
    attr_num(j, "tests", total.tests);
    attr_num(j, "failures", total.failures);
    attr_num(j, "errors", total.errors);
    rp__sink_puts(&j->out, ">\n");
    for (size_t t = 0; t < j->r->ntargets; t++)
        if ((err = put_suite(j, t)))
            return err;
    rp__sink_puts(&j->out, "</testsuites>\n");
    return RP_OK;
}

int
rp__write_junit(FILE *out, const rp_report *r, const rp_write_opts *opts)
{
    junit j = {{out, 0}, r, opts, NULL, NULL, NULL, 0, RP_BUF_INIT, 0};
    int err;

    if (!(err = rp__write_by_target(&j.idx, &j.first, r)))
        err = put_document(&j);
    if (!err)
        err = j.err;
    if (!err)
        err = rp__sink_end(&j.out);
    free(j.idx);
    free(j.first);
    free(j.rules);
    rp_buf_dispose(&j.tmp);
    return err;
}
