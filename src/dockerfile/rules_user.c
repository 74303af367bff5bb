/* Dockerfile rules: the user the image runs as (USER in the final stage and the stages it
 * builds FROM). */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "core/util.h"
#include "dockerfile/rules.h"

static const rp_rule r_user_root = {
    .id = "RP-DF-010",
    .name = "user-root",
    .analyzer = "dockerfile",
    .severity = RP_SEV_HIGH,
    .title = "Image runs as root",
    .description =
        "The last USER of the final stage is root, so the container's processes run as UID 0. "
        "Any code execution in the application then owns the container, can modify its "
        "binaries, and is one kernel or runtime bug, or one hostPath or Docker socket mount, "
        "away from root on the node.",
    .remediation = "Create an unprivileged user and switch to it at the end of the final stage: "
                   "RUN useradd --uid 10001 --no-create-home app, then USER 10001:10001 "
                   "(a numeric UID lets Kubernetes runAsNonRoot verify it). Keep USER root only "
                   "around the RUN steps that need it.",
    .refs = {"DL3002", "AVD-DS-0002", "CKV_DOCKER_8", "CIS-DI-0001", "DL3066", "CIS-Docker-4.1",
             NULL},
    .notes = "Judged on the final stage only, after ARG/ENV substitution: `root`, `0` (or 00), "
             "`root:<group>` and `0:<group>`. When the final stage sets no USER but builds FROM "
             "an earlier stage, that stage's last USER is the image's user and is reported "
             "where it is written. Builder stages are RP-DF-012 (hadolint's DL3002 fires per "
             "stage; Trivy looks at the last USER of the whole file; Dockle misses `0` and "
             "`root:root`, Checkov misses `0`). hadolint's DL3066 (a user name, not a UID) "
             "also fires on `USER root`: this finding carries it.",
    .bad = "FROM node:20.11-bookworm-slim\nUSER node\nRUN npm ci\nUSER root\n"
           "CMD [\"node\", \"server.js\"]",
    .good = "FROM node:20.11-bookworm-slim\nUSER root\nRUN npm ci\nUSER 1000:1000\n"
            "CMD [\"node\", \"server.js\"]",
    .flags = 0,
};

static const rp_rule r_user_missing = {
    .id = "RP-DF-011",
    .name = "user-missing",
    .analyzer = "dockerfile",
    .severity = RP_SEV_MEDIUM,
    .title = "Final stage sets no USER",
    .description =
        "Neither the final stage nor the stages it builds FROM set a USER, so the image runs as "
        "its base image's user, which is root for almost every base (debian, alpine, python, "
        "node, golang, and scratch, where the entrypoint runs as UID 0).",
    .remediation = "Add USER with a numeric non-root UID at the end of the final stage "
                   "(USER 10001:10001; on scratch or distroless use 65532:65532), or build "
                   "FROM a variant that already runs unprivileged (gcr.io/distroless/...:nonroot).",
    .refs = {"AVD-DS-0002", "CKV_DOCKER_3", "CIS-DI-0001", "CIS-Docker-4.1", NULL},
    .notes = "Reported at the final stage's FROM. Unlike Trivy and Checkov (no USER anywhere "
             "in the file), a USER in a builder stage does not count, and a base whose tag or "
             "name says it is unprivileged (`:nonroot`, `:debug-nonroot`, "
             "`nginx-unprivileged`, `...-rootless`) passes. A final `FROM scratch` stage fires "
             "when it has a CMD or ENTRYPOINT (that binary runs as UID 0) and passes without "
             "one (an artifact or `--output` stage runs nothing).",
    .bad = "FROM golang:1.22 AS build\nRUN CGO_ENABLED=0 go build -o /app .\n"
           "FROM gcr.io/distroless/static-debian12\nCOPY --from=build /app /app\n"
           "ENTRYPOINT [\"/app\"]",
    .good = "FROM golang:1.22 AS build\nRUN CGO_ENABLED=0 go build -o /app .\n"
            "FROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /app /app\n"
            "ENTRYPOINT [\"/app\"]",
    .flags = 0,
};

static const rp_rule r_user_root_builder = {
    .id = "RP-DF-012",
    .name = "user-root-builder-stage",
    .analyzer = "dockerfile",
    .severity = RP_SEV_INFO,
    .title = "Builder stage ends as root",
    .description =
        "A stage other than the final one ends with USER root. That does not make the image "
        "run as root, but a stage that later becomes the final one, or that another image "
        "builds FROM with --target, would; and files it creates are owned by root.",
    .remediation = "Nothing is required for a pure builder stage. If the stage can be a "
                   "--target, end it with a non-root USER.",
    .refs = {"DL3002", "AVD-DS-0002", "CKV_DOCKER_8", NULL},
    .notes = "hadolint's DL3002 fires for every stage whose last USER is root; rampart reports "
             "non-final stages here, as information, and the final image's user as "
             "RP-DF-010 (a root USER inherited by the final stage is reported there only). "
             "Trivy's AVD-DS-0002 and Checkov's CKV_DOCKER_8 read the last USER of the whole "
             "file, so when the final stage sets none they report a builder stage's root USER: "
             "this finding carries their ids for that case (the final stage's missing USER is "
             "RP-DF-011). hadolint's DL3066 on a builder stage's `USER root` is not carried: "
             "builder users never reach a runtime.",
    .bad = "FROM debian:12.5 AS build\nUSER root\nRUN make\n"
           "FROM gcr.io/distroless/cc-debian12:nonroot\nCOPY --from=build /out/app /app",
    .good = "FROM debian:12.5 AS build\nRUN make\n"
            "FROM gcr.io/distroless/cc-debian12:nonroot\nCOPY --from=build /out/app /app",
    .flags = 0,
};

static const rp_rule r_user_name = {
    .id = "RP-DF-013",
    .name = "user-non-numeric",
    .analyzer = "dockerfile",
    .severity = RP_SEV_LOW,
    .title = "Image user is a name, not a numeric UID",
    .description =
        "Kubernetes runAsNonRoot can only verify a numeric user: for a name it cannot know the "
        "UID without the image's /etc/passwd, so the kubelet refuses to start the pod (or the "
        "policy has to be relaxed). A numeric UID also does not depend on the passwd file "
        "existing in the final image.",
    .remediation = "Use the UID (and GID) instead of the name: USER 10001:10001 rather than "
                   "USER app. `id -u app` in the image prints it.",
    .refs = {"DL3066", NULL},
    .notes = "Only the image's effective user (the last USER of the final stage or the stage "
             "it builds FROM) is checked, since builder-stage users never reach a runtime; "
             "hadolint checks every USER. A user still holding an unset variable "
             "(`USER $APP_UID`) passes, one resolved through ARG/ENV is judged by its value. "
             "`USER root` is RP-DF-010's finding.",
    .bad = "FROM python:3.12-slim\nRUN useradd --uid 10001 app\nUSER app",
    .good = "FROM python:3.12-slim\nRUN useradd --uid 10001 app\nUSER 10001:10001",
    .flags = 0,
};

static const rp_rule *const rules[] = {&r_user_root, &r_user_missing, &r_user_root_builder,
                                       &r_user_name, NULL};

/* The value of a USER after substitution. */
static const char *
user_value(const rp_df_instr *in)
{
    if (in->nargs && in->xargs && in->xargs[0])
        return in->xargs[0];
    return in->nargs && in->args[0] ? in->args[0] : "";
}

/* "USER ${RUN_AS} (root)" when substitution changed the value. */
static void
user_label(char *out, size_t size, const rp_df_instr *in)
{
    const char *raw = in->nargs && in->args[0] ? in->args[0] : "";
    const char *v = user_value(in);

    if (strcmp(raw, v))
        snprintf(out, size, "USER %s (%s)", raw, v);
    else
        snprintf(out, size, "USER %s", v);
}

/* Copies the user part (before ':') of a USER value. */
static void
user_part(char *out, size_t size, const char *v)
{
    snprintf(out, size, "%.*s", (int)strcspn(v, ":"), v);
}

static bool
all_digits(const char *s)
{
    if (!*s)
        return false;
    for (; *s; s++)
        if (!isdigit((unsigned char)*s))
            return false;
    return true;
}

/* root, 0 (00, ...), root:<group>, 0:<group>. */
static bool
is_root(const char *v)
{
    char u[256];

    user_part(u, sizeof(u), v);
    if (!strcmp(u, "root"))
        return true;
    return all_digits(u) && strspn(u, "0") == strlen(u);
}

/* The last working USER of stage s, or NULL. */
static const rp_df_instr *
last_user(const rp_dockerfile *df, const rp_df_stage *st)
{
    for (size_t i = st->end; i-- > st->first;)
        if (df->instrs[i].kind == RP_DF_USER && !df->instrs[i].error)
            return &df->instrs[i];
    return NULL;
}

/* The USER the final image runs as: the final stage's last USER, else that of the stage it
 * builds FROM, and so on. NULL when none of them sets one. */
static const rp_df_instr *
effective_user(const rp_dockerfile *df, const rp_df_stage *fstage)
{
    for (int s = (int)fstage->index; s >= 0; s = df->stages[s].parent) {
        const rp_df_instr *u = last_user(df, &df->stages[s]);
        if (u)
            return u;
        if (df->stages[s].parent >= s)
            break; /* parents are earlier stages; guard anyway */
    }
    return NULL;
}

/* The stage at the root of final's FROM chain: the one that names an image. */
static const rp_df_stage *
base_stage(const rp_dockerfile *df, const rp_df_stage *st)
{
    while (st->parent >= 0 && st->parent < (int)st->index)
        st = &df->stages[st->parent];
    return st;
}

/* Bases that run unprivileged by convention: distroless ":nonroot" tags, Chainguard-style
 * "-nonroot", nginx-unprivileged, "-rootless" images. */
static bool
unprivileged_base(const rp_df_stage *base)
{
    static const char *const words[] = {"nonroot", "non-root", "unprivileged", "rootless", NULL};
    const rp_df_image_ref *ref = &base->ref;

    if (base->scratch || !base->base || ref->unresolved)
        return false;
    for (size_t k = 0; words[k]; k++)
        if ((ref->tag && rp__str_find_ci(ref->tag, words[k])) ||
            (ref->repository && rp__str_find_ci(ref->repository, words[k])))
            return true;
    return false;
}

/* True when the final stage or a stage it builds FROM sets CMD or ENTRYPOINT. */
static bool
has_command(const rp_dockerfile *df, const rp_df_stage *fstage)
{
    for (int s = (int)fstage->index; s >= 0; s = df->stages[s].parent) {
        const rp_df_stage *st = &df->stages[s];
        for (size_t i = st->first; i < st->end; i++)
            if (df->instrs[i].kind == RP_DF_CMD || df->instrs[i].kind == RP_DF_ENTRYPOINT)
                return true;
        if (st->parent >= s)
            break;
    }
    return false;
}

static void
report_missing(rp__df_check *c, const rp_df_stage *fstage)
{
    const rp_df_stage *base = base_stage(c->df, fstage);
    const rp_df_instr *from = &c->df->instrs[fstage->first];

    if (!rp__df_on(c, &r_user_missing) || from->error || unprivileged_base(base))
        return;
    /* a scratch image without CMD or ENTRYPOINT runs nothing: an artifact or --output stage */
    if (base->scratch && !has_command(c->df, fstage))
        return;
    if (base->scratch)
        rp__df_report(c, &r_user_missing, from,
                      "the final stage builds FROM scratch and sets no USER, so its "
                      "entrypoint runs as UID 0; scratch has no /etc/passwd, so use a "
                      "numeric USER such as 65532:65532");
    else if (base != fstage)
        rp__df_report(c, &r_user_missing, from,
                      "no USER in the final stage or the stages it builds FROM, so the image "
                      "runs as the user of %s, usually root",
                      base->base ? base->base : "its base image");
    else
        rp__df_report(c, &r_user_missing, from,
                      "the final stage sets no USER, so the image runs as the user of %s, "
                      "usually root",
                      base->base ? base->base : "its base image");
}

static void
check_final(rp__df_check *c, const rp_df_stage *fstage, const rp_df_instr *eff)
{
    char u[256], label[600];
    const char *v;

    if (!eff) {
        report_missing(c, fstage);
        return;
    }
    v = user_value(eff);
    user_part(u, sizeof(u), v);
    user_label(label, sizeof(label), eff);
    if (is_root(v)) {
        if (eff->stage == (int)fstage->index)
            rp__df_report(c, &r_user_root, eff, "%s: the final image runs as root", label);
        else
            rp__df_report(c, &r_user_root, eff,
                          "%s: the final stage (line %u) sets no USER and inherits this one, "
                          "so the image runs as root",
                          label, fstage->line);
    } else if (!strchr(u, '$') && !all_digits(u) && *u) {
        rp__df_report(c, &r_user_name, eff,
                      "%s names the user %s, not a numeric UID: Kubernetes runAsNonRoot "
                      "cannot verify it",
                      label, u);
    }
}

static void
check(rp__df_check *c)
{
    const rp_dockerfile *df = c->df;
    const rp_df_stage *fstage = rp__df_final_stage(df);
    const rp_df_instr *eff;

    if (!fstage)
        return;
    eff = effective_user(df, fstage);
    check_final(c, fstage, eff);
    if (!rp__df_on(c, &r_user_root_builder))
        return;
    for (size_t s = 0; s + 1 < df->nstages; s++) {
        const rp_df_stage *st = &df->stages[s];
        const rp_df_instr *u = last_user(df, st);
        char name[160], label[600];
        if (!u || u == eff || !is_root(user_value(u)))
            continue;
        if (st->name)
            snprintf(name, sizeof(name), "builder stage \"%s\" (line %u)", st->name, st->line);
        else
            snprintf(name, sizeof(name), "the builder stage at line %u", st->line);
        user_label(label, sizeof(label), u);
        rp__df_report(c, &r_user_root_builder, u,
                      "%s leaves %s running as root (the final image's user is not affected)",
                      label, name);
    }
}

const rp__df_ruleset rp__df_set_user = {rules, check};
