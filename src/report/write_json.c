/* The JSON writer: rampart's own schema (docs/report.schema.json), for scripts. */
#include <stdlib.h>
#include <string.h>

#include "report/writers.h"

#define SCHEMA_ID "rampart.report/v1"
#define TOOL_URI "https://github.com/rampart-sec/rampart"

/* Sets key to s when s is set; nothing otherwise. Returns -1 when out of memory. */
static int
set_opt(json_t *o, const char *key, const char *s)
{
    return s ? json_object_set_new(o, key, rp__write_jtext(s)) : 0;
}

static json_t *
tool_json(void)
{
    json_t *o = json_object();
    int bad = 0;

    bad |= json_object_set_new(o, "name", json_string("rampart"));
    bad |= json_object_set_new(o, "version", json_string(RP_VERSION));
    bad |= json_object_set_new(o, "uri", json_string(TOOL_URI));
    return rp__write_jdone(o, bad);
}

static json_t *
error_json(const rp_target_error *e)
{
    json_t *o = json_object();
    int bad = 0;

    bad |= json_object_set_new(o, "path", rp__write_jtext(e->path));
    bad |= json_object_set_new(o, "line", json_integer(e->line));
    bad |= json_object_set_new(o, "column", json_integer(e->column));
    bad |= json_object_set_new(o, "code", json_string(rp_strerror(e->code)));
    bad |= json_object_set_new(o, "message", rp__write_jtext(e->message));
    return rp__write_jdone(o, bad);
}

static json_t *
target_json(const rp_target *t)
{
    json_t *o = json_object(), *errors = json_array();
    int bad = 0;

    for (size_t i = 0; i < t->nerrors; i++)
        bad |= json_array_append_new(errors, error_json(&t->errors[i]));
    bad |= json_object_set_new(o, "target", rp__write_jtext(t->name));
    bad |= json_object_set_new(o, "kind", rp__write_jtext(t->kind));
    bad |= json_object_set_new(o, "errors", errors);
    return rp__write_jdone(o, bad);
}

/* A finding without a path (an image's) is located in its target. */
static json_t *
location_json(const rp_report *r, const rp_finding *f)
{
    const rp_location *l = &f->loc;
    const char *path = l->path && *l->path ? l->path : r->targets[f->target].name;
    json_t *o = json_object();
    int bad = 0;

    bad |= json_object_set_new(o, "path", rp__write_jtext(path));
    bad |= json_object_set_new(o, "line", json_integer(l->line));
    if (l->column)
        bad |= json_object_set_new(o, "column", json_integer(l->column));
    if (l->end_line)
        bad |= json_object_set_new(o, "end_line", json_integer(l->end_line));
    if (l->end_column)
        bad |= json_object_set_new(o, "end_column", json_integer(l->end_column));
    bad |= set_opt(o, "object", l->object);
    bad |= set_opt(o, "field", l->field);
    bad |= set_opt(o, "layer", l->layer);
    bad |= set_opt(o, "file", l->file);
    return rp__write_jdone(o, bad);
}

static json_t *
refs_json(const rp_rule *rule)
{
    json_t *a = json_array();
    int bad = 0;

    for (size_t i = 0; i < RP_RULE_MAX_REFS && rule->refs[i]; i++)
        bad |= json_array_append_new(a, rp__write_jtext(rule->refs[i]));
    return rp__write_jdone(a, bad);
}

static json_t *
suppressed_json(const rp_finding *f)
{
    json_t *o = json_object();
    int bad = 0;

    bad |= json_object_set_new(o, "kind", json_string(rp_suppress_kind_name(f->suppressed)));
    bad |= json_object_set_new(
        o, "reason", f->suppress_reason ? rp__write_jtext(f->suppress_reason) : json_null());
    return rp__write_jdone(o, bad);
}

static json_t *
finding_json(const rp_report *r, const rp_finding *f)
{
    const rp_rule *rule = f->rule;
    json_t *o = json_object();
    char uri[512];
    int bad = 0;

    bad |= json_object_set_new(o, "rule", rp__write_jtext(rule->id));
    bad |= json_object_set_new(o, "name", rp__write_jtext(rule->name));
    bad |= json_object_set_new(o, "severity", json_string(rp_severity_name(f->severity)));
    bad |= json_object_set_new(o, "title", rp__write_jtext(rule->title));
    bad |= json_object_set_new(o, "message", rp__write_jtext(f->message));
    bad |= json_object_set_new(o, "target", rp__write_jtext(r->targets[f->target].name));
    bad |= json_object_set_new(o, "location", location_json(r, f));
    bad |= json_object_set_new(o, "refs", refs_json(rule));
    bad |= json_object_set_new(o, "remediation", rp__write_jtext(rule->remediation));
    bad |= json_object_set_new(o, "help_uri",
                               rp__write_jtext(rp_rule_help_uri(rule, uri, sizeof(uri))));
    bad |= set_opt(o, "snippet", f->snippet);
    bad |= json_object_set_new(o, "fingerprint", json_string(f->fingerprint));
    if (f->suppressed != RP_SUPPRESS_NONE)
        bad |= json_object_set_new(o, "suppressed", suppressed_json(f));
    return rp__write_jdone(o, bad);
}

static json_t *
summary_json(const rp_report *r)
{
    static const rp_severity order[] = {RP_SEV_CRITICAL, RP_SEV_HIGH, RP_SEV_MEDIUM, RP_SEV_LOW,
                                        RP_SEV_INFO};
    json_t *o = json_object(), *by = json_object();
    size_t total = 0;
    int bad = 0;

    for (size_t i = 0; i < sizeof(order) / sizeof(order[0]); i++) {
        total += r->counts[order[i]];
        bad |= json_object_set_new(by, rp_severity_name(order[i]),
                                   json_integer((json_int_t)r->counts[order[i]]));
    }
    bad |= json_object_set_new(o, "findings", json_integer((json_int_t)total));
    bad |= json_object_set_new(o, "by_severity", by);
    bad |= json_object_set_new(o, "suppressed", json_integer((json_int_t)r->nsuppressed));
    bad |= json_object_set_new(o, "targets", json_integer((json_int_t)r->ntargets));
    bad |= json_object_set_new(o, "errors", json_integer((json_int_t)r->nerrors));
    return rp__write_jdone(o, bad);
}

/* Writes v (which it takes) as indented JSON, each line after the first indented by indent
 * more spaces, so that a document streamed element by element reads as one dumped whole. */
static int
put_json(rp__sink *s, json_t *v, int indent)
{
    char *text;
    const char *p;

    if (!v)
        return RP_ENOMEM;
    text = json_dumps(v, JSON_INDENT(2) | JSON_PRESERVE_ORDER | JSON_ENCODE_ANY);
    json_decref(v);
    if (!text)
        return RP_ENOMEM;
    for (p = text; *p;) {
        const char *nl = strchr(p, '\n');
        if (!nl) {
            rp__sink_puts(s, p);
            break;
        }
        rp__sink_put(s, p, (size_t)(nl - p + 1));
        rp__sink_printf(s, "%*s", indent, "");
        p = nl + 1;
    }
    free(text);
    return RP_OK;
}

/* Opens, separates and closes the elements of a streamed array member. */
static void
element(rp__sink *s, size_t *n)
{
    rp__sink_puts(s, (*n)++ ? ",\n    " : "\n    ");
}

static void
close_array(rp__sink *s, size_t n)
{
    rp__sink_puts(s, n ? "\n  ]" : "]");
}

/* The report is streamed, one element at a time: a tree of a large report would cost several
 * times the report's own memory. */
int
rp__write_json(FILE *out, const rp_report *r, const rp_write_opts *opts)
{
    rp__sink s = {out, RP_OK};
    size_t n = 0;
    int err = RP_OK;

    rp__sink_puts(&s, "{\n  \"schema\": \"" SCHEMA_ID "\",\n  \"tool\": ");
    err = put_json(&s, tool_json(), 2);
    rp__sink_puts(&s, ",\n  \"targets\": [");
    for (size_t i = 0; !err && i < r->ntargets; i++) {
        element(&s, &n);
        err = put_json(&s, target_json(&r->targets[i]), 4);
    }
    close_array(&s, n);
    rp__sink_puts(&s, ",\n  \"findings\": [");
    n = 0;
    for (size_t i = 0; !err && i < r->nfindings; i++) {
        const rp_finding *f = &r->findings[i];
        if (f->target >= r->ntargets || !rp__write_shown(f, opts))
            continue;
        element(&s, &n);
        err = put_json(&s, finding_json(r, f), 4);
    }
    close_array(&s, n);
    rp__sink_puts(&s, ",\n  \"warnings\": [");
    n = 0;
    for (size_t i = 0; !err && i < r->nwarnings; i++) {
        element(&s, &n);
        err = put_json(&s, rp__write_jtext(r->warnings[i]), 4);
    }
    close_array(&s, n);
    rp__sink_puts(&s, ",\n  \"summary\": ");
    if (!err)
        err = put_json(&s, summary_json(r), 2);
    rp__sink_puts(&s, "\n}\n");
    return err ? err : rp__sink_end(&s);
}
