/* bench/dockerfile: lints a generated corpus of Dockerfiles and compares, in the same run, the
 * cost of the rules with the cost of plain parsing. Prints files/s for parsing alone and for
 * parsing plus every rule, and the ratios; the target is that the whole rule set costs less
 * than twice the parse: rules/parse = (lint - parse) / parse < 2.
 *
 *   build-bench/bench/dockerfile [N_FILES] [--write DIR]
 *
 * --write DIR also writes the corpus to DIR (to time the CLI: `rampart scan DIR`). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "rampart/rampart.h"

/* A deterministic generator, so every run measures the same corpus. */
static uint64_t rng = 0x9e3779b97f4a7c15ull;

static unsigned
pick(unsigned n)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (unsigned)(rng % n);
}

static const char *const bases[] = {
    "debian:12", "debian:latest", "ubuntu:22.04", "python:3.12-slim", "node:20-bookworm",
    "golang:1.22", "alpine:3.19", "alpine", "nginx:1.25@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
    "registry.access.redhat.com/ubi9/ubi-minimal:9.3", "ghcr.io/org/base:2024.05", "${BASE}",
};

static const char *const runs[] = {
    "RUN apt-get update && apt-get install -y --no-install-recommends \\\n"
    "    ca-certificates curl=7.88.1-10+deb12u5 git \\\n    && rm -rf /var/lib/apt/lists/*\n",
    "RUN apt-get update\nRUN apt-get install curl wget vim\n",
    "RUN set -eux; \\\n    apk add --no-cache --virtual .build-deps gcc musl-dev; \\\n"
    "    pip install --no-cache-dir flask==3.0.2 gunicorn; \\\n    apk del .build-deps\n",
    "RUN pip install -r requirements.txt && pip install requests\n",
    "RUN npm ci --omit=dev && npm cache clean --force\n",
    "RUN --mount=type=cache,target=/root/.cache/go-build go build -o /out/app ./cmd/app\n",
    "RUN curl -fsSL https://example.com/install.sh | sh\n",
    "RUN <<EOF\nset -e\nuseradd -r -u 10001 app\nmkdir -p /srv && chown app /srv\nEOF\n",
    "RUN microdnf install -y python3 shadow-utils && microdnf clean all\n",
    "RUN cd /src && make && make install\n",
    "RUN if [ \"$TARGETARCH\" = arm64 ]; then echo arm; else echo amd; fi\n",
    "RUN sh -c 'echo $(date) > /build-date' && sudo chmod 600 /build-date\n",
};

static const char *const tails[] = {
    "USER 10001\nHEALTHCHECK CMD [\"/app\", \"health\"]\nENTRYPOINT [\"/app\"]\n",
    "USER root\nCMD python app.py\n",
    "EXPOSE 8080 22\nCMD [\"nginx\", \"-g\", \"daemon off;\"]\n",
    "WORKDIR app\nCOPY . .\nCMD [\"node\", \"server.js\"]\n",
    "ENV API_TOKEN=abc123 PIP_NO_CACHE_DIR=1\nUSER app\nCMD [\"./run\"]\n",
};

static size_t
generate(char *out, size_t cap, unsigned i)
{
    size_t n = 0;
    int stages = 1 + (int)pick(3);

    n += (size_t)snprintf(out + n, cap - n, "# syntax=docker/dockerfile:1\n# file %u\n", i);
    if (pick(4) == 0)
        n += (size_t)snprintf(out + n, cap - n, "ARG BASE=debian:12\n");
    for (int s = 0; s < stages && n < cap - 2048; s++) {
        n += (size_t)snprintf(out + n, cap - n, "FROM %s AS stage%d\n", bases[pick(12)], s);
        n += (size_t)snprintf(out + n, cap - n, "WORKDIR /src\nCOPY --chown=10001 . /src/\n");
        for (unsigned r = 0, nr = 1 + pick(4); r < nr && n < cap - 1024; r++)
            n += (size_t)snprintf(out + n, cap - n, "%s", runs[pick(12)]);
        if (s > 0)
            n += (size_t)snprintf(out + n, cap - n, "COPY --from=stage%d /out /usr/local/bin/\n",
                                  s - 1);
    }
    n += (size_t)snprintf(out + n, cap - n, "LABEL org.opencontainers.image.source=\"https://"
                                            "example.com/r%u\"\n%s", i, tails[pick(5)]);
    return n;
}

static double
now(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

typedef struct corpus {
    char **text;
    size_t *len;
    unsigned n;
    size_t bytes;
} corpus;

/* One pass over the corpus: parse only, or parse and run every rule. */
static double
pass(const corpus *c, bool lint, size_t *findings)
{
    rp_report *r = NULL;
    rp_ctx ctx;
    double t0 = now();

    *findings = 0;
    for (unsigned i = 0; i < c->n; i++) {
        rp_dockerfile *df;
        if (rp_dockerfile_parse(&df, &ctx, "Dockerfile", c->text[i], c->len[i], NULL) != 0)
            continue;
        if (lint) {
            size_t t;
            rp_report_new(&r);
            rp_report_add_target(&t, r, "Dockerfile", "dockerfile");
            rp_emitter em = {.report = r, .target = t, .path = "Dockerfile"};
            rp_dockerfile_analyze(&em, df, NULL);
            *findings += r->nfindings;
            rp_report_free(r);
        }
        rp_dockerfile_free(df);
    }
    return now() - t0;
}

static int
write_corpus(const corpus *c, const char *dir)
{
    char path[4096];

    if (mkdir(dir, 0755) != 0 && errno != EEXIST)
        return perror(dir), 1;
    for (unsigned i = 0; i < c->n; i++) {
        FILE *f;
        snprintf(path, sizeof(path), "%s/%05u.Dockerfile", dir, i);
        if (!(f = fopen(path, "w")))
            return perror(path), 1;
        fwrite(c->text[i], 1, c->len[i], f);
        fclose(f);
    }
    printf("wrote %u Dockerfiles to %s\n", c->n, dir);
    return 0;
}

int
main(int argc, char **argv)
{
    corpus c = {0};
    const char *dir = NULL;
    double best_parse = 1e9, best_lint = 1e9;
    size_t findings = 0, dummy;

    c.n = 10000;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--write") && i + 1 < argc)
            dir = argv[++i];
        else
            c.n = (unsigned)strtoul(argv[i], NULL, 10);
    }
    if (!c.n)
        c.n = 10000;
    c.text = calloc(c.n, sizeof(*c.text));
    c.len = calloc(c.n, sizeof(*c.len));
    for (unsigned i = 0; i < c.n; i++) {
        c.text[i] = malloc(16384);
        c.len[i] = generate(c.text[i], 16384, i);
        c.bytes += c.len[i];
    }
    if (dir && write_corpus(&c, dir))
        return 1;
    /* warm up, then keep the best of three of each, interleaved */
    pass(&c, true, &dummy);
    for (int round = 0; round < 3; round++) {
        double p = pass(&c, false, &dummy), l = pass(&c, true, &findings);
        best_parse = p < best_parse ? p : best_parse;
        best_lint = l < best_lint ? l : best_lint;
    }
    printf("corpus:  %u Dockerfiles, %.1f MiB, %zu findings (%u rules)\n", c.n,
           (double)c.bytes / (1 << 20), findings, (unsigned)rp_rules_count());
    printf("parse:   %.3f s  %8.0f files/s  %6.1f MiB/s\n", best_parse, c.n / best_parse,
           (double)c.bytes / (1 << 20) / best_parse);
    printf("lint:    %.3f s  %8.0f files/s  %6.1f MiB/s\n", best_lint, c.n / best_lint,
           (double)c.bytes / (1 << 20) / best_lint);
    printf("ratio:   lint/parse = %.2f; rules/parse = %.2f (target < 2.00): %s\n",
           best_lint / best_parse, (best_lint - best_parse) / best_parse,
           (best_lint - best_parse) / best_parse < 2.0 ? "ok" : "OVER TARGET");
    for (unsigned i = 0; i < c.n; i++)
        free(c.text[i]);
    free(c.text);
    free(c.len);
    return 0;
}
