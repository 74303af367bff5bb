/* rp_report_write: picks a writer; and the helpers the writers share. */
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/util.h"
#include "report/writers.h"

static const char *const format_names[] = {"table", "json", "sarif", "junit"};

int
rp_format_parse(rp_format *out, const char *s)
{
    for (size_t i = 0; s && i < RP_COUNTOF(format_names); i++) {
        if (strcasecmp(s, format_names[i]) == 0) {
            *out = (rp_format)i;
            return RP_OK;
        }
    }
    return RP_EINVAL;
}

const char *
rp_format_name(rp_format f)
{
    return (unsigned)f < RP_COUNTOF(format_names) ? format_names[f] : "unknown";
}

int
rp_report_write(FILE *out, const rp_report *r, rp_format fmt, const rp_write_opts *opts,
                rp_ctx *ctx)
{
    static const rp_write_opts defaults;
    int err;

    if (!opts)
        opts = &defaults;
    errno = 0;
    switch (fmt) {
    case RP_FMT_TABLE:
        err = rp__write_table(out, r, opts);
        break;
    case RP_FMT_JSON:
        err = rp__write_json(out, r, opts);
        break;
    case RP_FMT_SARIF:
        err = rp__write_sarif(out, r, opts);
        break;
    case RP_FMT_JUNIT:
        err = rp__write_junit(out, r, opts);
        break;
    default:
        return rp_ctx_set(ctx, RP_EINVAL, NULL, 0, 0, "unknown output format %d", (int)fmt);
    }
    if (err == RP_EIO)
        return rp_ctx_set(ctx, err, NULL, 0, 0, "cannot write the %s report: %s",
                          rp_format_name(fmt), errno ? strerror(errno) : "write failed");
    if (err)
        return rp_ctx_set(ctx, err, NULL, 0, 0, "cannot write the %s report: %s",
                          rp_format_name(fmt), rp_strerror(err));
    return RP_OK;
}

bool
rp__write_shown(const rp_finding *f, const rp_write_opts *opts)
{
    return f->suppressed == RP_SUPPRESS_NONE || opts->show_suppressed;
}

int
rp__write_by_target(size_t **idx, size_t **first, const rp_report *r)
{
    size_t *fill, *start, *order;

    *idx = NULL;
    *first = NULL;
    start = calloc(r->ntargets + 1, sizeof(*start));
    fill = calloc(r->ntargets + 1, sizeof(*fill));
    order = calloc(r->nfindings ? r->nfindings : 1, sizeof(*order));
    if (!start || !fill || !order) {
        free(start);
        free(fill);
        free(order);
        return RP_ENOMEM;
    }
    /* a counting sort: stable, so each target keeps the report's order */
    for (size_t i = 0; i < r->nfindings; i++)
        if (r->findings[i].target < r->ntargets)
            start[r->findings[i].target + 1]++;
    for (size_t t = 0; t < r->ntargets; t++)
        start[t + 1] += start[t];
    memcpy(fill, start, (r->ntargets + 1) * sizeof(*fill));
    for (size_t i = 0; i < r->nfindings; i++)
        if (r->findings[i].target < r->ntargets)
            order[fill[r->findings[i].target]++] = i;
    free(fill);
    *idx = order;
    *first = start;
    return RP_OK;
}

size_t
rp__write_utf8_seq(const char *p, size_t len)
{
    unsigned char c = (unsigned char)p[0];
    size_t n;

    if (c < 0x80)
        return c ? 1 : 0;
    if ((c & 0xe0) == 0xc0)
        n = 2;
    else if ((c & 0xf0) == 0xe0)
        n = 3;
    else if ((c & 0xf8) == 0xf0)
        n = 4;
    else
        return 0;
    return n <= len && rp__utf8_valid(p, n) ? n : 0;
}

int
rp__write_utf8_put(rp_buf *b, const char *s)
{
    size_t len = s ? strlen(s) : 0, i = 0;
    int err = RP_OK;

    while (i < len && !err) {
        size_t n = rp__write_utf8_seq(s + i, len - i);

        if (n) {
            err = rp_buf_put(b, s + i, n);
            i += n;
        } else {
            err = rp_buf_puts(b, "\xef\xbf\xbd"); /* U+FFFD */
            i++;
        }
    }
    return err;
}

json_t *
rp__write_jtext(const char *s)
{
    rp_buf b = RP_BUF_INIT;
    json_t *j;

    if (!s)
        return json_string("");
    if (rp__utf8_valid(s, strlen(s)))
        return json_stringn(s, strlen(s));
    if (rp__write_utf8_put(&b, s)) {
        rp_buf_dispose(&b);
        return NULL;
    }
    j = json_stringn(b.ptr ? b.ptr : "", b.len);
    rp_buf_dispose(&b);
    return j;
}

json_t *
rp__write_jdone(json_t *o, int bad)
{
    if (!bad)
        return o;
    json_decref(o);
    return NULL;
}

int
rp__write_jdump(FILE *out, const json_t *doc)
{
    if (json_dumpf(doc, out, JSON_INDENT(2) | JSON_PRESERVE_ORDER) != 0)
        return RP_EIO;
    if (fputc('\n', out) == EOF || fflush(out) != 0 || ferror(out))
        return RP_EIO;
    return RP_OK;
}

void
rp__sink_put(rp__sink *s, const char *p, size_t len)
{
    if (!s->err && len && fwrite(p, 1, len, s->f) != len)
        s->err = RP_EIO;
}

void
rp__sink_puts(rp__sink *s, const char *str)
{
    rp__sink_put(s, str, strlen(str));
}

void
rp__sink_printf(rp__sink *s, const char *fmt, ...)
{
    va_list ap;

    if (s->err)
        return;
    va_start(ap, fmt);
    if (vfprintf(s->f, fmt, ap) < 0)
        s->err = RP_EIO;
    va_end(ap);
}

int
rp__sink_end(rp__sink *s)
{
    if (fflush(s->f) != 0 || ferror(s->f))
        s->err = RP_EIO;
    return s->err;
}
