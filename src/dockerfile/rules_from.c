/* Dockerfile rules: base images and stages (FROM tags, digests, registries, platforms, stage
 * aliases, instruction order). */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "core/util.h"
#include "dockerfile/rules.h"

static const rp_rule r_from_latest = {
    .id = "RP-DF-001",
    .name = "from-latest",
    .analyzer = "dockerfile",
    .severity = RP_SEV_MEDIUM,
    .title = "FROM uses the mutable tag latest",
    .description =
        "The tag latest moves whenever the publisher pushes a new image, so two builds of the "
        "same Dockerfile can start from different bases: a rebuild silently picks up new "
        "packages, a new major version or a compromised push, and no one can tell which base "
        "a running image was built from.",
    .remediation = "Name an explicit version tag (debian:12.5, node:20.11-bookworm-slim) and, "
                   "for reproducible builds, pin the digest too: image:tag@sha256:<digest> "
                   "(docker buildx imagetools inspect image:tag prints it).",
    .refs = {"DL3007", "AVD-DS-0001", "CKV_DOCKER_7", "CIS-Docker-5.28", NULL},
    .notes = "Like hadolint, a digest makes the reference immutable, so `img:latest@sha256:...` "
             "passes. The tag is compared after ARG substitution (`ARG TAG=latest` + "
             "`FROM debian:$TAG` fires). Trivy's AVD-DS-0001 also covers untagged images: "
             "rampart reports those as RP-DF-002.",
    .bad = "FROM python:latest",
    .good = "FROM python:3.12.2-slim-bookworm@sha256:"
            "ee9a59cfdad294560241c9a8c8e40034f165feb4af7088c1479c2cdd84aafbed",
    .flags = 0,
};

static const rp_rule r_from_untagged = {
    .id = "RP-DF-002",
    .name = "from-untagged",
    .analyzer = "dockerfile",
    .severity = RP_SEV_MEDIUM,
    .title = "FROM image has neither a tag nor a digest",
    .description =
        "An image reference without a tag or digest means image:latest, with all the drift of "
        "a latest tag but less visibly: each rebuild may start from a different base, and the "
        "Dockerfile does not say which version it was written for.",
    .remediation = "Add a version tag (FROM debian:12.5) or a digest "
                   "(FROM debian:12.5@sha256:<digest>). When the image comes from a build "
                   "argument, give the ARG a tagged default.",
    .refs = {"DL3006", "AVD-DS-0001", "CKV_DOCKER_7", NULL},
    .notes = "Exempt: scratch, earlier stage aliases (compared case-insensitively, as BuildKit "
             "does) and references whose last path component still holds an unset variable "
             "(`ARG IMG` + `FROM $IMG`). ARG defaults are substituted first, so `ARG "
             "BASE=debian` + `FROM $BASE` fires, where hadolint skips every reference starting "
             "with `$`. `registry:5000/app` has a port, not a tag, and fires.",
    .bad = "ARG BASE=debian\nFROM $BASE\nFROM registry.local:5000/app",
    .good = "ARG BASE=debian:12.5\nFROM $BASE\nFROM registry.local:5000/app:1.4.2",
    .flags = 0,
};

static const rp_rule r_from_no_digest = {
    .id = "RP-DF-003",
    .name = "from-no-digest",
    .analyzer = "dockerfile",
    .severity = RP_SEV_LOW,
    .title = "Image not pinned by digest",
    .description =
        "A tag is a mutable pointer: the registry (or anyone who can push to it) can move it to "
        "different content. Only a digest names exact bytes, so only a digest-pinned base (and "
        "every image copied or mounted from) makes a build reproducible and immune to a "
        "re-pushed tag. This is an opt-in policy rule.",
    .remediation = "Append the digest to the reference: FROM debian:12.5@sha256:<digest>; keep "
                   "the tag for readers and let a bot (Renovate, Dependabot) update both.",
    .refs = {"CIS-Docker-4.2", NULL},
    .notes = "Off by default (no peer enforces it). Checks FROM images and the images named by "
             "`COPY --from=` and `RUN --mount=...,from=`; stage names, scratch and references "
             "still holding an unset variable are skipped.",
    .bad = "FROM node:20.11-bookworm-slim\nCOPY --from=busybox:1.36 /bin/busybox /bin/",
    .good = "FROM node:20.11-bookworm-slim@sha256:"
            "0b8a3b0fd4e2b8b1e5ea3b0c1e2fd3a6b1e8f0c6c5d0fa14f5c3e4c09c2f9b1e\n"
            "COPY --from=busybox:1.36@sha256:"
            "7cf41352d7327465679f3a94246ef2358ee4d8de6c149ca6f0a1178e94ba94ef /bin/busybox /bin/",
    .flags = RP_RULE_DEFAULT_OFF,
};

static const rp_rule r_untrusted_registry = {
    .id = "RP-DF-004",
    .name = "untrusted-registry",
    .analyzer = "dockerfile",
    .severity = RP_SEV_HIGH,
    .title = "Image pulled from a registry outside trusted-registries",
    .description =
        "Every image a build pulls runs or lands in the result with the build's trust. An "
        "organisation that mirrors and vets its bases in its own registry loses that control "
        "when a Dockerfile pulls straight from Docker Hub or a personal registry, whether in "
        "FROM, in COPY --from=<image> or in RUN --mount=from=<image>.",
    .remediation = "Pull the image through a trusted registry (mirror it there first), or add "
                   "the registry to dockerfile.trusted-registries in .rampart.yaml if it is "
                   "vetted.",
    .refs = {"DL3026", "CIS-Docker-4.2", NULL},
    .notes = "Inert until `dockerfile: {trusted-registries: [...]}` is set. As hadolint: no "
             "registry means docker.io, `*.example.com` matches any subdomain of example.com "
             "(not example.com itself), `registry*` matches by prefix and `*` allows all. "
             "Unlike hadolint, docker.io, index.docker.io, registry-1.docker.io and "
             "hub.docker.com are one registry, and registry names compare case-insensitively. "
             "References whose registry part is an unset variable cannot be judged and pass.",
    .bad = "# trusted-registries: [ghcr.io]\nFROM python:3.12-slim\n"
           "COPY --from=quay.io/prometheus/busybox:latest /bin/sh /bin/sh",
    .good = "# trusted-registries: [ghcr.io]\nFROM ghcr.io/acme/python:3.12-slim",
    .flags = RP_RULE_NEEDS_CONFIG,
};

static const rp_rule r_platform_fixed = {
    .id = "RP-DF-005",
    .name = "from-platform-fixed",
    .analyzer = "dockerfile",
    .severity = RP_SEV_LOW,
    .title = "FROM --platform pins the stage to one platform",
    .description =
        "A literal platform such as linux/amd64 makes the stage ignore the platform being "
        "built: a multi-platform build produces an image whose binaries do not match its "
        "manifest, and builds on arm64 machines run under emulation or fail.",
    .remediation = "Drop --platform, or use the automatic build arguments: "
                   "--platform=$BUILDPLATFORM for a cross-compiling builder stage (then "
                   "compile for $TARGETOS/$TARGETARCH).",
    .refs = {"DL3029", NULL},
    .notes = "Values using any automatic platform argument (BUILDPLATFORM, TARGETPLATFORM, "
             "BUILDOS, BUILDARCH, TARGETOS, TARGETARCH, ...) pass, and so does a variable "
             "without a default (set per build); a global ARG default is substituted first. "
             "hadolint also fires on `$BUILDOS/$BUILDARCH` and on `$PLATFORM` build args.",
    .bad = "FROM --platform=linux/amd64 golang:1.22 AS build",
    .good = "FROM --platform=$BUILDPLATFORM golang:1.22 AS build",
    .flags = 0,
};

static const rp_rule r_platform_redundant = {
    .id = "RP-DF-006",
    .name = "from-platform-redundant",
    .analyzer = "dockerfile",
    .severity = RP_SEV_INFO,
    .title = "FROM --platform=$TARGETPLATFORM is redundant",
    .description =
        "A stage is built for the target platform by default, so --platform=$TARGETPLATFORM "
        "changes nothing; it usually means $BUILDPLATFORM was intended for a cross-compiling "
        "builder stage.",
    .remediation = "Remove the flag, or use --platform=$BUILDPLATFORM if the stage should run "
                   "natively on the build machine.",
    .refs = {"DL3065", NULL},
    .notes = NULL,
    .bad = "FROM --platform=$TARGETPLATFORM alpine:3.19",
    .good = "FROM alpine:3.19",
    .flags = 0,
};

static const rp_rule r_alias_dup = {
    .id = "RP-DF-007",
    .name = "stage-alias-duplicate",
    .analyzer = "dockerfile",
    .severity = RP_SEV_MEDIUM,
    .title = "Two stages have the same alias",
    .description =
        "Stage names must be unique: BuildKit rejects the file, and older builders resolve "
        "COPY --from=<name> to one of the stages, so artifacts may come from a stage other "
        "than the one the author meant.",
    .remediation = "Rename one of the stages and update the COPY --from=, RUN --mount from= "
                   "and FROM references to it.",
    .refs = {"DL3024", "AVD-DS-0012", "CKV_DOCKER_11", NULL},
    .notes = "Aliases compare case-insensitively (BuildKit lowercases them), so `AS Build` and "
             "`AS build` collide. The second and later uses are reported.",
    .bad = "FROM golang:1.22 AS build\nFROM node:20 AS build",
    .good = "FROM golang:1.22 AS build-api\nFROM node:20 AS build-web",
    .flags = 0,
};

static const rp_rule r_alias_reserved = {
    .id = "RP-DF-008",
    .name = "stage-alias-reserved",
    .analyzer = "dockerfile",
    .severity = RP_SEV_LOW,
    .title = "Stage alias is a reserved name",
    .description =
        "scratch names the empty image and context names the build context, so a stage "
        "called scratch or context is ambiguous: BuildKit rejects it and other builders may "
        "resolve FROM or COPY --from to something else.",
    .remediation = "Rename the stage (AS base, AS build-context, ...).",
    .refs = {"DL3063", NULL},
    .notes = NULL,
    .bad = "FROM alpine:3.19 AS scratch",
    .good = "FROM alpine:3.19 AS base",
    .flags = 0,
};

static const rp_rule r_before_from = {
    .id = "RP-DF-009",
    .name = "instruction-before-from",
    .analyzer = "dockerfile",
    .severity = RP_SEV_MEDIUM,
    .title = "Instruction before the first FROM",
    .description =
        "Only ARG (and comments and parser directives) may come before the first FROM; any "
        "other instruction there makes the build fail, or is a leftover from a file that was "
        "split or concatenated badly.",
    .remediation = "Move the instruction after the FROM of the stage it belongs to.",
    .refs = {"DL3061", NULL},
    .notes = "Each offending instruction is reported.",
    .bad = "LABEL org.opencontainers.image.source=https://github.com/acme/api\n"
           "FROM debian:12.5",
    .good = "FROM debian:12.5\n"
            "LABEL org.opencontainers.image.source=https://github.com/acme/api",
    .flags = 0,
};

static const rp_rule *const rules[] = {
    &r_from_latest,    &r_from_untagged,
    &r_from_no_digest, &r_untrusted_registry,
    &r_platform_fixed, &r_platform_redundant,
    &r_alias_dup,      &r_alias_reserved,
    &r_before_from,    NULL,
};

/* Looks a variable up at instruction i; NULL when unknown. */
typedef const char *(*lookup_fn)(const rp_dockerfile *df, size_t i, const char *name);

/* The global ARGs (before the first FROM) are the only variables FROM sees. */
static const char *
global_arg(const rp_dockerfile *df, size_t i, const char *name)
{
    const char *val = NULL;

    (void)i;
    for (size_t k = 0; k < df->ninstrs && df->instrs[k].stage < 0; k++) {
        const rp_df_instr *in = &df->instrs[k];
        if (in->kind != RP_DF_ARG || in->error)
            continue;
        for (size_t v = 0; v < in->nkvs; v++)
            if (in->kvs[v].key && strcmp(in->kvs[v].key, name) == 0)
                val = in->kvs[v].xvalue;
    }
    return val;
}

static bool
is_name_char(int ch, bool first)
{
    return isalpha(ch) || ch == '_' || (!first && isdigit(ch));
}

/* Expands $NAME, ${NAME} and ${NAME:-word} in s into out. False when a variable is unknown,
 * another modifier is used, or out is too small: the value cannot be judged. */
static bool
expand(char *out, size_t size, const char *s, const rp_dockerfile *df, size_t i, lookup_fn fn)
{
    size_t k = 0;

    while (*s) {
        char name[128];
        const char *val, *dflt = NULL;
        size_t n = 0, dlen = 0;
        bool brace;
        if (*s != '$') {
            if (k + 1 >= size)
                return false;
            out[k++] = *s++;
            continue;
        }
        brace = *++s == '{';
        s += brace;
        while (is_name_char((unsigned char)*s, n == 0) && n + 1 < sizeof(name))
            name[n++] = *s++;
        name[n] = '\0';
        if (!n)
            return false;
        if (brace) {
            if (s[0] == ':' && s[1] == '-') {
                const char *end = strchr(s + 2, '}');
                if (!end || memchr(s + 2, '$', (size_t)(end - s - 2)))
                    return false;
                dflt = s + 2;
                dlen = (size_t)(end - dflt);
                s = end;
            }
            if (*s++ != '}')
                return false;
        }
        val = fn(df, i, name);
        if ((!val || !*val) && dflt)
            val = NULL;
        else if (!val)
            return false;
        n = val ? strlen(val) : dlen;
        if (k + n >= size)
            return false;
        memcpy(out + k, val ? val : dflt, n);
        k += n;
    }
    out[k] = '\0';
    return true;
}

/* The registry host of an image reference (docker.io when it names none). False when a
 * variable hides the registry part. */
static bool
registry_of(const char *ref, char *out, size_t size)
{
    const char *slash = strchr(ref, '/');
    size_t n;

    if (!slash) {
        /* "name[:tag][@digest]": a variable in the name could expand to "host/name" */
        if (strcspn(ref, "$") < strcspn(ref, ":@"))
            return false;
        snprintf(out, size, "docker.io");
        return true;
    }
    n = (size_t)(slash - ref);
    if (memchr(ref, '$', n))
        return false;
    if (!memchr(ref, '.', n) && !memchr(ref, ':', n) && !(n == 9 && !strncmp(ref, "localhost", 9)))
        n = 0;
    if (n + 1 > size)
        return false;
    if (n)
        snprintf(out, size, "%.*s", (int)n, ref);
    else
        snprintf(out, size, "docker.io");
    return true;
}

/* "ghcr.io, quay.io" for messages (cut when long). */
static void
trusted_list(char *out, size_t size, const rp_config *cfg)
{
    size_t k = 0;

    out[0] = '\0';
    for (size_t e = 0; e < cfg->ntrusted_registries && k < size; e++) {
        const char *entry = cfg->trusted_registries[e] ? cfg->trusted_registries[e] : "";
        int n = snprintf(out + k, size - k, "%s%s", e ? ", " : "", entry);
        if (n < 0)
            break;
        k += (size_t)n;
    }
}

static bool
trust_on(const rp__df_check *c)
{
    return c->cfg && c->cfg->ntrusted_registries && rp__df_on(c, &r_untrusted_registry);
}

/* The untrusted registry of ref in reg, or false when ref is trusted or cannot be judged. */
static bool
untrusted(const rp__df_check *c, const char *ref, char *reg, size_t size)
{
    return registry_of(ref, reg, size) && !rp_config_registry_trusted(c->cfg, reg);
}

/* An image named by COPY --from= or RUN --mount from=, expanded into out; false for stage
 * names, stage indexes, scratch and values that cannot be resolved. */
static bool
source_image(char *out, size_t size, const rp_dockerfile *df, size_t i, const char *value)
{
    uint64_t idx;

    if (!value || !*value || rp__parse_u64(&idx, value, UINT64_MAX) == 0)
        return false;
    if (!expand(out, size, value, df, i, rp_df_lookup_var) || !*out)
        return false;
    /* a stage name anywhere in the file is no image (a later stage or a typo is another
     * rule's finding) */
    return rp_df_stage_ref(df, out, df->nstages) < 0 && !rp__str_eq_ci(out, "scratch");
}

/* True when the last path component of ref (its name and tag) holds a variable. */
static bool
tail_unresolved(const char *ref)
{
    const char *slash = strrchr(ref, '/');
    const char *tail = slash ? slash + 1 : ref;

    return strcspn(tail, "$") < strcspn(tail, "@");
}

/* "FROM $BASE (debian)" when substitution changed the reference. */
static void
from_label(char *out, size_t size, const rp_df_instr *in, const rp_df_stage *st)
{
    const char *raw = in->nargs ? in->args[0] : st->base;

    if (raw && strcmp(raw, st->base))
        snprintf(out, size, "FROM %s (%s)", raw, st->base);
    else
        snprintf(out, size, "FROM %s", st->base);
}

static void
check_from_ref(rp__df_check *c, const rp_df_instr *in, const rp_df_stage *st)
{
    char label[512], reg[256], list[256];

    if (st->parent >= 0 || st->scratch || !st->base)
        return;
    from_label(label, sizeof(label), in, st);
    if (st->ref.tag && !strcmp(st->ref.tag, "latest") && !st->ref.digest)
        rp__df_report(c, &r_from_latest, in, "%s uses the mutable tag latest", label);
    if (!st->ref.tag && !st->ref.digest && !tail_unresolved(st->base))
        rp__df_report(c, &r_from_untagged, in, "%s has no tag or digest, so Docker pulls %s:latest",
                      label, st->base);
    if (!st->ref.digest && !strchr(st->base, '$'))
        rp__df_report(c, &r_from_no_digest, in, "%s is not pinned by an @sha256: digest", label);
    if (trust_on(c) && untrusted(c, st->base, reg, sizeof(reg))) {
        trusted_list(list, sizeof(list), c->cfg);
        rp__df_report(c, &r_untrusted_registry, in,
                      "%s pulls from %s, which is not a trusted registry (%s)", label, reg, list);
    }
}

static const char *const auto_platform_args[] = {"BUILDPLATFORM", "TARGETPLATFORM", "BUILDOS",
                                                 "BUILDARCH",     "BUILDVARIANT",   "TARGETOS",
                                                 "TARGETARCH",    "TARGETVARIANT",  NULL};

static void
check_platform(rp__df_check *c, const rp_df_instr *in, size_t i, const char *p)
{
    char val[256];

    if (!p || !*p)
        return;
    if (!strcmp(p, "$TARGETPLATFORM") || !strcmp(p, "${TARGETPLATFORM}")) {
        rp__df_report(c, &r_platform_redundant, in,
                      "FROM --platform=%s is the default and can be removed", p);
        return;
    }
    for (size_t k = 0; auto_platform_args[k]; k++)
        if (strstr(p, auto_platform_args[k]))
            return;
    if (!rp__df_on(c, &r_platform_fixed) || !expand(val, sizeof(val), p, c->df, i, global_arg))
        return; /* a build argument without a default: set per build */
    if (strcmp(val, p))
        rp__df_report(c, &r_platform_fixed, in,
                      "FROM --platform=%s (%s by default) pins the stage to one platform", p, val);
    else
        rp__df_report(c, &r_platform_fixed, in, "FROM --platform=%s pins the stage to one platform",
                      p);
}

static void
check_aliases(rp__df_check *c, const rp_df_instr *in, const rp_df_stage *st)
{
    if (!st->name)
        return;
    if (!strcmp(st->name, "scratch") || !strcmp(st->name, "context"))
        rp__df_report(c, &r_alias_reserved, in, "stage alias \"%s\" is a reserved name",
                      in->nargs > 2 ? in->args[2] : st->name);
    for (uint32_t s = 0; s < st->index; s++) {
        const rp_df_stage *o = &c->df->stages[s];
        if (o->name && !strcmp(o->name, st->name)) {
            rp__df_report(c, &r_alias_dup, in,
                          "stage alias \"%s\" is already used by the stage at line %u",
                          in->nargs > 2 ? in->args[2] : st->name, o->line);
            break;
        }
    }
}

static void
check_from(rp__df_check *c, const rp_df_instr *in, size_t i)
{
    const rp_df_stage *st;

    if (in->stage < 0 || (size_t)in->stage >= c->df->nstages)
        return;
    st = &c->df->stages[in->stage];
    check_from_ref(c, in, st);
    check_platform(c, in, i, st->platform);
    check_aliases(c, in, st);
}

/* COPY --from=<image> and RUN --mount=...,from=<image>: digest policy and trust. Reported at
 * the line holding the value; the image tells apart two mounts of one RUN. */
static void
check_source(rp__df_check *c, const rp_df_instr *in, size_t i, const char *value, const char *what)
{
    char img[512], reg[256], list[256];
    const char *at;
    char *argv[1];
    rp_sh_cmd where = {0};

    if (!source_image(img, sizeof(img), c->df, i, value))
        return;
    at = strstr(in->text, value);
    argv[0] = img;
    where.argv = argv;
    where.argc = 1;
    where.line = at ? rp_df_instr_line_at(in, (size_t)(at - in->text)) : in->line;
    if (!strchr(img, '@'))
        rp__df_report_cmd(c, &r_from_no_digest, in, &where,
                          "%s%s is not pinned by an @sha256: digest", what, img);
    if (trust_on(c) && untrusted(c, img, reg, sizeof(reg))) {
        trusted_list(list, sizeof(list), c->cfg);
        rp__df_report_cmd(c, &r_untrusted_registry, in, &where,
                          "%s%s pulls from %s, which is not a trusted registry (%s)", what, img,
                          reg, list);
    }
}

static void
check(rp__df_check *c)
{
    const rp_dockerfile *df = c->df;
    bool sources = trust_on(c) || rp__df_on(c, &r_from_no_digest);

    for (size_t i = 0; i < df->ninstrs; i++) {
        const rp_df_instr *in = &df->instrs[i];
        if (in->error)
            continue;
        if (in->stage < 0 && in->kind != RP_DF_ARG && in->kind != RP_DF_FROM) {
            rp__df_report(c, &r_before_from, in, "%s before the first FROM",
                          rp_df_kind_name(in->kind));
            continue;
        }
        if (in->kind == RP_DF_FROM) {
            check_from(c, in, i);
        } else if (sources && (in->kind == RP_DF_COPY || in->kind == RP_DF_ADD)) {
            const rp_df_flag *from = rp_df_instr_flag(in, "from");
            if (from)
                check_source(c, in, i, from->value,
                             in->kind == RP_DF_ADD ? "ADD --from=" : "COPY --from=");
        } else if (sources && in->kind == RP_DF_RUN) {
            for (size_t m = 0; m < in->nmounts; m++)
                check_source(c, in, i, in->mounts[m].from, "RUN --mount from=");
        }
    }
}

const rp__df_ruleset rp__df_set_from = {rules, check};
