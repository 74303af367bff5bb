/* Compose rules about how a service runs: secrets in its environment, its image reference,
 * its root filesystem, resource limits and restart policy. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "compose/compose_internal.h"
#include "core/util.h"
#include "dockerfile/secret_names.h"

static const rp_rule r_secret = {
    .id = "RP-COMPOSE-014",
    .name = "compose-env-secret",
    .analyzer = "compose",
    .severity = RP_SEV_HIGH,
    .title = "Secret written in the compose file",
    .description =
        "A variable named like a credential (DB_PASSWORD, API_KEY, GITHUB_TOKEN...) is given a "
        "literal value in `environment` or `build.args`. The secret is then in the repository "
        "and its history, in every copy of the file, in `docker inspect` output for anyone "
        "with access to the daemon, and (for build args) in the image's history.",
    .remediation = "Use compose `secrets:` (mounted at /run/secrets/<name>; many images read "
                   "`*_FILE` variables such as POSTGRES_PASSWORD_FILE), or take the value from "
                   "the environment without a default (`DB_PASSWORD: ${DB_PASSWORD:?set it}`); "
                   "for builds, `build.secrets` and `RUN --mount=type=secret`. Then rotate the "
                   "secret: it is in the history.",
    .refs = {"CIS-Docker-4.10", "CIS-DI-0010", NULL},
    .notes = "Names are judged with the Dockerfile rule's lexicon (RP-DF-014: hadolint "
             "DL3064's and Trivy's lists), and values that show no secret are exempt (paths "
             "for *_FILE, switches such as true, addresses without a password for *_URL). A "
             "`${VAR:-default}` default is a literal written in the file and is reported; a "
             "variable without a default is not. The message shows at most the first 4 "
             "characters of the value (fewer for short values). CIS 4.10 and Dockle's "
             "CIS-DI-0010 ask the same of Dockerfiles and image configs; a compose file's "
             "environment ends up in the container's config.",
    .bad = "services:\n  db:\n    image: postgres:16\n    environment:\n"
           "      POSTGRES_PASSWORD: hunter2hunter2",
    .good = "services:\n  db:\n    image: postgres:16\n    environment:\n"
            "      POSTGRES_PASSWORD_FILE: /run/secrets/db_password\n    secrets: [db_password]\n"
            "secrets:\n  db_password:\n    file: ./db_password.txt",
};

static const rp_rule r_image = {
    .id = "RP-COMPOSE-016",
    .name = "compose-image-latest",
    .analyzer = "compose",
    .severity = RP_SEV_MEDIUM,
    .title = "Image has no tag or uses latest",
    .description =
        "`image: nginx` and `image: nginx:latest` name whatever the registry calls latest when "
        "the host pulls: two hosts, or two deploys, run different software, an upstream "
        "release (or a compromised push) reaches production unreviewed, and a rollback has no "
        "version to return to.",
    .remediation = "Pin a version tag (`nginx:1.27.2`), better with its digest "
                   "(`nginx:1.27.2@sha256:...`), and update it deliberately (Renovate and "
                   "Dependabot both update compose files).",
    .refs = {"CIS-Docker-5.28", NULL},
    .notes = "Services with `build:` are skipped: `image:` then names what compose builds. A "
             "reference with a digest is pinned whatever its tag. A tag from a variable "
             "without a default (`app:${TAG}`) is not judged; a registry port "
             "(`registry:5000/app`) is not a tag.",
    .bad = "services:\n  web:\n    image: nginx:latest",
    .good = "services:\n  web:\n    image: nginx:1.27.2",
};

static const rp_rule r_read_only = {
    .id = "RP-COMPOSE-020",
    .name = "compose-writable-rootfs",
    .analyzer = "compose",
    .severity = RP_SEV_LOW,
    .title = "Service's root filesystem is writable",
    .description =
        "Without `read_only: true`, an attacker who gets code running in the container can "
        "drop tools and payloads into it, modify the application's own files and persist "
        "until the container is recreated. A read-only root filesystem leaves only the "
        "volumes and tmpfs mounts the service declared.",
    .remediation = "Add `read_only: true` and give the paths the service writes a `tmpfs:` "
                   "(/tmp, /run) or a volume.",
    .refs = {"CIS-Docker-5.13",
             "yaml.docker-compose.security.writable-filesystem-service.writable-filesystem-"
             "service",
             NULL},
    .notes = "`read_only` inherited through `extends` counts. Semgrep reports only services "
             "with `image:` in files with a `version:` key; rampart reports every service. A "
             "service with neither `image` nor `build` is a fragment of an override file (its base "
             "is in another file) and is not reported for a missing field.",
    .bad = "services:\n  web:\n    image: nginx:1.27",
    .good = "services:\n  web:\n    image: nginx:1.27\n    read_only: true\n"
            "    tmpfs: [/tmp, /var/cache/nginx, /var/run]",
};

static const rp_rule r_memory = {
    .id = "RP-COMPOSE-021",
    .name = "compose-no-memory-limit",
    .analyzer = "compose",
    .severity = RP_SEV_LOW,
    .title = "Service has no memory limit",
    .description =
        "A service without a memory limit can use all of the host's memory: a leak, a large "
        "request or an attacker makes the kernel's OOM killer pick processes across the host, "
        "other containers and the Docker daemon included.",
    .remediation = "Set `mem_limit: 512m` (or `deploy.resources.limits.memory: 512M`) to what "
                   "the service needs with some headroom.",
    .refs = {"CIS-Docker-5.11", "kics:bb9ac4f7-e13b-423d-a010-c74a1bfbe492", NULL},
    .notes =
        "Either `mem_limit` or `deploy.resources.limits.memory` counts, inherited through "
        "`extends` too; 0 and -1 mean no limit. A value from a variable without a "
        "default counts as a limit. A service with neither `image` nor `build` is a fragment of an "
        "override file (its base is in another file) and is not reported for a missing field.",
    .bad = "services:\n  api:\n    image: example/api:3.2",
    .good = "services:\n  api:\n    image: example/api:3.2\n    mem_limit: 512m",
};

static const rp_rule r_pids = {
    .id = "RP-COMPOSE-022",
    .name = "compose-no-pids-limit",
    .analyzer = "compose",
    .severity = RP_SEV_LOW,
    .title = "Service has no PIDs limit",
    .description =
        "Without a PIDs limit, a fork bomb or a runaway worker pool in one container exhausts "
        "the host's process table, and nothing else on the host can start a process.",
    .remediation = "Set `pids_limit: 200` (or `deploy.resources.limits.pids`) above what the "
                   "service uses at peak.",
    .refs = {"CIS-Docker-5.29", "kics:221e0658-cb2a-44e3-b08a-db96a341d6fa", NULL},
    .notes = "Either `pids_limit` or `deploy.resources.limits.pids` counts; 0 and -1 mean "
             "no limit, as KICS also reports. A service with neither `image` nor `build` is a "
             "fragment of an override file (its base is in another file) and is not reported for a "
             "missing field.",
    .bad = "services:\n  api:\n    image: example/api:3.2",
    .good = "services:\n  api:\n    image: example/api:3.2\n    pids_limit: 200",
};

static const rp_rule r_restart = {
    .id = "RP-COMPOSE-023",
    .name = "compose-restart-policy",
    .analyzer = "compose",
    .severity = RP_SEV_INFO,
    .title = "Restart policy retries forever",
    .description =
        "`restart: always`, `unless-stopped` or `on-failure` without a count restart a "
        "crashing container forever: a service that fails at start burns CPU and floods the "
        "logs, and an exploit that crashes it gets unlimited attempts. CIS asks for "
        "`on-failure` with at most 5 retries.",
    .remediation = "Use `restart: on-failure:5` (or `deploy.restart_policy: {condition: "
                   "on-failure, max_attempts: 5}`) and let monitoring report the failure.",
    .refs = {"CIS-Docker-5.15", "kics:2fc99041-ddad-49d5-853f-e35e70a48391", NULL},
    .notes = "docker-bench warns on any policy but on-failure:5 and KICS on any on-failure "
             "count but 5; rampart reports only unbounded retries and counts above 5, and "
             "`restart: \"no\"` (the default) is fine.",
    .bad = "services:\n  worker:\n    image: example/worker:1.0\n    restart: always",
    .good = "services:\n  worker:\n    image: example/worker:1.0\n    restart: on-failure:5",
};

static const rp_rule *const rules[] = {&r_secret, &r_image,   &r_read_only, &r_memory,
                                       &r_pids,   &r_restart, NULL};

/* ---- secrets ---- */

/* The first characters of a secret (at most 4, a third of a short one, never cutting a UTF-8
 * character) and an ellipsis. */
static void
redact(char *out, size_t size, const char *v)
{
    size_t len = strlen(v), n = len >= 12 ? 4 : len / 3;

    while (n > 0 && ((unsigned char)v[n] & 0xC0) == 0x80)
        n--;
    snprintf(out, size, "%.*s\xe2\x80\xa6", (int)n, v);
}

static void
check_env(rp__cmp_check *c, const rp_compose_service *s, const rp_node *env, const char *where)
{
    for (size_t i = 0; i < rp_compose_env_count(env); i++) {
        rp_compose_env e;
        char field[1280], shown[32];
        bool known;
        if (!rp_compose_env_at(&e, c->f, env, i) || !e.value || !e.value[0] ||
            !rp_compose_known(e.value) || !rp__df_secret_name(e.name, &known) ||
            rp__df_secret_value_exempt(e.name, known, e.value, true))
            continue;
        if (e.list)
            rp__cmp_field(field, sizeof(field), s, "%s[%zu]", where, i);
        else
            rp__cmp_field(field, sizeof(field), s, "%s.%s", where, e.name);
        redact(shown, sizeof(shown), e.value);
        rp__cmp_report(c, &r_secret, s, e.at, field,
                       "service \"%s\" sets %s to a literal value (\"%s\") in %s", s->name, e.name,
                       shown, where);
    }
}

/* ---- image ---- */

static void
check_image(rp__cmp_check *c, const rp_compose_service *s)
{
    const rp_node *n = rp_node_get(s->node, "image");
    const char *ref = rp_compose_text(c->f, n), *last, *tag;
    char field[1280];

    if (!rp__cmp_on(c, &r_image) || !ref || !ref[0] || !rp_compose_known(ref) || strchr(ref, '@') ||
        rp__cmp_get(c, s, "build", NULL))
        return;
    last = strrchr(ref, '/');
    tag = strchr(last ? last : ref, ':');
    rp__cmp_field(field, sizeof(field), s, "image");
    if (!tag)
        rp__cmp_report(c, &r_image, s, n, field,
                       "service \"%s\" uses image %s without a tag: Docker pulls %s:latest, "
                       "whatever that is today",
                       s->name, ref, ref);
    else if (strcmp(tag + 1, "latest") == 0)
        rp__cmp_report(c, &r_image, s, n, field,
                       "service \"%s\" uses image %s: latest moves with every release", s->name,
                       ref);
}

/* ---- read-only root filesystem ---- */

static void
check_read_only(rp__cmp_check *c, const rp_compose_service *s)
{
    const rp_compose_service *from = NULL;
    const rp_node *n = rp__cmp_get(c, s, "read_only", &from);
    const char *v = rp_compose_text(c->f, n);
    char field[1280];

    if (!rp__cmp_on(c, &r_read_only) || rp_compose_true(c->f, n))
        return;
    if (n && (from != s || !v || !rp_compose_known(v)))
        return; /* written in the service it extends (reported there), or not known */
    if (!n && rp__cmp_partial(c, s))
        return;
    rp__cmp_report(c, &r_read_only, s, n, rp__cmp_field(field, sizeof(field), s, "read_only"),
                   n ? "service \"%s\" sets read_only: %s: its root filesystem is writable"
                     : "service \"%s\" does not set read_only: true: its root filesystem is "
                       "writable",
                   s->name, v ? v : "");
}

/* ---- resource limits ---- */

/* True when a limit value sets no limit ("0", "-1"). */
static bool
unlimited(const char *v)
{
    return v && (strcmp(v, "0") == 0 || strcmp(v, "-1") == 0);
}

/* Reports rule when s sets neither key nor deploy.resources.limits.<dkey> (or sets 0 or -1). */
static void
check_limit(rp__cmp_check *c, const rp_compose_service *s, const rp_rule *rule, const char *key,
            const char *dkey, const char *what)
{
    const rp_compose_service *from = NULL, *dfrom = NULL;
    const rp_node *n = rp__cmp_get(c, s, key, &from);
    const rp_node *deploy = rp__cmp_get(c, s, "deploy", &dfrom);
    const rp_node *limits = rp_node_path(deploy, "resources.limits");
    const rp_node *dn = rp_node_get(limits, dkey), *bad = NULL;
    char field[1280], sub[64];

    if (!rp__cmp_on(c, rule))
        return;
    if (n && !unlimited(rp_compose_text(c->f, n)))
        return;
    if (dn && dn->type != RP_NODE_NULL && !unlimited(rp_compose_text(c->f, dn)))
        return;
    snprintf(sub, sizeof(sub), "deploy.resources.limits.%s", dkey);
    if (n && from == s)
        bad = n;
    else if (dn && dn->type != RP_NODE_NULL && dfrom == s)
        bad = dn;
    if (bad) {
        const char *name = bad == n ? key : sub;
        rp__cmp_report(c, rule, s, bad, rp__cmp_field(field, sizeof(field), s, "%s", name),
                       "service \"%s\" sets %s to %s: no %s limit", s->name, name,
                       rp_compose_text(c->f, bad), what);
        return;
    }
    if (n || (dn && dn->type != RP_NODE_NULL) || rp__cmp_partial(c, s))
        return; /* set to no limit in the service it extends: reported there */
    if (limits && limits->type == RP_NODE_MAP && dfrom == s)
        rp__cmp_report(c, rule, s, rp__cmp_key(rp_node_get(deploy, "resources"), "limits"),
                       rp__cmp_field(field, sizeof(field), s, "%s", sub),
                       "service \"%s\" sets no %s limit", s->name, what);
    else
        rp__cmp_report(c, rule, s, NULL, rp__cmp_field(field, sizeof(field), s, "%s", key),
                       "service \"%s\" sets no %s limit (%s or deploy.resources.limits.%s)",
                       s->name, what, key, dkey);
}

/* ---- restart policy ---- */

/* True when "on-failure:N" (or max_attempts N) allows at most 5 retries. */
static bool
bounded(const char *count)
{
    uint64_t n;

    return count && (!rp_compose_known(count) ||
                     (rp__parse_u64(&n, count, UINT32_MAX) == 0 && n >= 1 && n <= 5));
}

static void
check_restart(rp__cmp_check *c, const rp_compose_service *s)
{
    const rp_node *n = rp_node_get(s->node, "restart");
    const rp_node *pol = rp_node_path(s->node, "deploy.restart_policy");
    const char *v = rp_compose_text(c->f, n);
    char field[1280];

    if (!rp__cmp_on(c, &r_restart))
        return;
    if (v &&
        (strcmp(v, "always") == 0 || strcmp(v, "unless-stopped") == 0 ||
         strcmp(v, "on-failure") == 0 || (strncmp(v, "on-failure:", 11) == 0 && !bounded(v + 11))))
        rp__cmp_report(c, &r_restart, s, n, rp__cmp_field(field, sizeof(field), s, "restart"),
                       "service \"%s\" restarts without a bound (restart: %s)", s->name, v);
    if (pol && pol->type == RP_NODE_MAP) {
        const char *cond = rp_compose_text(c->f, rp_node_get(pol, "condition"));
        const rp_node *max = rp_node_get(pol, "max_attempts");
        if ((cond && strcmp(cond, "none") == 0) || (cond && !rp_compose_known(cond)) ||
            bounded(rp_compose_text(c->f, max)))
            return;
        rp__cmp_report(c, &r_restart, s,
                       max ? max : rp__cmp_key(rp_node_get(s->node, "deploy"), "restart_policy"),
                       rp__cmp_field(field, sizeof(field), s, "deploy.restart_policy%s",
                                     max ? ".max_attempts" : ""),
                       "service \"%s\" restarts on %s without a bound of 5 attempts", s->name,
                       cond ? cond : "any exit");
    }
}

static void
check_service(rp__cmp_check *c, const rp_compose_service *s)
{
    if (rp__cmp_on(c, &r_secret)) {
        const rp_node *build = rp_node_get(s->node, "build");
        check_env(c, s, rp_node_get(s->node, "environment"), "environment");
        check_env(c, s, rp_node_get(build, "args"), "build.args");
    }
    check_image(c, s);
    check_read_only(c, s);
    check_limit(c, s, &r_memory, "mem_limit", "memory", "memory");
    check_limit(c, s, &r_pids, "pids_limit", "pids", "PIDs");
    check_restart(c, s);
}

const rp__cmp_ruleset rp__cmp_set_runtime = {rules, check_service};
