/* bench/k8s: loads a generated stream of Kubernetes objects and compares, in the same run, the
 * cost of parsing it (rp_doc_parse), of loading and indexing it (rp_k8s_index_add + finish: the
 * parse plus the object index, pod templates and effective security contexts) and of the full
 * analysis (index + rp_k8s_analyze with every enabled rule into a report). Prints objects/s for
 * each and the ratios to the parse; the target is full/parse <= 2: the loader, the index and
 * the whole rule set together cost at most as much as parsing again. Times are the process's
 * CPU time, best of five interleaved rounds, so a busy machine disturbs them less.
 *
 *   build-bench/bench/k8s [N_OBJECTS] [--files K] [--write FILE]
 *
 * --files K splits the stream into K files (as a directory scan sees it: the cross-object
 * rules still see one index). --write FILE also writes the stream (to time the CLI:
 * `rampart k8s FILE`). The bench raises the per-file limits that a 50,000-object stream
 * exceeds by design (max_documents, max_doc_nodes, max_file_bytes, max_findings). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "rampart/config.h"
#include "rampart/k8s.h"
#include "rampart/rampart.h"

/* A deterministic generator, so every run measures the same stream. */
static uint64_t rng = 0x9e3779b97f4a7c15ull;

static unsigned
pick(unsigned n)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (unsigned)(rng % n);
}

typedef struct gen {
    char *p;
    size_t len, cap;
} gen;

static void put(gen *g, const char *fmt, ...) RP_PRINTF(2, 3);

static void
put(gen *g, const char *fmt, ...)
{
    va_list ap;
    int n;

    for (;;) {
        va_start(ap, fmt);
        n = vsnprintf(g->p + g->len, g->cap - g->len, fmt, ap);
        va_end(ap);
        if (n >= 0 && (size_t)n < g->cap - g->len)
            break;
        g->cap *= 2;
        if (!(g->p = realloc(g->p, g->cap))) {
            perror("realloc");
            exit(1);
        }
    }
    g->len += (size_t)n;
}

static const char *const images[] = {
    "ghcr.io/example-org/api:2.4.1",
    ("ghcr.io/example-org/worker:2.4.1@sha256:"
     "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"),
    "nginx:latest",
    "redis",
    "docker.io/bitnami/postgresql:16.3.0-debian-12-r14",
    "registry.k8s.io/ingress-nginx/controller:v1.10.1",
    "quay.io/prometheus/node-exporter:v1.8.1",
    "busybox:1.36",
};

/* The pod-level fields of a template: hardened, ordinary, or a node agent. */
static void
pod_head(gen *g, const char *ind, unsigned style, unsigned i)
{
    put(g, "%sserviceAccountName: %s\n", ind, style == 1 ? "default" : "app");
    if (style == 0)
        put(g,
            "%sautomountServiceAccountToken: false\n%ssecurityContext:\n%s  runAsNonRoot: "
            "true\n%s  runAsUser: %u\n%s  seccompProfile:\n%s    type: RuntimeDefault\n",
            ind, ind, ind, ind, 10000 + i % 50000, ind, ind);
    else if (style == 2)
        put(g, "%shostNetwork: true\n%shostPID: true\n", ind, ind);
}

static void
container(gen *g, const char *ind, const char *name, unsigned style, unsigned i)
{
    put(g, "%s- name: %s\n%s  image: %s\n", ind, name, ind,
        images[pick(sizeof(images) / sizeof(images[0]))]);
    put(g, "%s  ports:\n%s    - name: http\n%s      containerPort: %u\n%s      protocol: TCP\n",
        ind, ind, ind, style == 2 ? 9100 : 8080, ind);
    put(g,
        "%s  env:\n%s    - name: LOG_LEVEL\n%s      value: info\n%s    - name: INSTANCE\n"
        "%s      value: \"%u\"\n",
        ind, ind, ind, ind, ind, i);
    if (pick(4) == 0)
        put(g,
            "%s    - name: DB_PASSWORD\n%s      valueFrom:\n%s        secretKeyRef:\n"
            "%s          name: db-%u\n%s          key: password\n",
            ind, ind, ind, ind, i % 97, ind);
    if (style != 1)
        put(g,
            "%s  resources:\n%s    requests: {cpu: 100m, memory: 128Mi}\n"
            "%s    limits: {memory: 256Mi}\n",
            ind, ind, ind);
    if (style != 1)
        put(g,
            "%s  livenessProbe:\n%s    httpGet: {path: /healthz, port: http}\n"
            "%s  readinessProbe:\n%s    httpGet: {path: /ready, port: http}\n",
            ind, ind, ind, ind);
    if (style == 0)
        put(g,
            "%s  securityContext:\n%s    allowPrivilegeEscalation: false\n"
            "%s    readOnlyRootFilesystem: true\n%s    capabilities:\n%s      drop: [\"ALL\"]\n",
            ind, ind, ind, ind, ind);
    else if (style == 2)
        put(g, "%s  securityContext:\n%s    privileged: true\n", ind, ind);
    put(g, "%s  volumeMounts:\n%s    - name: %s\n%s      mountPath: /data\n", ind, ind,
        style == 2 ? "host" : "data", ind);
}

static void
volumes(gen *g, const char *ind, unsigned style)
{
    if (style == 2)
        put(g, "%svolumes:\n%s  - name: host\n%s    hostPath:\n%s      path: /proc\n", ind, ind,
            ind, ind);
    else
        put(g, "%svolumes:\n%s  - name: data\n%s    emptyDir: {}\n", ind, ind, ind);
}

static void
meta(gen *g, const char *api, const char *kind, const char *name, unsigned i, unsigned ns)
{
    put(g, "---\napiVersion: %s\nkind: %s\nmetadata:\n  name: %s-%u\n", api, kind, name, i);
    if (ns != (unsigned)-1)
        put(g, "  namespace: team-%u\n", ns);
    put(g,
        "  labels:\n    app.kubernetes.io/name: %s-%u\n    app.kubernetes.io/part-of: "
        "team-%u\n",
        name, i, ns);
}

/* A workload of kind with its pod template at depth `spec_ind`. */
static void
workload(gen *g, const char *api, const char *kind, unsigned i, unsigned ns)
{
    unsigned style = pick(10) < 5 ? 0 : (pick(10) < 8 ? 1 : 2);
    bool cron = strcmp(kind, "CronJob") == 0;
    const char *pi = cron ? "          " : "      ";     /* pod spec fields */
    const char *ci = cron ? "            " : "        "; /* container list items */

    meta(g, api, kind, "app", i, ns);
    put(g, "spec:\n");
    if (cron)
        put(g,
            "  schedule: \"%u 3 * * *\"\n  jobTemplate:\n    spec:\n      template:\n"
            "        metadata:\n          labels:\n            app.kubernetes.io/name: app-%u\n"
            "        spec:\n",
            i % 60, i);
    else {
        if (strcmp(kind, "Job") != 0)
            put(g,
                "  replicas: %u\n  selector:\n    matchLabels:\n      app.kubernetes.io/name: "
                "app-%u\n",
                1 + i % 5, i);
        put(g,
            "  template:\n    metadata:\n      labels:\n        app.kubernetes.io/name: "
            "app-%u\n    spec:\n",
            i);
    }
    pod_head(g, pi, style, i);
    if (pick(4) == 0) {
        put(g, "%sinitContainers:\n", pi);
        container(g, ci, "init", style, i);
    }
    put(g, "%scontainers:\n", pi);
    container(g, ci, "app", style, i);
    if (pick(3) == 0)
        container(g, ci, "sidecar", style, i);
    volumes(g, pi, style);
}

static void
service(gen *g, unsigned i, unsigned ns)
{
    meta(g, "v1", "Service", "app", i, ns);
    put(g,
        "spec:\n  type: %s\n  selector:\n    app.kubernetes.io/name: app-%u\n  ports:\n"
        "    - name: http\n      port: 80\n      targetPort: http\n",
        pick(8) == 0 ? "LoadBalancer" : "ClusterIP", pick(3) ? i - 1 : i + 7);
}

static void
configmap(gen *g, unsigned i, unsigned ns)
{
    meta(g, "v1", "ConfigMap", "config", i, ns);
    put(g,
        "data:\n  LOG_LEVEL: info\n  FEATURE_FLAGS: \"a,b,c\"\n  app.properties: |\n"
        "    server.port=8080\n    cache.ttl=300\n    upstream=http://svc-%u:8080\n",
        i);
    if (pick(10) == 0)
        put(g, "  DB_PASSWORD: \"s3cr3t-%u\"\n", i);
}

static void
secret(gen *g, unsigned i, unsigned ns)
{
    meta(g, "v1", "Secret", "db", i, ns);
    put(g, "type: Opaque\ndata:\n  username: YXBw\n  password: c2VjcmV0LXZhbHVlLSV1\n");
}

static void
rbac(gen *g, unsigned i, unsigned ns)
{
    switch (pick(4)) {
    case 0:
        meta(g, "v1", "ServiceAccount", "app", i, ns);
        put(g, "automountServiceAccountToken: false\n");
        break;
    case 1:
        meta(g, "rbac.authorization.k8s.io/v1", "Role", "reader", i, ns);
        put(g, "rules:\n  - apiGroups: [\"\"]\n    resources: [configmaps, pods]\n"
               "    verbs: [get, list, watch]\n");
        break;
    case 2:
        meta(g, "rbac.authorization.k8s.io/v1", "RoleBinding", "reader", i, ns);
        put(g,
            "roleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: Role\n  name: reader-%u\n"
            "subjects:\n  - kind: ServiceAccount\n    name: app\n    namespace: team-%u\n",
            i, ns);
        break;
    default:
        meta(g, "rbac.authorization.k8s.io/v1", "ClusterRole", "view", i, (unsigned)-1);
        put(g, "rules:\n  - apiGroups: [apps]\n    resources: [deployments]\n    verbs: [get]\n");
        break;
    }
}

/* Objects [from, to) of a stream of n. */
static void
generate(gen *g, unsigned from, unsigned to, unsigned n, unsigned *kinds)
{
    unsigned nns = n / 50 ? n / 50 : 1;

    for (unsigned i = from; i < to; i++) {
        unsigned ns = pick(nns), r = pick(100);
        if (i < nns) { /* the namespaces first, a third of them enforcing a level */
            put(g, "---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: team-%u\n", i);
            if (i % 3 == 0)
                put(g, "  labels:\n    pod-security.kubernetes.io/enforce: %s\n",
                    i % 2 ? "baseline" : "restricted");
            kinds[0]++;
        } else if (r < 22) {
            workload(g, "apps/v1", "Deployment", i, ns);
            kinds[1]++;
        } else if (r < 28) {
            workload(g, "apps/v1", "StatefulSet", i, ns);
            kinds[1]++;
        } else if (r < 32) {
            workload(g, "apps/v1", "DaemonSet", i, ns);
            kinds[1]++;
        } else if (r < 37) {
            workload(g, "batch/v1", "CronJob", i, ns);
            kinds[1]++;
        } else if (r < 40) {
            workload(g, "batch/v1", "Job", i, ns);
            kinds[1]++;
        } else if (r < 58) {
            service(g, i, ns);
            kinds[2]++;
        } else if (r < 74) {
            configmap(g, i, ns);
            kinds[3]++;
        } else if (r < 82) {
            secret(g, i, ns);
            kinds[3]++;
        } else {
            rbac(g, i, ns);
            kinds[4]++;
        }
    }
}

static double
now(void)
{
    struct timespec ts;

    /* CPU time of this (single-threaded) process: the machine may be busy with other work */
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

typedef struct slice {
    const char *p;
    size_t len;
} slice;

typedef struct corpus {
    slice *files;
    unsigned nfiles;
    size_t bytes;
    rp_config cfg;
} corpus;

static void
fail(const char *what, int err, const rp_ctx *ctx)
{
    char buf[2048];

    fprintf(stderr, "%s: %s: %s\n", what, rp_strerror(err), rp_ctx_format(ctx, buf, sizeof(buf)));
    exit(1);
}

static double
pass_parse(const corpus *c)
{
    double t0 = now();
    rp_ctx ctx;

    for (unsigned f = 0; f < c->nfiles; f++) {
        rp_docset *ds;
        int err = rp_doc_parse(&ds, &ctx, "bench.yaml", c->files[f].p, c->files[f].len,
                               &c->cfg.limits, RP_DOC_ALLOW_DUP_KEYS);
        if (err)
            fail("parse", err, &ctx);
        rp_docset_free(ds);
    }
    return now() - t0;
}

/* Load and index; with analyze, also every rule into a report. */
static double
pass_load(const corpus *c, bool analyze, size_t *objects, size_t *findings)
{
    double t0 = now();
    rp_k8s_index *ix;
    rp_report *r = NULL;
    rp_ctx ctx;
    int err;

    if (rp_k8s_index_new(&ix) || (analyze && rp_report_new(&r)))
        fail("new", RP_ENOMEM, &ctx);
    for (unsigned f = 0; f < c->nfiles; f++) {
        rp_k8s_content what;
        if ((err = rp_k8s_index_add(ix, &what, &ctx, "bench.yaml", c->files[f].p, c->files[f].len,
                                    &c->cfg.limits)))
            fail("load", err, &ctx);
        if (analyze &&
            (err = rp_report_add_target(&ix->files[f].target, r, "bench.yaml", "kubernetes")))
            fail("target", err, &ctx);
    }
    if ((err = rp_k8s_index_finish(ix)))
        fail("finish", err, &ctx);
    if (analyze && (err = rp_k8s_analyze(r, ix, &c->cfg)))
        fail("analyze", err, &ctx);
    *objects = ix->nobjects;
    *findings = r ? r->nfindings : 0;
    rp_k8s_index_free(ix);
    rp_report_free(r);
    return now() - t0;
}

int
main(int argc, char **argv)
{
    corpus c = {0};
    gen g = {0};
    const char *out = NULL;
    unsigned n = 50000, nfiles = 1, kinds[5] = {0};
    double best[3] = {1e9, 1e9, 1e9};
    size_t objects = 0, findings = 0, dummy;

    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--write") && i + 1 < argc)
            out = argv[++i];
        else if (!strcmp(argv[i], "--files") && i + 1 < argc)
            nfiles = (unsigned)strtoul(argv[++i], NULL, 10);
        else
            n = (unsigned)strtoul(argv[i], NULL, 10);
    }
    if (!n)
        n = 50000;
    if (!nfiles || nfiles > n)
        nfiles = 1;
    if (rp_config_init(&c.cfg))
        return 1;
    c.cfg.limits.max_documents = n + 1;
    c.cfg.limits.max_doc_nodes = (size_t)n * 400;
    c.cfg.limits.max_file_bytes = (size_t)1 << 31;
    c.cfg.limits.max_findings = (size_t)n * 100;
    g.cap = 1 << 20;
    g.p = malloc(g.cap);

    /* one stream, cut at document boundaries into nfiles files */
    {
        size_t *cuts = calloc(nfiles + 1, sizeof(*cuts));
        unsigned per = n / nfiles;
        for (unsigned f = 0; f < nfiles; f++) {
            cuts[f] = g.len;
            generate(&g, per * f, f + 1 == nfiles ? n : per * (f + 1), n, kinds);
        }
        cuts[nfiles] = g.len;
        c.files = calloc(nfiles, sizeof(*c.files));
        for (unsigned f = 0; f < nfiles; f++) {
            c.files[f].p = g.p + cuts[f];
            c.files[f].len = cuts[f + 1] - cuts[f];
        }
        c.nfiles = nfiles;
        c.bytes = g.len;
        free(cuts);
    }
    if (out) {
        FILE *fp = fopen(out, "w");
        if (!fp || fwrite(g.p, 1, g.len, fp) != g.len || fclose(fp))
            return perror(out), 1;
        printf("wrote %u objects to %s\n", n, out);
    }

    /* warm up, then keep the best of five of each, interleaved */
    pass_load(&c, true, &objects, &findings);
    for (int round = 0; round < 5; round++) {
        double p = pass_parse(&c), l = pass_load(&c, false, &objects, &dummy),
               a = pass_load(&c, true, &objects, &findings);
        best[0] = p < best[0] ? p : best[0];
        best[1] = l < best[1] ? l : best[1];
        best[2] = a < best[2] ? a : best[2];
    }
    printf("stream:   %zu objects in %u file%s, %.1f MiB (namespaces %u, workloads %u, services "
           "%u, configmaps+secrets %u, rbac %u)\n",
           objects, nfiles, nfiles == 1 ? "" : "s", (double)c.bytes / (1 << 20), kinds[0], kinds[1],
           kinds[2], kinds[3], kinds[4]);
    printf("parse:    %.3f s  %9.0f objects/s  %6.1f MiB/s\n", best[0], objects / best[0],
           (double)c.bytes / (1 << 20) / best[0]);
    printf("index:    %.3f s  %9.0f objects/s  (load+index/parse = %.2f)\n", best[1],
           objects / best[1], best[1] / best[0]);
    printf("analyze:  %.3f s  %9.0f objects/s  (full/parse = %.2f; %zu findings)\n", best[2],
           objects / best[2], best[2] / best[0], findings);
    printf("ratio:    full/parse = %.2f (target <= 2.00): %s\n", best[2] / best[0],
           best[2] / best[0] <= 2.0 ? "ok" : "OVER TARGET");
    rp_config_dispose(&c.cfg);
    free(c.files);
    free(g.p);
    return 0;
}
