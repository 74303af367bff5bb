/* Walking the named paths: directories recursively in name order, skip patterns, symlinks
 * never leaving the root; then the files are scanned in parallel, one report each, merged
 * in walk order so that output does not depend on timing. */
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "core/util.h"
#include "rampart/buf.h"
#include "rampart/compose.h"
#include "rampart/scan.h"
#include "scan/scan_internal.h"

typedef struct job {
    char *path;    /* to open */
    char *display; /* to show */
    const char *kind;
    bool named;    /* named on the command line (not found by walking) */
    rp_report *report;
    rp__k8s_input k8s; /* Kubernetes inputs are parsed by the workers, analysed together */
    int err;
} job;

typedef struct walker {
    const rp_scan_opts *o;
    rp_report *r;      /* for warnings and errors found while walking */
    job *jobs;
    size_t njobs;
    size_t cap;
    char root_real[PATH_MAX];
    int err;
} walker;

static int
add_job(walker *w, const char *path, const char *display, const char *kind, bool named)
{
    job *j;

    if (w->njobs >= w->o->cfg->limits.max_files) {
        rp_report_add_warning(w->r, "stopped after %zu files (the max_files limit)",
                              w->o->cfg->limits.max_files);
        return RP_ELIMIT;
    }
    if (w->njobs == w->cap) {
        size_t ncap = w->cap ? w->cap * 2 : 64;
        if (!(j = realloc(w->jobs, ncap * sizeof(*j))))
            return RP_ENOMEM;
        w->jobs = j;
        w->cap = ncap;
    }
    j = &w->jobs[w->njobs];
    memset(j, 0, sizeof(*j));
    j->path = strdup(path);
    j->display = strdup(display);
    j->kind = kind;
    j->named = named;
    if (!j->path || !j->display) {
        free(j->path);
        free(j->display);
        return RP_ENOMEM;
    }
    w->njobs++;
    return RP_OK;
}

static bool
skipped(const rp_config *cfg, const char *rel, bool is_dir)
{
    const char **pats = is_dir ? cfg->skip_dirs : cfg->skip_files;
    size_t n = is_dir ? cfg->nskip_dirs : cfg->nskip_files;

    for (size_t i = 0; i < n; i++)
        if (rp_glob_match(pats[i], rel, is_dir))
            return true;
    return false;
}

static int
cmp_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* True when the symlink at path resolves inside the root. */
static bool
inside_root(walker *w, const char *path)
{
    char real[PATH_MAX];
    size_t n = strlen(w->root_real);

    if (!realpath(path, real))
        return false;
    return strncmp(real, w->root_real, n) == 0 && (real[n] == '/' || real[n] == '\0' ||
                                                  (n == 1 && w->root_real[0] == '/'));
}

static int walk_dir(walker *w, const char *path, const char *rel, unsigned depth);

/* True when a scan in this mode runs the analyzer of kind. */
static bool
mode_takes(rp_scan_mode mode, const char *kind)
{
    switch (mode) {
    case RP_SCAN_DOCKERFILE: return strcmp(kind, "dockerfile") == 0;
    case RP_SCAN_K8S: return strcmp(kind, "kubernetes") == 0;
    case RP_SCAN_COMPOSE: return strcmp(kind, "compose") == 0;
    default: return true;
    }
}

/* What a file named on the command line is: what the command says, else its name's kind. */
static const char *
named_kind(rp_scan_mode mode, const char *path)
{
    switch (mode) {
    case RP_SCAN_DOCKERFILE: return "dockerfile";
    case RP_SCAN_K8S: return "kubernetes";
    case RP_SCAN_COMPOSE: return "compose";
    default: return rp_scan_detect(path);
    }
}

static int
visit(walker *w, const char *path, const char *rel, unsigned depth)
{
    struct stat st;
    const char *kind;

    if (lstat(path, &st) != 0)
        return RP_OK; /* vanished while walking */
    if (S_ISLNK(st.st_mode)) {
        /* a link is followed only to a file inside the root; never to a directory */
        if (!inside_root(w, path) || stat(path, &st) != 0 || !S_ISREG(st.st_mode)) {
            rp_log(RP_LOG_DEBUG, "%s: symlink not followed", path);
            return RP_OK;
        }
    }
    if (S_ISDIR(st.st_mode)) {
        if (skipped(w->o->cfg, rel, true))
            return RP_OK;
        return walk_dir(w, path, rel, depth + 1);
    }
    if (!S_ISREG(st.st_mode) || skipped(w->o->cfg, rel, false))
        return RP_OK;
    if (!(kind = rp_scan_detect(path)) || !mode_takes(w->o->mode, kind))
        return RP_OK;
    return add_job(w, path, path, kind, false);
}

static int
walk_dir(walker *w, const char *path, const char *rel, unsigned depth)
{
    DIR *d;
    struct dirent *e;
    char **names = NULL;
    size_t n = 0, cap = 0;
    int err = RP_OK;

    if (depth > w->o->cfg->limits.max_dir_depth) {
        rp_report_add_warning(w->r, "%s: deeper than %u directories; not scanned", path,
                              w->o->cfg->limits.max_dir_depth);
        return RP_OK;
    }
    if (!(d = opendir(path))) {
        rp_report_add_warning(w->r, "%s: cannot open directory: %s", path, strerror(errno));
        return RP_OK;
    }
    while ((e = readdir(d))) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
            continue;
        if (n == cap) {
            char **p;
            cap = cap ? cap * 2 : 32;
            if (!(p = realloc(names, cap * sizeof(*names)))) {
                err = RP_ENOMEM;
                goto out;
            }
            names = p;
        }
        if (!(names[n] = strdup(e->d_name))) {
            err = RP_ENOMEM;
            goto out;
        }
        n++;
    }
    if (n) /* qsort(NULL, 0, ...) is undefined */
        qsort(names, n, sizeof(*names), cmp_names);
    for (size_t i = 0; i < n && !err; i++) {
        char child[PATH_MAX], crel[PATH_MAX];
        bool slash = path[0] && path[strlen(path) - 1] == '/';
        if (snprintf(child, sizeof(child), "%s%s%s", path, slash ? "" : "/", names[i]) >=
                (int)sizeof(child) ||
            snprintf(crel, sizeof(crel), "%s%s%s", rel, *rel ? "/" : "", names[i]) >=
                (int)sizeof(crel)) {
            rp_report_add_warning(w->r, "%s/%s: path too long; skipped", path, names[i]);
            continue;
        }
        err = visit(w, child, crel, depth);
    }
out:
    for (size_t i = 0; i < n; i++)
        free(names[i]);
    free(names);
    closedir(d);
    return err;
}

/* One named path: a file (scanned whatever its name in Dockerfile mode), a directory, or "-". */
static int
walk_root(walker *w, const char *path)
{
    struct stat st;
    const char *kind;

    if (strcmp(path, "-") == 0)
        return add_job(w, "-", "-", w->o->mode == RP_SCAN_ALL ? "auto" : named_kind(w->o->mode, path),
                       true);
    if (stat(path, &st) != 0) {
        size_t t;
        int err = rp_report_add_target(&t, w->r, path, "unknown");
        if (!err)
            err = rp_report_add_error(w->r, t, RP_EIO, path, 0, 0, "cannot open: %s",
                                      strerror(errno));
        rp_log(RP_LOG_ERROR, "%s: cannot open: %s", path, strerror(errno));
        return err;
    }
    if (S_ISDIR(st.st_mode)) {
        if (!realpath(path, w->root_real))
            snprintf(w->root_real, sizeof(w->root_real), "%s", path);
        return walk_dir(w, path, "", 0);
    }
    if (!(kind = named_kind(w->o->mode, path))) {
        rp_report_add_warning(w->r, "%s: no analyzer recognises this file; skipped", path);
        return RP_OK;
    }
    return add_job(w, path, path, kind, true);
}

/* stdin in a plain scan: a Dockerfile, a compose file, or else manifests. */
static int
sniff_stdin(job *j, const rp_scan_opts *o)
{
    rp_buf b = RP_BUF_INIT;
    rp_ctx ctx;
    int err;

    rp_ctx_clear(&ctx);
    if ((err = rp_report_new(&j->report)))
        return err;
    if ((err = rp_buf_read_file(&b, &ctx, "-", o->cfg->limits.max_file_bytes))) {
        size_t t;
        rp_buf_dispose(&b);
        if (err == RP_ENOMEM || (err = rp_report_add_target(&t, j->report, "-", "unknown")))
            return err;
        return rp_report_add_error_ctx(j->report, t, &ctx);
    }
    if (rp__looks_like_dockerfile(b.ptr, b.len)) {
        j->kind = "dockerfile";
        err = rp_scan_buffer(j->report, "-", "dockerfile", b.ptr, b.len, o);
        rp_buf_dispose(&b);
        return err;
    }
    if (rp_compose_sniff(b.ptr, b.len)) {
        j->kind = "compose";
        err = rp_scan_buffer(j->report, "-", "compose", b.ptr, b.len, o);
        rp_buf_dispose(&b);
        return err;
    }
    j->kind = "kubernetes";
    memset(&j->k8s, 0, sizeof(j->k8s));
    j->k8s.path = j->k8s.display = "-";
    j->k8s.named = true;
    j->k8s.len = b.len;
    j->k8s.text = rp_buf_detach(&b);
    return rp__k8s_parse(&j->k8s, o);
}

typedef struct pool {
    walker *w;
    atomic_size_t next;
    atomic_size_t done;
    pthread_mutex_t lock; /* serialises progress callbacks */
} pool;

static void *
worker(void *arg)
{
    pool *p = arg;
    size_t i;

    while ((i = atomic_fetch_add(&p->next, 1)) < p->w->njobs) {
        job *j = &p->w->jobs[i];
        if (strcmp(j->kind, "auto") == 0)
            j->err = sniff_stdin(j, p->w->o);
        else if (strcmp(j->kind, "kubernetes") == 0)
            j->err = rp__k8s_prepare(&j->k8s, j->path, j->display, j->named, p->w->o);
        else if ((j->err = rp_report_new(&j->report)) == 0)
            j->err = rp__scan_file(j->report, j->path, j->display, j->kind, p->w->o);
        if (p->w->o->progress) {
            size_t done = atomic_fetch_add(&p->done, 1) + 1;
            pthread_mutex_lock(&p->lock);
            p->w->o->progress(done, p->w->njobs, p->w->o->payload);
            pthread_mutex_unlock(&p->lock);
        }
    }
    return NULL;
}

static int
run_jobs(walker *w)
{
    unsigned n = w->o->cfg->jobs ? w->o->cfg->jobs : rp__ncpu();
    pthread_t th[64];
    unsigned started = 0;
    pool p = {w, 0, 0, PTHREAD_MUTEX_INITIALIZER};
    int err = RP_OK;

    if (n > RP_COUNTOF(th))
        n = RP_COUNTOF(th);
    if (n > w->njobs)
        n = (unsigned)w->njobs;
    for (unsigned i = 1; i < n; i++)
        if (pthread_create(&th[started], NULL, worker, &p) == 0)
            started++;
    worker(&p); /* this thread works too */
    for (unsigned i = 0; i < started; i++)
        pthread_join(th[i], NULL);
    for (size_t i = 0; i < w->njobs; i++) {
        job *j = &w->jobs[i];
        if (!err && j->err)
            err = j->err;
        if (!err && j->report)
            err = rp_report_merge(w->r, j->report);
    }
    /* Kubernetes objects refer to each other across files: one index for them all */
    if (!err) {
        rp__k8s_input **in = calloc(w->njobs ? w->njobs : 1, sizeof(*in));
        size_t nin = 0;
        if (!in)
            return RP_ENOMEM;
        for (size_t i = 0; i < w->njobs; i++)
            if (strcmp(w->jobs[i].kind, "kubernetes") == 0)
                in[nin++] = &w->jobs[i].k8s;
        if (nin)
            err = rp__scan_k8s(w->r, in, nin, w->o);
        free(in);
    }
    return err;
}

int
rp_scan_paths(rp_report *r, rp_ctx *ctx, const char *const *paths, size_t npaths,
              const rp_scan_opts *o)
{
    walker w;
    int err = RP_OK;

    memset(&w, 0, sizeof(w));
    w.o = o;
    w.r = r;
    for (size_t i = 0; i < npaths && !err; i++)
        err = walk_root(&w, paths[i]);
    if (err == RP_ELIMIT)
        err = RP_OK; /* max_files: scan what was collected; the warning says so */
    if (!err)
        err = run_jobs(&w);
    for (size_t i = 0; i < w.njobs; i++) {
        free(w.jobs[i].path);
        free(w.jobs[i].display);
        rp_report_free(w.jobs[i].report);
        rp__k8s_input_dispose(&w.jobs[i].k8s);
    }
    free(w.jobs);
    if (err == RP_ENOMEM)
        rp_ctx_set(ctx, err, NULL, 0, 0, "out of memory");
    return err;
}
