/* Kubernetes inputs in a scan: workers read and parse them; then one index holds every object
 * of every file (objects refer to each other across files), each file with objects becomes a
 * target, and the analyzer runs once. */
#include <stdlib.h>
#include <string.h>

#include "core/util.h"
#include "rampart/buf.h"
#include "rampart/k8s.h"
#include "scan/scan_internal.h"

/* A walked file that merely happens to be YAML: problems with it are no one's business
 * unless it looks like a manifest. */
static bool
looks_like_manifest(const char *buf, size_t len)
{
    bool api = false, kind = false;

    for (size_t i = 0; i < len && !(api && kind); i++) {
        if (buf[i] != 'a' && buf[i] != 'k')
            continue;
        /* whole words only: a file cut short after "apiVer" is not evidence */
        api |= len - i >= 10 && memcmp(buf + i, "apiVersion", 10) == 0;
        kind |= len - i >= 4 && memcmp(buf + i, "kind", 4) == 0;
    }
    return api && kind;
}

static bool
looks_templated(const char *buf, size_t len)
{
    for (size_t i = 0; i + 1 < len; i++)
        if (buf[i] == '{' && buf[i + 1] == '{')
            return true;
    return false;
}

int
rp__k8s_prepare(rp__k8s_input *in, const char *path, const char *display, bool named,
                const rp_scan_opts *o)
{
    rp_buf b = RP_BUF_INIT;
    int err;

    memset(in, 0, sizeof(*in));
    in->path = path;
    in->display = display;
    in->named = named;
    in->read = true;
    rp_ctx_clear(&in->ctx);
    if ((err = rp_buf_read_file(&b, &in->ctx, path, o->cfg->limits.max_file_bytes))) {
        rp_buf_dispose(&b);
        snprintf(in->ctx.path, sizeof(in->ctx.path), "%s", display);
        in->err = err;
        return err == RP_ENOMEM ? err : RP_OK;
    }
    in->len = b.len;
    in->text = rp_buf_detach(&b);
    return rp__k8s_parse(in, o);
}

int
rp__k8s_parse(rp__k8s_input *in, const rp_scan_opts *o)
{
    /* kubectl of old kept the last of duplicate keys; rampart does too, and reports them */
    int err = rp_doc_parse(&in->docs, &in->ctx, in->display, in->text, in->len,
                           &o->cfg->limits, RP_DOC_ALLOW_DUP_KEYS);

    in->read = true;
    if (err == RP_ENOMEM)
        return err;
    in->err = err;
    return RP_OK;
}

void
rp__k8s_input_dispose(rp__k8s_input *in)
{
    free(in->text);
    rp_docset_free(in->docs);
    memset(in, 0, sizeof(*in));
}

/* An input whose parse failed: an error for a manifest, a note for a template, silence for
 * other YAML that was only walked past. */
static int
failed_input(rp_report *r, rp__k8s_input *in)
{
    size_t t;
    int err;

    if (in->err == RP_EPARSE && looks_templated(in->text, in->len)) {
        return rp_report_add_warning(r, "%s: a template (it holds {{ }}): render it first, e.g. "
                                        "`helm template . | rampart k8s -`", in->display);
    }
    if (!in->named && in->err == RP_EPARSE && !looks_like_manifest(in->text, in->len))
        return RP_OK;
    rp_log_ctx(RP_LOG_ERROR, &in->ctx);
    if ((err = rp_report_add_target(&t, r, in->display, "kubernetes")))
        return err;
    return rp_report_add_error_ctx(r, t, &in->ctx);
}

int
rp__scan_k8s(rp_report *r, rp__k8s_input **inputs, size_t n, const rp_scan_opts *o)
{
    rp_k8s_index *ix = NULL;
    size_t first = r->nfindings;
    int err;

    if ((err = rp_k8s_index_new(&ix)))
        return err;
    for (size_t i = 0; i < n && !err; i++) {
        rp__k8s_input *in = inputs[i];
        rp_k8s_content what;
        rp_ctx ctx;

        if (!in->read)
            continue;
        if (in->err) {
            err = failed_input(r, in);
            continue;
        }
        rp_ctx_clear(&ctx);
        err = rp_k8s_index_add_docs(ix, &what, &ctx, in->display, in->text, in->len, in->docs,
                                    &o->cfg->limits);
        in->docs = NULL; /* the index owns them now */
        if (err == RP_ELIMIT) {
            size_t t;
            rp_log_ctx(RP_LOG_ERROR, &ctx);
            if (!(err = rp_report_add_target(&t, r, in->display, "kubernetes")))
                err = rp_report_add_error_ctx(r, t, &ctx);
            break;
        }
        if (err)
            break;
        if (what == RP_K8S_OBJECTS) {
            rp_k8s_file *f = &ix->files[ix->nfiles - 1];
            if (!(err = rp_report_add_target(&f->target, r, in->display, "kubernetes")))
                err = rp_k8s_target_rules(r, f->target, o->cfg);
        } else if (in->named) {
            err = rp_report_add_warning(r, "%s: no Kubernetes object in it", in->display);
        }
    }
    if (!err)
        err = rp_k8s_index_finish(ix);
    /* files without objects have no target: give their (empty) emitters a harmless one */
    for (size_t f = 0; !err && f < ix->nfiles; f++)
        if (ix->files[f].target == (size_t)-1 && r->ntargets)
            ix->files[f].target = 0;
    if (!err)
        err = rp_k8s_analyze(r, ix, o->cfg);
    for (size_t f = 0; !err && o->cfg->inline_ignores && f < ix->nfiles; f++)
        if (ix->files[f].end > ix->files[f].first)
            err = rp_suppress_inline(r, first, ix->files[f].path, ix->files[f].src,
                                     ix->files[f].len);
    rp_k8s_index_free(ix);
    return err;
}
