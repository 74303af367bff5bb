/* Fuzzes the Kubernetes object loader and every rule behind it, as `rampart k8s` drives them:
 * the input is loaded as one file, and again cut in two files at a byte it chooses (objects
 * then refer to each other across files: Services and their pods, Namespaces and their
 * workloads); each index is finished, every Kubernetes rule (the off-by-default ones too) runs
 * into a report with a target per file that holds objects, inline pragmas are applied and the
 * report is finalized. The last byte picks the Pod Security version. Any broken invariant of the
 * index or the report aborts. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "rampart/config.h"
#include "rampart/k8s.h"
#include "rampart/rampart.h"

#define CHECK(c)                                                                                   \
    do {                                                                                           \
        if (!(c))                                                                                  \
            abort();                                                                               \
    } while (0)

static rp_config cfg;

static void
setup(void)
{
    static bool done;
    rp_ctx ctx;

    if (done)
        return;
    done = true;
    CHECK(rp_config_init(&cfg) == 0);
    for (size_t i = 0; i < rp_rules_count(); i++) {
        const rp_rule *rule = rp_rules_at(i);
        if (rule->analyzer && strcmp(rule->analyzer, "kubernetes") == 0)
            CHECK(rp_config_rule_enable(&cfg, &ctx, rule->id, true) == 0);
    }
    /* small caps: the fuzzer should reach them, and quickly */
    cfg.limits.max_file_bytes = 1u << 20;
    cfg.limits.max_doc_depth = 64;
    cfg.limits.max_doc_nodes = 20000;
    cfg.limits.max_alias_nodes = 10000;
    cfg.limits.max_scalar_bytes = 64u << 10;
    cfg.limits.max_documents = 500;
    cfg.limits.max_k8s_objects = 300;
    cfg.limits.max_findings = 5000;
}

/* At least the number of lines libyaml counts: CR, LF, NEL (C2 85), LS and PS (E2 80 A8/A9). */
static size_t
count_lines(const char *p, size_t len)
{
    size_t n = 1;

    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)p[i];
        n += c == '\n' || c == '\r' || c == 0x85 || c == 0xA8 || c == 0xA9;
    }
    return n;
}

/* What the index promises its users: objects inside their file, workloads and containers
 * consistent, every id findable. */
static void
check_index(const rp_k8s_index *ix)
{
    for (size_t f = 0; f < ix->nfiles; f++) {
        const rp_k8s_file *file = &ix->files[f];
        CHECK(file->first <= file->end && file->end <= ix->nobjects);
        CHECK(f == 0 || ix->files[f - 1].end <= file->first);
    }
    for (size_t i = 0; i < ix->nobjects; i++) {
        const rp_k8s_object *o = &ix->objects[i];
        const rp_k8s_file *file = &ix->files[o->file];
        CHECK(o->file < ix->nfiles && i >= file->first && i < file->end);
        CHECK(o->kind && *o->kind && o->name && o->ns && o->id && o->node);
        CHECK(o->node->type == RP_NODE_MAP);
        CHECK(o->namespaced == rp_k8s_kind_namespaced(o->kind));
        CHECK(o->namespaced ? *o->ns != '\0' : strcmp(o->ns, "-") == 0);
        CHECK(o->line >= 1 && o->line <= count_lines(file->src, file->len));
        CHECK(rp_k8s_find(ix, o->kind, o->ns, o->name) != NULL || strlen(o->id) > 1000);
        if (o->workload != (size_t)-1) {
            const rp_k8s_workload *w = &ix->workloads[o->workload];
            CHECK(o->workload < ix->nworkloads && w->object == i);
        }
    }
    for (size_t i = 0; i < ix->nworkloads; i++) {
        const rp_k8s_workload *w = &ix->workloads[i];
        CHECK(w->spec && w->spec->type == RP_NODE_MAP && w->spec_field);
        CHECK(!w->pod_sc || w->pod_sc->type == RP_NODE_MAP);
        for (size_t k = 0; k < w->ncontainers; k++) {
            const rp_k8s_container *c = &w->containers[k];
            CHECK(c->node && c->node->type == RP_NODE_MAP && c->name && c->field);
            CHECK(k == 0 || w->containers[k - 1].type <= c->type);
            CHECK(!c->sc || c->sc->type == RP_NODE_MAP);
            CHECK(!c->eff.privileged.node || !c->eff.privileged.from_pod);
            CHECK(!c->eff.run_as_user.node || *c->eff.run_as_user.field);
        }
    }
}

static void
check_report(const rp_report *r, const char *const *paths, const size_t *lines, size_t nfiles)
{
    for (size_t i = 0; i < r->nfindings; i++) {
        const rp_finding *f = &r->findings[i];
        size_t p = 0;
        CHECK(f->rule && f->message && f->target < r->ntargets);
        CHECK(f->loc.object && f->loc.field && f->loc.path);
        while (p < nfiles && strcmp(paths[p], f->loc.path) != 0)
            p++;
        CHECK(p < nfiles);
        CHECK(f->loc.line >= 1 && f->loc.line <= lines[p]);
    }
}

/* Loads parts[0..n) as files of one scan and runs the analyzer, as rp__scan_k8s does. */
static void
scan(const char *const *parts, const size_t *lens, size_t n)
{
    static const char *const paths[] = {"a.yaml", "b.yaml"};
    size_t lines[2];
    rp_k8s_index *ix = NULL;
    rp_report *r = NULL;
    rp_ctx ctx;
    int err = 0;

    CHECK(rp_k8s_index_new(&ix) == 0 && rp_report_new(&r) == 0);
    for (size_t i = 0; i < n; i++) {
        rp_k8s_content what;
        size_t before = ix->nfiles, objects = ix->nobjects;
        rp_ctx_clear(&ctx);
        lines[i] = count_lines(parts[i], lens[i]);
        err = rp_k8s_index_add(ix, &what, &ctx, paths[i], parts[i], lens[i], &cfg.limits);
        if (err) {
            /* the file is not added; the scanner reports it, skips a file that does not
             * parse and stops loading at a limit, then analyses what it has */
            CHECK((err == RP_EPARSE || err == RP_ELIMIT) && ctx.code == err && ctx.msg[0]);
            CHECK(ix->nfiles == before && ix->nobjects == objects);
            if (err == RP_ELIMIT)
                break;
            continue;
        }
        CHECK(what <= RP_K8S_EMPTY);
        CHECK((what == RP_K8S_OBJECTS) ==
              (ix->nfiles > before &&
               ix->files[ix->nfiles - 1].end > ix->files[ix->nfiles - 1].first));
        if (what == RP_K8S_OBJECTS) {
            rp_k8s_file *f = &ix->files[ix->nfiles - 1];
            CHECK(rp_report_add_target(&f->target, r, paths[i], "kubernetes") == 0);
            CHECK(rp_k8s_target_rules(r, f->target, &cfg) == 0);
        }
    }
    CHECK(rp_k8s_index_finish(ix) == 0);
    check_index(ix);
    for (size_t f = 0; f < ix->nfiles; f++)
        if (ix->files[f].target == (size_t)-1 && r->ntargets)
            ix->files[f].target = 0;
    err = rp_k8s_analyze(r, ix, &cfg);
    CHECK(err == 0 || err == RP_ELIMIT);
    for (size_t f = 0; f < ix->nfiles; f++)
        if (ix->files[f].end > ix->files[f].first)
            CHECK(rp_suppress_inline(r, 0, ix->files[f].path, ix->files[f].src, ix->files[f].len) ==
                  0);
    check_report(r, paths, lines, n);
    rp_report_finalize(r);
    rp_k8s_index_free(ix);
    rp_report_free(r);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *parts[2];
    size_t lens[2], cut;
    unsigned last = size ? data[size - 1] : 0;

    setup();
    /* the last byte: latest, or a version between v1.19 and v1.38 */
    cfg.pss_version = last < 128 ? RP_PSS_LATEST : 119 + last % 20;
    parts[0] = (const char *)data;
    lens[0] = size;
    scan(parts, lens, 1);
    if (size < 2)
        return 0;
    /* the first byte picks the cut, so the fuzzer can move it */
    cut = 1 + (size_t)data[0] * (size - 1) / 256;
    parts[1] = (const char *)data + cut;
    lens[0] = cut;
    lens[1] = size - cut;
    scan(parts, lens, 2);
    return 0;
}
