/* The SARIF 2.1.0 writer: for GitHub code scanning and every SARIF viewer. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "core/util.h"
#include "report/writers.h"

#define SARIF_SCHEMA "https://json.schemastore.org/sarif-2.1.0.json"
#define TOOL_URI "https://github.com/rampart-sec/rampart"
#define SRCROOT "%SRCROOT%"
#define FINGERPRINT_KEY "rampart/v1"
#define MAX_TAGS 20 /* GitHub rejects a rule with more */

typedef struct sarif {
    const rp_report *r;
    const rp_write_opts *opts;
    const rp_rule **rules; /* every rule reported or evaluated, sorted by id, unique */
    size_t nrules;
} sarif;

/* SARIF's levels and GitHub's security-severity scores, indexed by rp_severity. */
static const char *const sev_level[RP_SEV_COUNT] = {"note", "note", "warning", "error", "error"};
static const char *const sev_score[RP_SEV_COUNT] = {"1.0", "3.0", "5.5", "8.0", "9.5"};

static const char *
level_of(rp_severity sev)
{
    return (unsigned)sev < RP_SEV_COUNT ? sev_level[sev] : "warning";
}

static const char *
score_of(rp_severity sev)
{
    return (unsigned)sev < RP_SEV_COUNT ? sev_score[sev] : "5.5";
}

static int
by_id(const void *a, const void *b)
{
    return strcmp((*(const rp_rule *const *)a)->id, (*(const rp_rule *const *)b)->id);
}

static int
collect_rules(sarif *s)
{
    const rp_report *r = s->r;
    size_t n = r->nfindings, k = 0;

    for (size_t t = 0; t < r->ntargets; t++)
        n += r->targets[t].nrules;
    if (!(s->rules = calloc(n ? n : 1, sizeof(*s->rules))))
        return RP_ENOMEM;
    for (size_t i = 0; i < r->nfindings; i++)
        if (r->findings[i].target < r->ntargets && rp__write_shown(&r->findings[i], s->opts))
            s->rules[k++] = r->findings[i].rule;
    for (size_t t = 0; t < r->ntargets; t++)
        for (size_t i = 0; i < r->targets[t].nrules; i++)
            s->rules[k++] = r->targets[t].rules[i];
    qsort(s->rules, k, sizeof(*s->rules), by_id);
    s->nrules = 0;
    for (size_t i = 0; i < k; i++)
        if (s->nrules == 0 || strcmp(s->rules[s->nrules - 1]->id, s->rules[i]->id) != 0)
            s->rules[s->nrules++] = s->rules[i];
    return RP_OK;
}

static size_t
rule_index(const sarif *s, const rp_rule *rule)
{
    const rp_rule **hit = bsearch(&rule, s->rules, s->nrules, sizeof(*s->rules), by_id);

    return hit ? (size_t)(hit - s->rules) : 0; /* every reported rule was collected */
}

/* Turns a finished buffer into a JSON string; NULL when building it ran out of memory. */
static json_t *
buf_json(rp_buf *b, int err)
{
    json_t *j = err ? NULL : rp__write_jtext(b->ptr ? b->ptr : "");

    rp_buf_dispose(b);
    return j;
}

/* "from-latest" becomes "FromLatest": SARIF wants rule names in Pascal case. */
static json_t *
pascal_name(const rp_rule *rule)
{
    const char *name = rule->name && *rule->name ? rule->name : rule->id;
    rp_buf b = RP_BUF_INIT;
    bool up = true;
    int err = RP_OK;

    for (const char *p = name; *p && !err; p++) {
        if (!isalnum((unsigned char)*p)) {
            up = true;
            continue;
        }
        err = rp_buf_putc(&b, up ? (char)toupper((unsigned char)*p) : *p);
        up = false;
    }
    if (!err && !b.len)
        err = rp_buf_puts(&b, rule->id);
    return buf_json(&b, err);
}

static int
put_refs(rp_buf *b, const rp_rule *rule, bool md)
{
    int err = RP_OK;

    if (!rule->refs[0])
        return RP_OK;
    err |= rp_buf_puts(b, md ? "\n\n**References:** " : "\n\nReferences: ");
    for (size_t i = 0; i < RP_RULE_MAX_REFS && rule->refs[i]; i++)
        err |= rp_buf_printf(b, "%s%s%s%s", i ? ", " : "", md ? "`" : "", rule->refs[i],
                             md ? "`" : "");
    return err;
}

static int
put_example(rp_buf *b, const char *label, const char *code)
{
    return code ? rp_buf_printf(b, "\n\n%s:\n\n```\n%s\n```", label, code) : RP_OK;
}

/* help.text or help.markdown: why, how to fix, the peers' ids, where the peers differ. */
static json_t *
help_json(const rp_rule *rule, bool md)
{
    rp_buf b = RP_BUF_INIT;
    int err = RP_OK;

    err |= rp_buf_puts(&b, rule->description ? rule->description : rule->title);
    if (rule->remediation)
        err |= rp_buf_printf(&b, "\n\n%s %s", md ? "**Fix:**" : "Fix:", rule->remediation);
    err |= put_refs(&b, rule, md);
    if (rule->notes)
        err |= rp_buf_printf(&b, "\n\n%s %s", md ? "**Notes:**" : "Notes:", rule->notes);
    if (md) {
        err |= put_example(&b, "Fails", rule->bad);
        err |= put_example(&b, "Passes", rule->good);
    }
    return buf_json(&b, err);
}

static json_t *
text_json(const char *s)
{
    json_t *o = json_object();

    return rp__write_jdone(o, json_object_set_new(o, "text", rp__write_jtext(s)));
}

static json_t *
help_obj(const rp_rule *rule)
{
    json_t *o = json_object();
    int bad = 0;

    bad |= json_object_set_new(o, "text", help_json(rule, false));
    bad |= json_object_set_new(o, "markdown", help_json(rule, true));
    return rp__write_jdone(o, bad);
}

static int
add_tag(json_t *tags, const char *tag)
{
    if (!tag || !*tag || json_array_size(tags) >= MAX_TAGS)
        return 0;
    for (size_t i = 0; i < json_array_size(tags); i++)
        if (strcmp(json_string_value(json_array_get(tags, i)), tag) == 0)
            return 0; /* a ref may repeat the analyzer's name */
    return json_array_append_new(tags, rp__write_jtext(tag));
}

static json_t *
rule_props(const rp_rule *rule)
{
    json_t *o = json_object(), *tags = json_array();
    int bad = 0;

    bad |= add_tag(tags, "security");
    bad |= add_tag(tags, rule->analyzer);
    for (size_t i = 0; i < RP_RULE_MAX_REFS && rule->refs[i]; i++)
        bad |= add_tag(tags, rule->refs[i]);
    bad |= json_object_set_new(o, "tags", tags);
    bad |= json_object_set_new(o, "security-severity", json_string(score_of(rule->severity)));
    bad |= json_object_set_new(o, "precision", json_string("high"));
    return rp__write_jdone(o, bad);
}

static json_t *
rule_json(const rp_rule *rule)
{
    json_t *o = json_object(), *conf = json_object();
    char uri[512];
    int bad = 0;

    bad |= json_object_set_new(conf, "level", json_string(level_of(rule->severity)));
    bad |= json_object_set_new(o, "id", rp__write_jtext(rule->id));
    bad |= json_object_set_new(o, "name", pascal_name(rule));
    bad |= json_object_set_new(o, "shortDescription", text_json(rule->title));
    bad |= json_object_set_new(o, "fullDescription",
                               text_json(rule->description ? rule->description : rule->title));
    bad |= json_object_set_new(o, "help", help_obj(rule));
    bad |= json_object_set_new(o, "helpUri",
                               rp__write_jtext(rp_rule_help_uri(rule, uri, sizeof(uri))));
    bad |= json_object_set_new(o, "defaultConfiguration", conf);
    bad |= json_object_set_new(o, "properties", rule_props(rule));
    return rp__write_jdone(o, bad);
}

static json_t *
driver_json(const sarif *s)
{
    json_t *o = json_object(), *rules = json_array();
    int bad = 0;

    for (size_t i = 0; i < s->nrules; i++)
        bad |= json_array_append_new(rules, rule_json(s->rules[i]));
    bad |= json_object_set_new(o, "name", json_string("rampart"));
    bad |= json_object_set_new(o, "version", json_string(RP_VERSION));
    bad |= json_object_set_new(o, "semanticVersion", json_string(RP_VERSION));
    bad |= json_object_set_new(o, "informationUri", json_string(TOOL_URI));
    bad |= json_object_set_new(o, "rules", rules);
    return rp__write_jdone(o, bad);
}

/* Percent-encodes everything but unreserved characters and '/': spaces, ':' (a first segment
 * with a colon would read as a scheme), '%', '#', '?', and every byte past ASCII. */
static int
uri_put_path(rp_buf *b, const char *p)
{
    static const char hex[] = "0123456789ABCDEF";
    int err = RP_OK;

    for (; *p && !err; p++) {
        unsigned char c = (unsigned char)*p;

        if (isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
            err = rp_buf_putc(b, (char)c);
        } else {
            char esc[3] = {'%', hex[c >> 4], hex[c & 15]};
            err = rp_buf_put(b, esc, 3);
        }
    }
    return err;
}

/* An artifactLocation: a relative path becomes a relative URI against %SRCROOT%, an absolute
 * one a file:// URI. */
static json_t *
artifact_json(const char *path)
{
    json_t *o = json_object();
    rp_buf b = RP_BUF_INIT;
    bool abs = path[0] == '/';
    int bad = 0;

    while (path[0] == '.' && path[1] == '/') {
        path += 2;
        while (*path == '/')
            path++;
    }
    if ((abs && rp_buf_puts(&b, "file://")) || uri_put_path(&b, *path ? path : "."))
        bad = -1;
    bad |= json_object_set_new(o, "uri", json_stringn(b.ptr ? b.ptr : "", b.len));
    if (!abs)
        bad |= json_object_set_new(o, "uriBaseId", json_string(SRCROOT));
    rp_buf_dispose(&b);
    return rp__write_jdone(o, bad);
}

/* GitHub needs a region: line 0 (the whole file) is reported on line 1. */
static json_t *
region_json(uint32_t line, uint32_t column, uint32_t end_line)
{
    json_t *o = json_object();
    int bad = 0;

    bad |= json_object_set_new(o, "startLine", json_integer(line ? line : 1));
    if (line && column)
        bad |= json_object_set_new(o, "startColumn", json_integer(column));
    if (line && end_line > line)
        bad |= json_object_set_new(o, "endLine", json_integer(end_line));
    return rp__write_jdone(o, bad);
}

static json_t *
physical_json(const char *path, uint32_t line, uint32_t column, uint32_t end_line)
{
    json_t *o = json_object();
    int bad = 0;

    bad |= json_object_set_new(o, "artifactLocation", artifact_json(path));
    bad |= json_object_set_new(o, "region", region_json(line, column, end_line));
    return rp__write_jdone(o, bad);
}

static json_t *
logical_json(const char *name, const char *fqn, const char *kind)
{
    json_t *o = json_object();
    int bad = 0;

    bad |= json_object_set_new(o, "name", rp__write_jtext(name));
    bad |= json_object_set_new(o, "fullyQualifiedName", rp__write_jtext(fqn));
    bad |= json_object_set_new(o, "kind", json_string(kind));
    return rp__write_jdone(o, bad);
}

/* A Kubernetes object is a resource; the field inside it a property, named in full as
 * "Kind/namespace/name:spec.field". */
static json_t *
logicals_json(const rp_location *l)
{
    json_t *a = json_array();
    rp_buf fqn = RP_BUF_INIT;
    int bad = 0;

    if (l->object)
        bad |= json_array_append_new(a, logical_json(l->object, l->object, "resource"));
    if (l->field) {
        if (rp_buf_printf(&fqn, "%s%s%s", l->object ? l->object : "", l->object ? ":" : "",
                          l->field))
            bad = -1;
        bad |= json_array_append_new(a, logical_json(l->field, fqn.ptr, "property"));
    }
    rp_buf_dispose(&fqn);
    return rp__write_jdone(a, bad);
}

static const char *
finding_path(const sarif *s, const rp_finding *f)
{
    return f->loc.path && *f->loc.path ? f->loc.path : s->r->targets[f->target].name;
}

static json_t *
location_json(const sarif *s, const rp_finding *f)
{
    const rp_location *l = &f->loc;
    json_t *o = json_object();
    int bad = 0;

    bad |= json_object_set_new(o, "physicalLocation",
                               physical_json(finding_path(s, f), l->line, l->column, l->end_line));
    if (l->object || l->field)
        bad |= json_object_set_new(o, "logicalLocations", logicals_json(l));
    return rp__write_jdone(o, bad);
}

/* The message says where in an image (SARIF has no place for a layer) and how to fix it. */
static json_t *
message_json(const rp_finding *f)
{
    const rp_location *l = &f->loc;
    rp_buf b = RP_BUF_INIT;
    json_t *text, *o;
    int err = RP_OK;

    err |= rp_buf_puts(&b, f->message ? f->message : f->rule->title);
    if (l->file || l->layer)
        err |=
            rp_buf_printf(&b, " (%s%s%s%s)", l->file ? l->file : "", l->file && l->layer ? " " : "",
                          l->layer ? "in layer " : "", l->layer ? l->layer : "");
    if (f->rule->remediation && *f->rule->remediation)
        err |= rp_buf_printf(&b, "\nFix: %s", f->rule->remediation);
    text = buf_json(&b, err);
    o = json_object();
    return rp__write_jdone(o, json_object_set_new(o, "text", text));
}

static json_t *
result_props(const rp_finding *f)
{
    json_t *o = json_object(), *refs = json_array();
    int bad = 0;

    for (size_t i = 0; i < RP_RULE_MAX_REFS && f->rule->refs[i]; i++)
        bad |= json_array_append_new(refs, rp__write_jtext(f->rule->refs[i]));
    bad |= json_object_set_new(o, "severity", json_string(rp_severity_name(f->severity)));
    bad |= json_object_set_new(o, "refs", refs);
    if (f->loc.layer)
        bad |= json_object_set_new(o, "layer", rp__write_jtext(f->loc.layer));
    if (f->loc.file)
        bad |= json_object_set_new(o, "file", rp__write_jtext(f->loc.file));
    return rp__write_jdone(o, bad);
}

static json_t *
suppressions_json(const rp_finding *f)
{
    json_t *a = json_array(), *o = json_object();
    int bad = 0;

    bad |= json_object_set_new(
        o, "kind", json_string(f->suppressed == RP_SUPPRESS_INLINE ? "inSource" : "external"));
    if (f->suppress_reason && *f->suppress_reason)
        bad |= json_object_set_new(o, "justification", rp__write_jtext(f->suppress_reason));
    bad |= json_array_append_new(a, o);
    return rp__write_jdone(a, bad);
}

static json_t *
result_json(const sarif *s, const rp_finding *f)
{
    json_t *o = json_object(), *locs = json_array(), *fp = json_object();
    int bad = 0;

    bad |= json_array_append_new(locs, location_json(s, f));
    bad |= json_object_set_new(fp, FINGERPRINT_KEY, json_string(f->fingerprint));
    bad |= json_object_set_new(o, "ruleId", rp__write_jtext(f->rule->id));
    bad |= json_object_set_new(o, "ruleIndex", json_integer((json_int_t)rule_index(s, f->rule)));
    bad |= json_object_set_new(o, "level", json_string(level_of(f->severity)));
    bad |= json_object_set_new(o, "message", message_json(f));
    bad |= json_object_set_new(o, "locations", locs);
    bad |= json_object_set_new(o, "partialFingerprints", fp);
    if (f->suppressed != RP_SUPPRESS_NONE)
        bad |= json_object_set_new(o, "suppressions", suppressions_json(f));
    bad |= json_object_set_new(o, "properties", result_props(f));
    return rp__write_jdone(o, bad);
}

static json_t *
notification_json(const rp_target *t, const rp_target_error *e)
{
    json_t *o = json_object(), *props = json_object();
    rp_buf msg = RP_BUF_INIT;
    int bad = 0;

    if (rp_buf_printf(&msg, "%s: %s", rp_strerror(e->code),
                      e->message && *e->message ? e->message : "no details"))
        bad = -1;
    bad |= json_object_set_new(props, "target", rp__write_jtext(t->name));
    bad |= json_object_set_new(props, "code", json_string(rp_strerror(e->code)));
    bad |= json_object_set_new(o, "level", json_string("error"));
    bad |= json_object_set_new(o, "message", text_json(msg.ptr));
    if (e->path && *e->path) {
        json_t *locs = json_array(), *loc = json_object();
        bad |= json_object_set_new(loc, "physicalLocation",
                                   physical_json(e->path, e->line, e->column, 0));
        bad |= json_array_append_new(locs, loc);
        bad |= json_object_set_new(o, "locations", locs);
    }
    bad |= json_object_set_new(o, "properties", props);
    rp_buf_dispose(&msg);
    return rp__write_jdone(o, bad);
}

/* True for an option whose value must not be repeated: --password=x, --registry-token x. */
static bool
secret_option(const char *arg)
{
    static const char *const words[] = {"password", "passwd", "token", "secret", "credential"};

    if (arg[0] != '-')
        return false;
    for (size_t i = 0; i < RP_COUNTOF(words); i++)
        if (rp__str_find_ci(arg, words[i]))
            return true;
    return false;
}

/* Appends arg quoted for a POSIX shell when it needs it. */
static int
put_shell_word(rp_buf *b, const char *arg)
{
    int err = RP_OK;

    if (*arg && strspn(arg, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
                            "_-./:=@%+,") == strlen(arg))
        return rp_buf_puts(b, arg);
    err |= rp_buf_putc(b, '\'');
    for (const char *p = arg; *p && !err; p++)
        err |= *p == '\'' ? rp_buf_puts(b, "'\\''") : rp_buf_putc(b, *p);
    err |= rp_buf_putc(b, '\'');
    return err ? RP_ENOMEM : RP_OK;
}

/* The command line and its arguments, with the values of secret options redacted. */
static int
set_command_line(json_t *inv, const rp_write_opts *opts)
{
    json_t *args = json_array();
    rp_buf cmd = RP_BUF_INIT;
    bool hide_next = false;
    int bad = 0;

    for (int i = 0; i < opts->argc && opts->argv && opts->argv[i]; i++) {
        const char *arg = opts->argv[i], *eq = strchr(arg, '=');
        rp_buf word = RP_BUF_INIT;

        if (hide_next)
            arg = "***";
        else if (eq && secret_option(arg) && rp_buf_printf(&word, "%.*s=***", (int)(eq - arg), arg))
            bad = -1;
        hide_next = !hide_next && !eq && secret_option(arg);
        if (word.ptr)
            arg = word.ptr;
        if (i > 0 && rp_buf_putc(&cmd, ' '))
            bad = -1;
        if (put_shell_word(&cmd, arg))
            bad = -1;
        if (i > 0)
            bad |= json_array_append_new(args, rp__write_jtext(arg));
        rp_buf_dispose(&word);
    }
    bad |= json_object_set_new(inv, "commandLine", rp__write_jtext(cmd.ptr));
    bad |= json_object_set_new(inv, "arguments", args);
    rp_buf_dispose(&cmd);
    return bad;
}

static json_t *
invocations_json(const sarif *s)
{
    json_t *a = json_array(), *inv = json_object(), *notes = json_array();
    const rp_report *r = s->r;
    bool ok = true;
    int bad = 0;

    for (size_t t = 0; t < r->ntargets; t++) {
        for (size_t e = 0; e < r->targets[t].nerrors; e++) {
            bad |= json_array_append_new(
                notes, notification_json(&r->targets[t], &r->targets[t].errors[e]));
            ok = false;
        }
    }
    bad |= json_object_set_new(inv, "executionSuccessful", json_boolean(ok));
    if (s->opts->argc > 0 && s->opts->argv)
        bad |= set_command_line(inv, s->opts);
    if (!ok)
        bad |= json_object_set_new(inv, "toolExecutionNotifications", notes);
    else
        json_decref(notes);
    bad |= json_array_append_new(a, inv);
    return rp__write_jdone(a, bad);
}

/* %SRCROOT% is the directory relative paths are relative to, as an absolute file:// URI. */
static json_t *
base_ids_json(const char *dir)
{
    json_t *o = json_object(), *root = json_object();
    rp_buf b = RP_BUF_INIT;
    int bad = 0;

    if (rp_buf_puts(&b, "file://") || uri_put_path(&b, dir) ||
        (b.ptr[b.len - 1] != '/' && rp_buf_putc(&b, '/')))
        bad = -1;
    bad |= json_object_set_new(root, "uri", json_string(b.ptr ? b.ptr : ""));
    bad |= json_object_set_new(o, SRCROOT, root);
    rp_buf_dispose(&b);
    return rp__write_jdone(o, bad);
}

static json_t *
run_json(const sarif *s)
{
    const rp_report *r = s->r;
    json_t *run = json_object(), *tool = json_object(), *results = json_array();
    int bad = 0;

    for (size_t i = 0; i < r->nfindings; i++) {
        const rp_finding *f = &r->findings[i];
        if (f->target < r->ntargets && rp__write_shown(f, s->opts))
            bad |= json_array_append_new(results, result_json(s, f));
    }
    bad |= json_object_set_new(tool, "driver", driver_json(s));
    bad |= json_object_set_new(run, "tool", tool);
    bad |= json_object_set_new(run, "invocations", invocations_json(s));
    if (s->opts->working_dir && s->opts->working_dir[0] == '/')
        bad |= json_object_set_new(run, "originalUriBaseIds", base_ids_json(s->opts->working_dir));
    bad |= json_object_set_new(run, "results", results);
    return rp__write_jdone(run, bad);
}

int
rp__write_sarif(FILE *out, const rp_report *r, const rp_write_opts *opts)
{
    sarif s = {r, opts, NULL, 0};
    json_t *doc = NULL, *runs;
    int err, bad = 0;

    if ((err = collect_rules(&s)))
        return err;
    doc = json_object();
    runs = json_array();
    bad |= json_array_append_new(runs, run_json(&s));
    bad |= json_object_set_new(doc, "$schema", json_string(SARIF_SCHEMA));
    bad |= json_object_set_new(doc, "version", json_string("2.1.0"));
    bad |= json_object_set_new(doc, "runs", runs);
    if (!(doc = rp__write_jdone(doc, bad)))
        err = RP_ENOMEM;
    else
        err = rp__write_jdump(out, doc);
    json_decref(doc);
    free(s.rules);
    return err;
}
