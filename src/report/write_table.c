/* The table writer: the report for people at a terminal. */
#include <stdlib.h>
#include <string.h>

#include "core/util.h"
#include "report/writers.h"

#define LOC_MIN 5    /* "12:1 " and the like line up */
#define LOC_MAX 24   /* longer locations get a line of their own */
#define TITLE_MAX 56 /* refs line up after titles up to this long */
#define SNIPPET_LINES 8

typedef struct table {
    rp__sink out;
    const rp_report *r;
    const rp_write_opts *opts;
    rp_buf tmp; /* scratch for text made safe for a terminal */
    rp_buf loc; /* scratch for a location */
    int err;    /* RP_ENOMEM */
} table;

/* The widths of one target's columns. */
typedef struct widths {
    size_t loc, id, title;
} widths;

static const char *const sev_upper[RP_SEV_COUNT] = {"INFO", "LOW", "MEDIUM", "HIGH", "CRITICAL"};
static const char *const sev_color[RP_SEV_COUNT] = {"\033[2m", "\033[34m", "\033[33m", "\033[31m",
                                                    "\033[1;91m"};

/* Appends one line of s to b with everything a terminal would act on made visible: control
 * bytes and C1 controls as escapes, invalid UTF-8 as \xNN; a tab becomes a space. Returns the
 * number of columns it takes (code points: good enough for alignment). */
static size_t
term_clean(table *t, rp_buf *b, const char *s, size_t len)
{
    size_t cols = 0, i = 0;
    int err = RP_OK;

    while (i < len && !err) {
        unsigned char c = (unsigned char)s[i];
        size_t n, run = i;
        char esc[8];

        /* printable ASCII, nearly all of it, goes out in runs */
        while (run < len && (unsigned char)s[run] >= 0x20 && (unsigned char)s[run] < 0x7f)
            run++;
        if (run > i) {
            err = rp_buf_put(b, s + i, run - i);
            cols += run - i;
            i = run;
            continue;
        }
        n = rp__write_utf8_seq(s + i, len - i);

        if (c == '\t') {
            err = rp_buf_putc(b, ' ');
            cols++;
        } else if (n == 0 || c < 0x20 || c == 0x7f) {
            snprintf(esc, sizeof(esc), "\\x%02x", c);
            err = rp_buf_puts(b, esc);
            cols += 4;
            n = 1;
        } else if (n == 2 && c == 0xc2 && (unsigned char)s[i + 1] < 0xa0) {
            snprintf(esc, sizeof(esc), "\\u%04x", (unsigned char)s[i + 1]);
            err = rp_buf_puts(b, esc);
            cols += 6;
        } else {
            err = rp_buf_put(b, s + i, n);
            cols++;
        }
        i += n ? n : 1;
    }
    if (err)
        t->err = err;
    return cols;
}

static size_t
text_width(table *t, const char *s)
{
    size_t w;

    rp_buf_clear(&t->tmp);
    w = term_clean(t, &t->tmp, s, strlen(s));
    return w;
}

/* Prints s made safe, then pads it to width columns. */
static void
put_cell(table *t, const char *s, size_t width)
{
    size_t w;

    rp_buf_clear(&t->tmp);
    w = term_clean(t, &t->tmp, s, strlen(s));
    rp__sink_put(&t->out, t->tmp.ptr ? t->tmp.ptr : "", t->tmp.len);
    for (; w < width; w++)
        rp__sink_put(&t->out, " ", 1);
}

/* Prints each line of s, the first after first and the others after rest; at most max lines
 * (0: all), then says how many it left out. */
static void
put_lines(table *t, const char *first, const char *rest, const char *s, size_t max)
{
    size_t nlines = 0;

    while (s && *s) {
        size_t len = strcspn(s, "\n");

        if (max && nlines == max) {
            size_t left = 0;
            for (const char *p = s; p && *p; p = strchr(p, '\n'), p = p ? p + 1 : NULL)
                left++;
            rp__sink_printf(&t->out, "%s(%zu more line%s)\n", rest, left, left == 1 ? "" : "s");
            return;
        }
        if (len && s[len - 1] == '\r')
            len--;
        rp_buf_clear(&t->tmp);
        term_clean(t, &t->tmp, s, len);
        rp__sink_printf(&t->out, "%s%s\n", nlines ? rest : first, t->tmp.ptr ? t->tmp.ptr : "");
        nlines++;
        s += strcspn(s, "\n");
        if (*s)
            s++;
    }
}

/* The location column: line:column (object, field, layer and file go on a line below). */
static const char *
location_text(table *t, const rp_finding *f)
{
    const rp_location *l = &f->loc;
    int err = RP_OK;

    rp_buf_clear(&t->loc);
    if (l->line && l->column)
        err = rp_buf_printf(&t->loc, "%u:%u", l->line, l->column);
    else if (l->line)
        err = rp_buf_printf(&t->loc, "%u", l->line);
    else
        err = rp_buf_puts(&t->loc, "-");
    if (err)
        t->err = err;
    return t->loc.ptr ? t->loc.ptr : "";
}

/* "Deployment/prod/web: spec.template.spec.containers[0].securityContext", or
 * "usr/bin/sudo @ sha256:0123456789ab", or NULL. */
static const char *
where_text(table *t, const rp_finding *f)
{
    const rp_location *l = &f->loc;
    int err = RP_OK;

    rp_buf_clear(&t->loc);
    if ((l->object && *l->object) || (l->field && *l->field)) {
        err = rp_buf_printf(&t->loc, "%s%s%s", l->object ? l->object : "",
                            l->object && *l->object && l->field && *l->field ? ": " : "",
                            l->field ? l->field : "");
    } else if ((l->layer && *l->layer) || (l->file && *l->file)) {
        /* a digest prefix is enough for people; json and sarif carry all of it */
        err = rp_buf_printf(&t->loc, "%s%s%.19s", l->file ? l->file : "",
                            l->file && l->layer ? " @ " : "", l->layer ? l->layer : "");
    } else {
        return NULL;
    }
    if (err)
        t->err = err;
    return t->loc.ptr;
}

static widths
measure(table *t, const size_t *idx, size_t n)
{
    widths w = {LOC_MIN, 0, 0};

    for (size_t k = 0; k < n; k++) {
        const rp_finding *f = &t->r->findings[idx[k]];
        size_t lw, tw;

        if (!rp__write_shown(f, t->opts))
            continue;
        lw = text_width(t, location_text(t, f));
        if (lw <= LOC_MAX && lw > w.loc)
            w.loc = lw;
        if (strlen(f->rule->id) > w.id)
            w.id = strlen(f->rule->id);
        tw = text_width(t, f->rule->title);
        if (tw <= TITLE_MAX && tw > w.title)
            w.title = tw;
    }
    return w;
}

static void
put_refs(table *t, const rp_rule *rule)
{
    if (!rule->refs[0])
        return;
    rp__sink_puts(&t->out, "  [");
    for (size_t i = 0; i < RP_RULE_MAX_REFS && rule->refs[i]; i++) {
        if (i)
            rp__sink_puts(&t->out, " ");
        put_cell(t, rule->refs[i], 0);
    }
    rp__sink_puts(&t->out, "]");
}

static void
put_suppressed(table *t, const rp_finding *f)
{
    if (f->suppressed == RP_SUPPRESS_NONE)
        return;
    rp__sink_printf(&t->out, "  [suppressed: %s", rp_suppress_kind_name(f->suppressed));
    if (f->suppress_reason && *f->suppress_reason) {
        rp__sink_puts(&t->out, ": ");
        put_cell(t, f->suppress_reason, 0);
    }
    rp__sink_puts(&t->out, "]");
}

static void
put_severity(table *t, rp_severity sev)
{
    const char *name = (unsigned)sev < RP_SEV_COUNT ? sev_upper[sev] : "?";

    if (t->opts->color && (unsigned)sev < RP_SEV_COUNT)
        rp__sink_printf(&t->out, "%s%s\033[0m%*s", sev_color[sev], name, (int)(10 - strlen(name)),
                        "");
    else
        rp__sink_printf(&t->out, "%-10s", name);
}

static void
put_finding(table *t, const rp_finding *f, const widths *w)
{
    const rp_rule *rule = f->rule;
    const char *loc = location_text(t, f);
    char indent[LOC_MAX + 8], fix[LOC_MAX + 16], fix_rest[LOC_MAX + 16];
    size_t tw;

    /* continuation lines start under the severity */
    snprintf(indent, sizeof(indent), "%*s", (int)(w->loc + 4), "");
    snprintf(fix, sizeof(fix), "%sfix: ", indent);
    snprintf(fix_rest, sizeof(fix_rest), "%s     ", indent);
    if (text_width(t, loc) > w->loc) {
        /* too wide for the column: on a line of its own, above */
        rp__sink_puts(&t->out, "  ");
        put_cell(t, loc, 0);
        rp__sink_puts(&t->out, "\n  ");
        put_cell(t, "", w->loc + 2);
    } else {
        rp__sink_puts(&t->out, "  ");
        put_cell(t, loc, w->loc + 2);
    }
    put_severity(t, f->severity);
    put_cell(t, rule->id, w->id + 2);
    tw = text_width(t, rule->title);
    put_cell(t, rule->title, rule->refs[0] && tw < w->title ? w->title : 0);
    put_refs(t, rule);
    put_suppressed(t, f);
    rp__sink_puts(&t->out, "\n");
    put_lines(t, indent, indent, where_text(t, f), 0);
    put_lines(t, indent, indent, f->snippet, SNIPPET_LINES);
    if (f->message && strcmp(f->message, rule->title) != 0)
        put_lines(t, indent, indent, f->message, 0);
    if (rule->remediation && *rule->remediation)
        put_lines(t, fix, fix_rest, rule->remediation, 0);
}

static void
put_error(table *t, const rp_target_error *e)
{
    rp__sink_puts(&t->out, "  error: ");
    put_cell(t, e->path ? e->path : "", 0);
    if (e->line)
        rp__sink_printf(&t->out, ":%u", e->line);
    if (e->line && e->column)
        rp__sink_printf(&t->out, ":%u", e->column);
    rp__sink_puts(&t->out, ": ");
    put_lines(t, "", "    ", e->message && *e->message ? e->message : rp_strerror(e->code), 0);
}

static size_t
count_shown(table *t, const size_t *idx, size_t n)
{
    size_t shown = 0;

    for (size_t k = 0; k < n; k++)
        shown += rp__write_shown(&t->r->findings[idx[k]], t->opts);
    return shown;
}

static const char *
skip_dot_slash(const char *p)
{
    while (p[0] == '.' && p[1] == '/')
        p += 2;
    return p;
}

static bool
same_path(const char *a, const char *b)
{
    return strcmp(skip_dot_slash(a), skip_dot_slash(b)) == 0;
}

/* One target: its header, its errors and its findings; nothing when it has none. */
static bool
put_target(table *t, size_t ti, const size_t *idx, size_t n)
{
    const rp_target *tg = &t->r->targets[ti];
    const char *path = NULL;
    widths w;

    if (!tg->nerrors && !count_shown(t, idx, n))
        return false;
    put_cell(t, tg->name, 0);
    rp__sink_puts(&t->out, " (");
    put_cell(t, tg->kind ? tg->kind : "", 0);
    rp__sink_puts(&t->out, ")\n");
    for (size_t e = 0; e < tg->nerrors; e++)
        put_error(t, &tg->errors[e]);
    w = measure(t, idx, n);
    for (size_t k = 0; k < n; k++) {
        const rp_finding *f = &t->r->findings[idx[k]];

        if (!rp__write_shown(f, t->opts))
            continue;
        /* a directory target: say which file the next findings are in */
        if (f->loc.path && !same_path(f->loc.path, tg->name) &&
            (!path || strcmp(path, f->loc.path) != 0)) {
            rp__sink_puts(&t->out, "  in ");
            put_cell(t, f->loc.path, 0);
            rp__sink_puts(&t->out, "\n");
        }
        path = f->loc.path;
        put_finding(t, f, &w);
    }
    return true;
}

static void
put_summary(table *t)
{
    const rp_report *r = t->r;
    size_t total = 0;

    for (int s = 0; s < RP_SEV_COUNT; s++)
        total += r->counts[s];
    rp__sink_printf(&t->out,
                    "Summary: %zu finding%s (%zu critical, %zu high, %zu medium, %zu low, "
                    "%zu info) in %zu target%s; %zu suppressed; %zu error%s\n",
                    total, total == 1 ? "" : "s", r->counts[RP_SEV_CRITICAL],
                    r->counts[RP_SEV_HIGH], r->counts[RP_SEV_MEDIUM], r->counts[RP_SEV_LOW],
                    r->counts[RP_SEV_INFO], r->ntargets, r->ntargets == 1 ? "" : "s",
                    r->nsuppressed, r->nerrors, r->nerrors == 1 ? "" : "s");
}

int
rp__write_table(FILE *out, const rp_report *r, const rp_write_opts *opts)
{
    table t = {{out, 0}, r, opts, RP_BUF_INIT, RP_BUF_INIT, 0};
    size_t *idx = NULL, *first = NULL;
    bool any = false;
    int err;

    if ((err = rp__write_by_target(&idx, &first, r)))
        return err;
    for (size_t ti = 0; ti < r->ntargets; ti++) {
        if (any &&
            (r->targets[ti].nerrors || count_shown(&t, idx + first[ti], first[ti + 1] - first[ti])))
            rp__sink_puts(&t.out, "\n");
        any |= put_target(&t, ti, idx + first[ti], first[ti + 1] - first[ti]);
    }
    if (!any)
        rp__sink_puts(&t.out, "No findings.\n");
    if (r->nwarnings)
        rp__sink_puts(&t.out, "\n");
    for (size_t i = 0; i < r->nwarnings; i++)
        put_lines(&t, "warning: ", "         ", r->warnings[i], 0);
    rp__sink_puts(&t.out, "\n");
    put_summary(&t);
    err = rp__sink_end(&t.out);
    free(idx);
    free(first);
    rp_buf_dispose(&t.tmp);
    rp_buf_dispose(&t.loc);
    return t.err ? t.err : err;
}
