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

static json_t *
report_json(const rp_report *r, const rp_write_opts *opts)
{
    json_t *o = json_object(), *targets = json_array(), *findings = json_array();
    json_t *warnings = json_array();
    int bad = 0;

    for (size_t i = 0; i < r->ntargets; i++)
        bad |= json_array_append_new(targets, target_json(&r->targets[i]));
    for (size_t i = 0; i < r->nfindings; i++) {
        const rp_finding *f = &r->findings[i];
        if (f->target < r->ntargets && rp__write_shown(f, opts))
            bad |= json_array_append_new(findings, finding_json(r, f));
    }
    for (size_t i = 0; i < r->nwarnings; i++)
        bad |= json_array_append_new(warnings, rp__write_jtext(r->warnings[i]));
    bad |= json_object_set_new(o, "schema", json_string(SCHEMA_ID));
    bad |= json_object_set_new(o, "tool", tool_json());
    bad |= json_object_set_new(o, "targets", targets);
    bad |= json_object_set_new(o, "findings", findings);
    bad |= json_object_set_new(o, "warnings", warnings);
    bad |= json_object_set_new(o, "summary", summary_json(r));
    return rp__write_jdone(o, bad);
}

int
rp__write_json(FILE *out, const rp_report *r, const rp_write_opts *opts)
{
    json_t *doc = report_json(r, opts);
    int err;

    if (!doc)
        return RP_ENOMEM;
    err = rp__write_jdump(out, doc);
    json_decref(doc);
    return err;
}
