/* Dockerfile rules: instruction hygiene. MAINTAINER, repeated CMD/ENTRYPOINT/HEALTHCHECK, a
 * missing HEALTHCHECK, shell-form CMD/ENTRYPOINT, EXPOSE, WORKDIR, VOLUME, ONBUILD triggers,
 * ENV self-references, LABEL keys and the configured label schema (hadolint's DL3049-DL3058). */
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include <strings.h>

#include "core/util.h"
#include "dockerfile/label_values.h"
#include "dockerfile/rules.h"

static const rp_rule r_maintainer = {
    .id = "RP-DF-055",
    .name = "maintainer-deprecated",
    .analyzer = "dockerfile",
    .severity = RP_SEV_INFO,
    .title = "MAINTAINER is deprecated",
    .description =
        "MAINTAINER has been deprecated since Docker 1.13. It fills only the `author` field of "
        "the image config, which registries, SBOM generators and image catalogues do not show; "
        "they read the `org.opencontainers.image.authors` label (the OCI annotation), so the "
        "contact written with MAINTAINER is effectively lost.",
    .remediation = "Replace `MAINTAINER Jane Doe <jane@example.com>` with "
                   "`LABEL org.opencontainers.image.authors=\"Jane Doe <jane@example.com>\"`.",
    .refs = {"DL4000", "AVD-DS-0022", "CKV_DOCKER_6", NULL},
    .notes = "Trivy rates this HIGH and hadolint an error; it has no security impact, so rampart "
             "reports it as info. `ONBUILD MAINTAINER` is RP-DF-066 (the build fails).",
    .bad = "FROM debian:12.5\nMAINTAINER Jane Doe <jane@example.com>",
    .good = "FROM debian:12.5\nLABEL org.opencontainers.image.authors=\"Jane Doe "
            "<jane@example.com>\"",
};

static const rp_rule r_multi_cmd = {
    .id = "RP-DF-056",
    .name = "multiple-cmd",
    .analyzer = "dockerfile",
    .severity = RP_SEV_LOW,
    .title = "More than one CMD in a stage",
    .description =
        "Only the last CMD of a stage takes effect; the earlier ones are dead code. A reader or "
        "reviewer who stops at the first CMD believes the container runs something it does not, "
        "and a later edit of the wrong CMD changes nothing. Each stage counts on its own: a CMD "
        "in a builder stage and another in the final stage are fine.",
    .remediation = "Keep the one CMD you mean and delete the others. To run several processes, "
                   "use an entrypoint script or a process supervisor (tini, s6) in one CMD.",
    .refs = {"DL4003", "AVD-DS-0016", NULL},
    .notes = "hadolint reports every CMD after the first one of a stage, Trivy only the second "
             "one (as HIGH). rampart reports each extra CMD at its own line, like hadolint. A CMD "
             "inside ONBUILD is not counted: it belongs to the child image.",
    .bad = "FROM node:20.11-slim\nCMD [\"npm\", \"test\"]\nCMD [\"node\", \"server.js\"]",
    .good = "FROM node:20.11-slim\nCMD [\"node\", \"server.js\"]",
};

static const rp_rule r_multi_entrypoint = {
    .id = "RP-DF-057",
    .name = "multiple-entrypoint",
    .analyzer = "dockerfile",
    .severity = RP_SEV_LOW,
    .title = "More than one ENTRYPOINT in a stage",
    .description =
        "Only the last ENTRYPOINT of a stage takes effect; the earlier ones are dead code that "
        "misleads readers about what the container executes, for instance an init wrapper (tini, "
        "dumb-init) that looks installed but is overridden by a later ENTRYPOINT. Each stage "
        "counts on its own.",
    .remediation = "Keep a single ENTRYPOINT per stage; chain wrappers inside it "
                   "(`ENTRYPOINT [\"tini\", \"--\", \"/docker-entrypoint.sh\"]`).",
    .refs = {"DL4004", "AVD-DS-0007", NULL},
    .notes = "hadolint reports every ENTRYPOINT after the first one of a stage, Trivy only the "
             "second one (as CRITICAL). rampart reports each extra one at its own line. ONBUILD "
             "ENTRYPOINT is not counted.",
    .bad = "FROM alpine:3.19\nENTRYPOINT [\"/sbin/tini\", \"--\"]\nENTRYPOINT [\"/app\"]",
    .good = "FROM alpine:3.19\nENTRYPOINT [\"/sbin/tini\", \"--\", \"/app\"]",
};

static const rp_rule r_multi_healthcheck = {
    .id = "RP-DF-058",
    .name = "multiple-healthcheck",
    .analyzer = "dockerfile",
    .severity = RP_SEV_LOW,
    .title = "More than one HEALTHCHECK in a stage",
    .description =
        "Only the last HEALTHCHECK of a stage takes effect. An earlier, stricter check that "
        "looks active is silently replaced, or a later `HEALTHCHECK NONE` switches health "
        "checking off altogether. Each stage counts on its own.",
    .remediation = "Keep one HEALTHCHECK per stage, the one that really tests the service.",
    .refs = {"DL3012", "AVD-DS-0023", NULL},
    .notes = "`HEALTHCHECK NONE` counts as a HEALTHCHECK, as in hadolint and Trivy. rampart "
             "reports each extra one at its own line.",
    .bad = "FROM nginx:1.25\nHEALTHCHECK CMD curl -f http://localhost/ || exit 1\n"
           "HEALTHCHECK CMD wget -q --spider http://localhost/",
    .good = "FROM nginx:1.25\nHEALTHCHECK CMD curl -f http://localhost/ || exit 1",
};

static const rp_rule r_no_healthcheck = {
    .id = "RP-DF-059",
    .name = "healthcheck-missing",
    .analyzer = "dockerfile",
    .severity = RP_SEV_LOW,
    .title = "Final image has no HEALTHCHECK",
    .description =
        "Without a HEALTHCHECK, Docker only knows that the process is alive, not that it "
        "serves: a deadlocked service shows as up, Swarm keeps routing to it instead of "
        "replacing the task, and Compose cannot wait for it with `condition: service_healthy`. "
        "`HEALTHCHECK NONE` switches off a check inherited from the base image. (Kubernetes "
        "ignores HEALTHCHECK and uses its own probes; for images that only run there this rule "
        "can be disabled.)",
    .remediation = "Add a HEALTHCHECK to the final stage (or to the stage it is built FROM) that "
                   "exercises the service: `HEALTHCHECK --interval=30s --timeout=3s CMD "
                   "[\"/app/healthcheck\"]` or `HEALTHCHECK CMD curl -fsS http://localhost:8080/"
                   "healthz || exit 1`.",
    .refs = {"DL3057", "AVD-DS-0026", "CIS-DI-0006", "CKV_DOCKER_2", "CIS-Docker-4.6",
             "CIS-Docker-5.27", NULL},
    .notes = "rampart looks at the final stage and the stages it is built FROM (their "
             "HEALTHCHECK is inherited) and reports once, at the final FROM. Trivy DS026 and "
             "Checkov accept a HEALTHCHECK in any stage, even a builder's; hadolint's DL3057 is "
             "off by default and checks every stage; Dockle checks the built image's config, "
             "where `HEALTHCHECK NONE` passes. A HEALTHCHECK of the base image cannot be seen "
             "from the Dockerfile and is not assumed.",
    .bad = "FROM python:3.12-slim\nCOPY app /app\nCMD [\"python\", \"-m\", \"app\"]",
    .good = "FROM python:3.12-slim\nCOPY app /app\nHEALTHCHECK CMD [\"python\", \"-m\", "
            "\"app.health\"]\nCMD [\"python\", \"-m\", \"app\"]",
};

static const rp_rule r_shell_form = {
    .id = "RP-DF-060",
    .name = "shell-form-cmd",
    .analyzer = "dockerfile",
    .severity = RP_SEV_LOW,
    .title = "CMD or ENTRYPOINT in shell form",
    .description =
        "Shell form runs the command as `/bin/sh -c \"...\"`. Unless the shell replaces itself "
        "with the program, sh is PID 1 and does not pass SIGTERM on, so `docker stop` waits for "
        "its timeout and then SIGKILLs the service: no graceful shutdown, lost in-flight "
        "requests and unflushed data. A shell-form ENTRYPOINT also ignores CMD and the "
        "arguments given to `docker run`.",
    .remediation = "Use the exec (JSON) form: `CMD [\"nginx\", \"-g\", \"daemon off;\"]`. When "
                   "the shell is needed (variable expansion), start the command with `exec` "
                   "(`CMD exec gunicorn -b 0.0.0.0:$PORT app:app`) or use an entrypoint script "
                   "that ends with `exec \"$@\"`.",
    .refs = {"DL3025", NULL},
    .notes = "As in hadolint, a shell-form HEALTHCHECK CMD is not reported: the check is not PID "
             "1 and its shell form is the documented idiom. Unlike hadolint, a shell-form CMD "
             "that starts with `exec` passes, since the program then replaces the shell as PID "
             "1 (a shell-form ENTRYPOINT is still reported: it drops CMD). ONBUILD CMD and "
             "ENTRYPOINT triggers are checked too. Text that looks like JSON but is not (single "
             "quotes) is reported with that reason: Docker runs it through the shell.",
    .bad = "FROM node:20.11-slim\nCMD node server.js",
    .good = "FROM node:20.11-slim\nCMD [\"node\", \"server.js\"]",
};

static const rp_rule r_expose_ssh = {
    .id = "RP-DF-061",
    .name = "expose-ssh",
    .analyzer = "dockerfile",
    .severity = RP_SEV_MEDIUM,
    .title = "SSH port 22 exposed",
    .description =
        "Exposing port 22 means an SSH server runs in the container. Containers are entered "
        "with `docker exec` or `kubectl exec`; an sshd adds a long-lived credential or key baked "
        "into or mounted in the image, a root daemon and a network service that container "
        "tooling neither logs nor audits (CIS Docker 5.7).",
    .remediation = "Remove 22 from EXPOSE and the SSH server from the image; use `docker exec`, "
                   "`kubectl exec` or `kubectl debug` for interactive access.",
    .refs = {"AVD-DS-0004", "CKV_DOCKER_1", "CIS-Docker-5.7", NULL},
    .notes = "Trivy compares the words with `22`, `22/tcp` and `22/udp`, Checkov with `22` and "
             "`22/tcp`. rampart also substitutes ARG and ENV values (`EXPOSE ${SSH_PORT}`) and "
             "reports a range that contains 22 (`EXPOSE 20-30`).",
    .bad = "FROM debian:12.5\nEXPOSE 22 8080",
    .good = "FROM debian:12.5\nEXPOSE 8080",
};

static const rp_rule r_expose_bad = {
    .id = "RP-DF-062",
    .name = "expose-invalid-port",
    .analyzer = "dockerfile",
    .severity = RP_SEV_MEDIUM,
    .title = "EXPOSE with an invalid port",
    .description =
        "A port is a number from 0 to 65535, optionally a range `start-end`, with an optional "
        "protocol tcp, udp or sctp. Anything else makes the build fail, or documents a port "
        "the service does not listen on. A `host:container` mapping in EXPOSE publishes "
        "nothing: EXPOSE only documents container ports, and publishing is `docker run -p`.",
    .remediation = "Write each port as `8080`, `8080/tcp`, `53/udp` or a range `8000-8010`: "
                   "`EXPOSE 8080/tcp 8443`. Publish host ports at run time (`-p 80:8080`).",
    .refs = {"DL3011", "AVD-DS-0008", NULL},
    .notes = "hadolint and Trivy only compare the number with 65535 (Trivy skips ranges). "
             "rampart also reports an unknown protocol (`80/tcpx`), a reversed range, a word "
             "that is not a port and a host mapping. A `$VAR` that no ARG or ENV resolves is "
             "skipped.",
    .bad = "FROM nginx:1.25\nEXPOSE 80/tcpx 70000",
    .good = "FROM nginx:1.25\nEXPOSE 80/tcp 443",
};

static const rp_rule r_workdir_rel = {
    .id = "RP-DF-063",
    .name = "workdir-relative",
    .analyzer = "dockerfile",
    .severity = RP_SEV_LOW,
    .title = "WORKDIR is a relative path",
    .description =
        "A relative WORKDIR is resolved against the previous WORKDIR, which may come from the "
        "base image. The directory that the following COPY, RUN and the container process use "
        "then depends on an image you do not control and moves when the base image changes.",
    .remediation = "Use an absolute path: `WORKDIR /app` (Windows: `WORKDIR C:\\\\app`).",
    .refs = {"DL3000", "AVD-DS-0009", "CKV_DOCKER_10", NULL},
    .notes = "As in hadolint, a path that starts with `/`, a Windows drive (`C:\\` or `C:/`) or "
             "a variable passes. Unlike hadolint, a variable that an ARG or ENV resolves to a "
             "relative path (`ARG DIR=app` then `WORKDIR $DIR`) is reported, and `C:app` (relative "
             "to the drive's current directory) is not taken as absolute.",
    .bad = "FROM golang:1.22\nWORKDIR src/app",
    .good = "FROM golang:1.22\nWORKDIR /src/app",
};

static const rp_rule r_workdir_sys = {
    .id = "RP-DF-064",
    .name = "workdir-system-dir",
    .analyzer = "dockerfile",
    .severity = RP_SEV_HIGH,
    .title = "WORKDIR inside a system directory",
    .description =
        "/proc, /sys and /dev are kernel interfaces that the runtime mounts over the image when "
        "the container starts, and /boot, /initrd and /lost+found belong to the host's boot and "
        "filesystem repair. A working directory there means the application reads and writes "
        "its relative paths into kernel or device interfaces, and whatever the build put there "
        "is hidden at run time. A WORKDIR under /proc/self/fd was how the runc breakout "
        "CVE-2024-21626 reached the host filesystem.",
    .remediation = "Use an application directory: `WORKDIR /app` or `WORKDIR /srv/<name>`.",
    .refs = {"AVD-DS-0030", "CIS-Docker-5.6", NULL},
    .notes = "Trivy matches only with a trailing slash (`/proc/`), so a bare `WORKDIR /proc` "
             "passes there, and it has no /sys. rampart checks the path after variable "
             "substitution and normalisation (`//`, `/./`, `..`, trailing slash).",
    .bad = "FROM alpine:3.19\nWORKDIR /proc/self",
    .good = "FROM alpine:3.19\nWORKDIR /app",
};

static const rp_rule r_volume_sys = {
    .id = "RP-DF-065",
    .name = "volume-sensitive-dir",
    .analyzer = "dockerfile",
    .severity = RP_SEV_HIGH,
    .title = "VOLUME on a system directory or the Docker socket",
    .description =
        "VOLUME turns the path into a volume on every run and tells operators to mount "
        "something there. A host's /, /etc, /proc, /sys, /dev, /boot, /lib or /usr mounted into "
        "a container, or the Docker socket, hands the container control of the host (CIS "
        "Docker 5.6 and 5.32). Even as an anonymous volume, system files copied into it outlive "
        "the image: a new image's fixes to them do not reach a container that keeps the volume.",
    .remediation = "Declare volumes only for application data (`VOLUME /var/lib/app`). Do not "
                   "give containers the Docker socket; if one must drive Docker, use a socket "
                   "proxy that allows only the calls it needs.",
    .refs = {"DKL-DI-0002", "CIS-Docker-5.6", "CIS-Docker-5.32", NULL},
    .notes = "Dockle checks the built image's volumes for /sys, /dev and /proc only. rampart "
             "checks each VOLUME path (exec or shell form, after variable substitution and "
             "normalisation) against the CIS 5.6 list and /var/run/docker.sock, /run/docker.sock.",
    .bad = "FROM docker:25.0-cli\nVOLUME /var/run/docker.sock",
    .good = "FROM postgres:16.2\nVOLUME /var/lib/postgresql/data",
};

static const rp_rule r_onbuild = {
    .id = "RP-DF-066",
    .name = "onbuild-forbidden-trigger",
    .analyzer = "dockerfile",
    .severity = RP_SEV_MEDIUM,
    .title = "ONBUILD with a trigger Docker refuses",
    .description =
        "`ONBUILD ONBUILD`, `ONBUILD FROM` and `ONBUILD MAINTAINER` are rejected when Docker "
        "(BuildKit and the classic builder) parses the Dockerfile, so the image cannot be "
        "built as written.",
    .remediation = "Remove the trigger: a child image names its base in its own FROM, chained "
                   "triggers are not supported, and authorship goes into "
                   "`LABEL org.opencontainers.image.authors=...`.",
    .refs = {"DL3043", NULL},
    .notes = NULL,
    .bad = "FROM node:20.11-slim\nONBUILD FROM node:20.11-slim\nONBUILD COPY . /app",
    .good = "FROM node:20.11-slim\nONBUILD COPY . /app",
};

static const rp_rule r_env_self = {
    .id = "RP-DF-067",
    .name = "env-self-reference",
    .analyzer = "dockerfile",
    .severity = RP_SEV_LOW,
    .title = "ENV reads a variable it sets in the same instruction",
    .description =
        "Every value of one ENV instruction is expanded with the variables as they were before "
        "the instruction. In `ENV A=1 B=$A`, B gets the previous A (often nothing), not 1: a "
        "silent bug that typically leaves an empty setting or a wrong PATH.",
    .remediation = "Split the instruction: `ENV APP_HOME=/opt/app` then "
                   "`ENV PATH=$APP_HOME/bin:$PATH`.",
    .refs = {"DL3044", NULL},
    .notes = "hadolint skips names that an earlier ARG or ENV defined, though B gets the stale "
             "value there too: rampart reports every reference to a name set by an earlier pair "
             "of the same ENV. Like hadolint, a reference to a name set by a later pair "
             "(`ENV PATH=$JAVA_HOME/bin:$PATH JAVA_HOME=/opt/java`) is reported when nothing "
             "set that name before (it expands to nothing), and not when an earlier ARG or ENV "
             "did (the old value is then plainly meant). A pair reading its own old value "
             "(`ENV PATH=/x:$PATH`) is fine.",
    .bad = "FROM debian:12.5\nENV APP_HOME=/opt/app PATH=$APP_HOME/bin:$PATH",
    .good = "FROM debian:12.5\nENV APP_HOME=/opt/app\nENV PATH=$APP_HOME/bin:$PATH",
};

static const rp_rule r_label_key = {
    .id = "RP-DF-068",
    .name = "label-invalid-key",
    .analyzer = "dockerfile",
    .severity = RP_SEV_INFO,
    .title = "LABEL key not in the recommended format",
    .description =
        "Docker's key format recommendation: lowercase reverse-DNS keys "
        "(`com.example.app.version`) made of lowercase letters, digits, '.' and '-', starting "
        "with a letter and ending with a letter or digit, without '..' or '--'; the "
        "com.docker.*, io.docker.* and org.dockerproject.* namespaces are reserved for Docker. "
        "Such keys do not collide with other tools' labels and can be filtered reliably.",
    .remediation = "Rename the key, preferring the OCI annotation keys where one fits: "
                   "`LABEL org.opencontainers.image.version=1.2.3` instead of "
                   "`LABEL Version=1.2.3`.",
    .refs = {"DL3048", NULL},
    .notes = "The same test as hadolint. A key that holds a `$VAR` is not judged: its name is "
             "only known at build time.",
    .bad = "FROM alpine:3.19\nLABEL Maintainer=\"ops\" com.docker.extension=x",
    .good = "FROM alpine:3.19\nLABEL org.opencontainers.image.authors=\"ops\"",
};

static const rp_rule r_label_missing = {
    .id = "RP-DF-069",
    .name = "label-missing",
    .analyzer = "dockerfile",
    .severity = RP_SEV_INFO,
    .title = "Label required by the label schema is missing",
    .description =
        "With a `label-schema` configured, every label it names must be set on the final "
        "image, so that registries, scanners and the people who run the image can find its "
        "source, version, licence and owner.",
    .remediation = "Add the missing labels to the final stage (or to the stage it is built "
                   "FROM), e.g. `LABEL org.opencontainers.image.source="
                   "https://github.com/example/app`; pass build-time values with "
                   "`ARG`/`--build-arg`.",
    .refs = {"DL3049", NULL},
    .notes = "hadolint checks every stage that is not copied from, so builder stages need the "
             "labels too; rampart checks only the final stage, counting the labels of the stages "
             "it is built FROM. Labels of the base image cannot be seen and do not count.",
    .bad = "# label-schema: {org.opencontainers.image.source: url}\nFROM alpine:3.19",
    .good = "# label-schema: {org.opencontainers.image.source: url}\nFROM alpine:3.19\n"
            "LABEL org.opencontainers.image.source=https://github.com/example/app",
    .flags = RP_RULE_NEEDS_CONFIG,
};

static const rp_rule r_label_extra = {
    .id = "RP-DF-070",
    .name = "label-not-in-schema",
    .analyzer = "dockerfile",
    .severity = RP_SEV_INFO,
    .title = "Label not in the label schema",
    .description = "With `strict-labels: true`, only the labels named in `label-schema` may be "
                   "set, which keeps image metadata uniform across a fleet and catches typos in "
                   "label keys.",
    .remediation = "Remove the label, fix its spelling, or add it to `label-schema` in "
                   ".rampart.yaml.",
    .refs = {"DL3050", NULL},
    .notes = "hadolint reports the LABEL instruction without naming the keys; rampart names them.",
    .bad = "# strict-labels: true\nFROM alpine:3.19\nLABEL org.opencontainers.image.sorce=x",
    .good = "# strict-labels: true\nFROM alpine:3.19\nLABEL org.opencontainers.image.source=x",
    .flags = RP_RULE_NEEDS_CONFIG,
};

static const rp_rule r_label_empty = {
    .id = "RP-DF-071",
    .name = "label-empty",
    .analyzer = "dockerfile",
    .severity = RP_SEV_INFO,
    .title = "Label of the schema set to an empty value",
    .description = "A label that the schema requires, set to an empty string, passes a presence "
                   "check but tells nobody anything.",
    .remediation = "Give the label a value, or set it at build time: `ARG VERSION` then "
                   "`LABEL org.opencontainers.image.version=$VERSION` and "
                   "`docker build --build-arg VERSION=1.2.3`.",
    .refs = {"DL3051", NULL},
    .notes = "As in hadolint, only a value written empty counts; a `$VAR` value is set at build "
             "time and is not judged.",
    .bad = "# label-schema: {org.opencontainers.image.version: semver}\nFROM alpine:3.19\n"
           "LABEL org.opencontainers.image.version=\"\"",
    .good = "# label-schema: {org.opencontainers.image.version: semver}\nFROM alpine:3.19\n"
            "LABEL org.opencontainers.image.version=1.4.2",
    .flags = RP_RULE_NEEDS_CONFIG,
};

static const rp_rule r_label_value = {
    .id = "RP-DF-072",
    .name = "label-invalid-value",
    .analyzer = "dockerfile",
    .severity = RP_SEV_INFO,
    .title = "Label value does not match its schema type",
    .description =
        "The label schema gives labels a type: url, rfc3339, spdx, hash, semver or email. A "
        "value of the wrong shape breaks the tools that read it: a registry's link to the "
        "source, an SBOM's licence, a deployment's version comparison or an alert's contact.",
    .remediation = "Write the value in its type's form: url `https://github.com/example/app`; "
                   "rfc3339 `2024-05-01T12:00:00Z`; spdx `Apache-2.0` or `MIT OR Apache-2.0`; "
                   "hash a git commit `4f2a1c9`; semver `1.4.2` (no `v`); email "
                   "`ops@example.com`.",
    .refs = {"DL3052", "DL3053", "DL3054", "DL3055", "DL3056", "DL3058", NULL},
    .notes = "Values that use a `$VAR` are skipped: they are set with --build-arg (hadolint "
             "checks the literal `$VAR` text and reports it). spdx takes a full SPDX license "
             "expression (`AND`, `OR`, `WITH`, `+`, parentheses, `LicenseRef-*`), as the OCI "
             "licenses annotation specifies, where hadolint accepts one license id only; ids "
             "are matched, case-insensitively, against the SPDX license list. hash takes 7 to "
             "40 lowercase hex digits (git abbreviates to more than 7 in large repositories) or "
             "64 (SHA-256 repositories), where hadolint wants exactly 7 or 40.",
    .bad = "# label-schema: {org.opencontainers.image.created: rfc3339}\nFROM alpine:3.19\n"
           "LABEL org.opencontainers.image.created=\"May 1st 2024\"",
    .good = "# label-schema: {org.opencontainers.image.created: rfc3339}\nFROM alpine:3.19\n"
            "LABEL org.opencontainers.image.created=2024-05-01T12:00:00Z",
    .flags = RP_RULE_NEEDS_CONFIG,
};

static const rp_rule *const rules[] = {
    &r_maintainer,
    &r_multi_cmd,
    &r_multi_entrypoint,
    &r_multi_healthcheck,
    &r_no_healthcheck,
    &r_shell_form,
    &r_expose_ssh,
    &r_expose_bad,
    &r_workdir_rel,
    &r_workdir_sys,
    &r_volume_sys,
    &r_onbuild,
    &r_env_self,
    &r_label_key,
    &r_label_missing,
    &r_label_extra,
    &r_label_empty,
    &r_label_value,
    NULL,
};

/* ---- helpers ---------------------------------------------------------------------------- */

/* A list for a message ("a, b, c"), cut with "..." when it does not fit. */
typedef struct list_buf {
    char s[768];
    size_t n;
    unsigned count;
} list_buf;

static void list_add(list_buf *l, const char *sep, const char *fmt, ...) RP_PRINTF(3, 4);

static void
list_add(list_buf *l, const char *sep, const char *fmt, ...)
{
    size_t room;
    va_list ap;
    int k;

    if (l->count++ && l->n + strlen(sep) < sizeof(l->s)) {
        memcpy(l->s + l->n, sep, strlen(sep) + 1);
        l->n += strlen(sep);
    }
    room = sizeof(l->s) - l->n;
    if (room < 4)
        return;
    va_start(ap, fmt);
    k = vsnprintf(l->s + l->n, room, fmt, ap);
    va_end(ap);
    if (k < 0)
        return;
    if ((size_t)k >= room) {
        l->n = sizeof(l->s) - 1;
        memcpy(l->s + l->n - 3, "...", 4);
    } else {
        l->n += (size_t)k;
    }
}

static const char *
stage_label(char *buf, size_t size, const rp_dockerfile *df, int s)
{
    if (s < 0 || (size_t)s >= df->nstages)
        snprintf(buf, size, "(before FROM)");
    else if (df->stages[s].name)
        snprintf(buf, size, "'%s'", df->stages[s].name);
    else
        snprintf(buf, size, "#%d (FROM %.60s)", s, df->stages[s].base ? df->stages[s].base : "?");
    return buf;
}

static bool
is_name_char(char ch)
{
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
           ch == '_';
}

/* True when s holds a variable reference ($NAME or ${...}) left for build time. */
static bool
has_var(const char *s)
{
    for (const char *d = strchr(s, '$'); d; d = strchr(d + 1, '$'))
        if (d[1] == '{' || (is_name_char(d[1]) && !(d[1] >= '0' && d[1] <= '9')))
            return true;
    return false;
}

/* Writes the absolute path p with "//", "/./", "/../" and a trailing '/' resolved; false
 * when p is not absolute or does not fit. */
static bool
norm_path(char *out, size_t size, const char *p)
{
    size_t n = 1;

    if (size < 2 || p[0] != '/')
        return false;
    out[0] = '/';
    while (*p) {
        const char *e;
        size_t len;
        while (*p == '/')
            p++;
        if (!*p)
            break;
        e = strchr(p, '/');
        len = e ? (size_t)(e - p) : strlen(p);
        if (len == 2 && p[0] == '.' && p[1] == '.') {
            while (n > 1 && out[n - 1] != '/')
                n--;
            if (n > 1)
                n--;
        } else if (!(len == 1 && p[0] == '.')) {
            if (n > 1)
                out[n++] = '/';
            if (n + len + 1 >= size)
                return false;
            memcpy(out + n, p, len);
            n += len;
        }
        p += len;
    }
    out[n] = '\0';
    return true;
}

/* The entry of dirs that path is or is under, or NULL. */
static const char *
under_any(const char *path, const char *const *dirs)
{
    for (; *dirs; dirs++) {
        size_t n = strlen(*dirs);
        if (strncmp(path, *dirs, n) == 0 && (path[n] == '\0' || path[n] == '/'))
            return *dirs;
    }
    return NULL;
}

/* ---- MAINTAINER, CMD/ENTRYPOINT/HEALTHCHECK -------------------------------------------- */

/* The instructions only the last of which counts in a stage. */
static const struct {
    rp_df_kind kind;
    const rp_rule *rule;
} once[] = {
    {RP_DF_CMD, &r_multi_cmd},
    {RP_DF_ENTRYPOINT, &r_multi_entrypoint},
    {RP_DF_HEALTHCHECK, &r_multi_healthcheck},
};

#define NONCE RP_COUNTOF(once)

/* Per-stage state of the one pass: the first and last instruction of each `once` kind. */
typedef struct stage_state {
    int stage;
    const rp_df_instr *first[NONCE];
    const rp_df_instr *last[NONCE];
    unsigned count[NONCE];
} stage_state;

static void
stage_begin(stage_state *ss, const rp_dockerfile *df, int stage)
{
    memset(ss, 0, sizeof(*ss));
    ss->stage = stage;
    if (stage < 0 || (size_t)stage >= df->nstages)
        return;
    for (size_t i = df->stages[stage].first; i < df->stages[stage].end; i++)
        for (size_t k = 0; k < NONCE; k++)
            if (df->instrs[i].kind == once[k].kind && !df->instrs[i].error) {
                ss->last[k] = &df->instrs[i];
                ss->count[k]++;
            }
}

static void
check_repeat(rp__df_check *c, stage_state *ss, const rp_df_instr *in)
{
    const char *kw = rp_df_kind_name(in->kind);
    char st[96];
    size_t k = 0;

    while (k < NONCE && once[k].kind != in->kind)
        k++;
    if (k == NONCE || ss->stage < 0)
        return;
    if (!ss->first[k]) {
        ss->first[k] = in;
        return;
    }
    stage_label(st, sizeof(st), c->df, ss->stage);
    if (ss->last[k] == in)
        rp__df_report(c, once[k].rule, in,
                      "%s overrides the %s at line %u in stage %s: only the last %s of a stage "
                      "takes effect, so the earlier %s dead code",
                      kw, kw, ss->first[k]->line, st, kw, ss->count[k] > 2 ? "ones are" : "one is");
    else
        rp__df_report(c, once[k].rule, in,
                      "%s repeats the %s at line %u in stage %s and is itself overridden at line "
                      "%u: only the last %s of a stage takes effect",
                      kw, kw, ss->first[k]->line, st, ss->last[k] ? ss->last[k]->line : 0, kw);
}

/* The final stage and the stages it is built FROM must end with a real HEALTHCHECK. */
static void
check_healthcheck(rp__df_check *c)
{
    const rp_dockerfile *df = c->df;
    const rp_df_stage *fin = rp__df_final_stage(df);
    const rp_df_instr *hc = NULL, *other = NULL;
    char st[96], ost[96];
    unsigned hops = 0;

    if (!fin || !rp__df_on(c, &r_no_healthcheck))
        return;
    for (int s = (int)fin->index; s >= 0 && !hc && hops++ < 64; s = df->stages[s].parent)
        for (size_t i = df->stages[s].end; i-- > df->stages[s].first && !hc;)
            if (df->instrs[i].kind == RP_DF_HEALTHCHECK)
                hc = &df->instrs[i];
    stage_label(st, sizeof(st), df, (int)fin->index);
    if (hc) {
        if (hc->healthcheck_none && !hc->error)
            rp__df_report(c, &r_no_healthcheck, &df->instrs[fin->first],
                          "the final stage %s switches health checking off with HEALTHCHECK "
                          "NONE at line %u: Docker cannot tell a hung service from a healthy one",
                          st, hc->line);
        return;
    }
    for (size_t i = 0; i < df->ninstrs && !other; i++)
        if (df->instrs[i].kind == RP_DF_HEALTHCHECK)
            other = &df->instrs[i];
    if (other)
        rp__df_report(c, &r_no_healthcheck, &df->instrs[fin->first],
                      "the final stage %s has no HEALTHCHECK; the one at line %u is in stage %s, "
                      "which the final image does not inherit",
                      st, other->line, stage_label(ost, sizeof(ost), df, other->stage));
    else
        rp__df_report(c, &r_no_healthcheck, &df->instrs[fin->first],
                      "the final stage %s has no HEALTHCHECK: Docker cannot tell a hung service "
                      "from a healthy one",
                      st);
}

/* The first word of t is w. */
static bool
first_word_is(const char *t, const char *w)
{
    size_t n = strlen(w);

    return strncmp(t, w, n) == 0 && (t[n] == '\0' || isspace((unsigned char)t[n]));
}

/* s with whitespace runs collapsed, cut to fit out with "...". */
static const char *
squeeze(char *out, size_t size, const char *s)
{
    size_t n = 0;
    bool space = false;

    if (size < 8) {
        if (size)
            out[0] = '\0';
        return out;
    }
    /* room is kept for a space, a character, "..." and the NUL */
    for (; *s && n + 6 <= size; s++) {
        if (isspace((unsigned char)*s)) {
            space = n > 0;
            continue;
        }
        if (space)
            out[n++] = ' ';
        space = false;
        out[n++] = *s;
    }
    if (*s)
        memcpy(out + n, "...", 3), n += 3;
    out[n] = '\0';
    return out;
}

static void
check_shell_form(rp__df_check *c, const rp_df_instr *in)
{
    const rp_df_instr *x = in->kind == RP_DF_ONBUILD ? in->sub : in;
    const char *pre = in->kind == RP_DF_ONBUILD ? "ONBUILD " : "", *kw, *t;
    char cmd[72];
    int n = 0;

    if (!x || (x->kind != RP_DF_CMD && x->kind != RP_DF_ENTRYPOINT) || x->json || x->error ||
        !x->args_text || !*x->args_text)
        return;
    kw = rp_df_kind_name(x->kind);
    t = squeeze(cmd, sizeof(cmd), x->args_text);
    while (t[n] && t[n] != ' ' && n < 40)
        n++;
    if (t[0] == '[')
        rp__df_report(c, &r_shell_form, in,
                      "%s%s %s is not valid JSON (the exec form needs double quotes), so Docker "
                      "runs it through /bin/sh -c as a shell command",
                      pre, kw, t);
    else if (x->kind == RP_DF_CMD && !first_word_is(t, "exec"))
        rp__df_report(c, &r_shell_form, in,
                      "%sCMD in shell form runs /bin/sh -c \"%s\": sh may stay PID 1 and not "
                      "pass SIGTERM to %.*s; write CMD [\"%.*s\", ...]",
                      pre, t, n, t, n, t);
    else if (x->kind == RP_DF_ENTRYPOINT)
        rp__df_report(c, &r_shell_form, in,
                      "%sENTRYPOINT in shell form runs /bin/sh -c \"%s\": CMD and docker run "
                      "arguments are ignored%s",
                      pre, t,
                      first_word_is(t, "exec") ? ""
                                               : ", and sh may stay PID 1 and not pass SIGTERM on");
}

/* ---- EXPOSE ----------------------------------------------------------------------------- */

typedef struct port_spec {
    unsigned long lo, hi;
    bool parsed;    /* lo and hi hold the container port(s) */
    bool ssh_proto; /* no protocol, tcp or udp */
} port_spec;

static bool
port_num(const char *s, size_t n, unsigned long *out)
{
    unsigned long v = 0;

    if (!n)
        return false;
    for (size_t i = 0; i < n; i++) {
        if (!isdigit((unsigned char)s[i]))
            return false;
        if (v < 10000000)
            v = v * 10 + (unsigned long)(s[i] - '0');
    }
    *out = v;
    return true;
}

/* Parses an EXPOSE word "port[-end][/proto]"; a "[ip:]host:" prefix is wrong but the
 * container port after it is still read. NULL when valid, else why not (in why). */
static const char *
parse_port(port_spec *ps, const char *w, size_t n, char *why, size_t size)
{
    const char *slash = memchr(w, '/', n), *p = w, *dash, *proto = NULL;
    size_t pn = slash ? (size_t)(slash - w) : n, prn = slash ? n - pn - 1 : 0;
    bool host = false;

    memset(ps, 0, sizeof(*ps));
    ps->ssh_proto = true;
    if (slash) {
        const char *pr = slash + 1;
        bool tcpudp = prn == 3 && (!strncasecmp(pr, "tcp", 3) || !strncasecmp(pr, "udp", 3));
        if (!tcpudp && !(prn == 4 && !strncasecmp(pr, "sctp", 4)))
            proto = pr;
        ps->ssh_proto = tcpudp;
    }
    for (size_t i = pn; i-- > 0;)
        if (w[i] == ':') {
            host = true;
            p = w + i + 1;
            pn -= i + 1;
            break;
        }
    dash = memchr(p, '-', pn);
    if (!port_num(p, dash ? (size_t)(dash - p) : pn, &ps->lo) ||
        (dash && !port_num(dash + 1, pn - (size_t)(dash - p) - 1, &ps->hi)))
        return "is not a port number or range";
    if (!dash)
        ps->hi = ps->lo;
    ps->parsed = true;
    if (ps->lo > 65535 || ps->hi > 65535)
        return "is above 65535";
    if (ps->lo > ps->hi)
        return "is a reversed range (start above end)";
    if (proto) {
        snprintf(why, size, "has the unknown protocol \"%.*s\" (tcp, udp or sctp)",
                 (int)(prn > 20 ? 20 : prn), proto);
        return why;
    }
    if (host)
        return "is a host:container mapping, which EXPOSE cannot publish";
    return NULL;
}

static void
check_expose(rp__df_check *c, const rp_df_instr *in)
{
    list_buf ssh = {0}, bad = {0};

    for (size_t i = 0; i < in->nargs; i++) {
        const char *x = in->xargs && in->xargs[i] ? in->xargs[i] : in->args[i], *w = x;
        bool from_var = in->args[i] && strcmp(in->args[i], x) != 0;
        if (!x || has_var(x))
            continue; /* left for build time */
        while (*w) {
            char why[96];
            port_spec ps;
            const char *e, *reason;
            int n;
            while (isspace((unsigned char)*w))
                w++;
            for (e = w; *e && !isspace((unsigned char)*e); e++)
                ;
            if (e == w)
                break;
            n = (int)(e - w > 64 ? 64 : e - w);
            reason = parse_port(&ps, w, (size_t)(e - w), why, sizeof(why));
            if (reason)
                list_add(&bad, "; ", "%.*s%s%s%s %s", n, w, from_var ? " (from " : "",
                         from_var ? in->args[i] : "", from_var ? ")" : "", reason);
            if (ps.parsed && ps.ssh_proto && ps.lo <= 22 && ps.hi >= 22 && ps.hi <= 65535)
                list_add(&ssh, ", ", "%.*s%s%s%s", n, w, from_var ? " (from " : "",
                         from_var ? in->args[i] : "", from_var ? ")" : "");
            w = e;
        }
    }
    if (ssh.count)
        rp__df_report(c, &r_expose_ssh, in,
                      "EXPOSE %s exposes the SSH port 22: enter containers with docker exec or "
                      "kubectl exec instead of running sshd",
                      ssh.s);
    if (bad.count)
        rp__df_report(c, &r_expose_bad, in, "EXPOSE %s", bad.s);
}

/* ---- WORKDIR, VOLUME, ONBUILD ----------------------------------------------------------- */

static bool
win_abs(const char *s)
{
    return isalpha((unsigned char)s[0]) && s[1] == ':' && (s[2] == '\\' || s[2] == '/');
}

static bool
abs_path(const char *s)
{
    return s[0] == '/' || win_abs(s);
}

static const char *const workdir_sys[] = {"/proc",   "/dev",        "/sys", "/boot",
                                          "/initrd", "/lost+found", NULL};

static void
check_workdir(rp__df_check *c, const rp_df_instr *in)
{
    const char *raw = in->nargs ? in->args[0] : NULL, *x, *t = in->args_text, *dir;
    char norm[1024];

    if (!raw)
        return;
    x = in->xargs && in->xargs[0] ? in->xargs[0] : raw;
    if (t && (*t == '"' || *t == '\''))
        t++;
    /* the text as written too: "C:\app" loses its backslash to the default escape */
    if (!abs_path(raw) && !(t && win_abs(t))) {
        if (raw[0] != '$')
            rp__df_report(c, &r_workdir_rel, in,
                          "WORKDIR %.200s is relative: it resolves against the previous WORKDIR, "
                          "which may come from the base image",
                          raw);
        else if (!has_var(x) && !abs_path(x))
            rp__df_report(c, &r_workdir_rel, in,
                          "WORKDIR %.100s resolves to the relative path %.100s, which depends on "
                          "the previous WORKDIR",
                          raw, x);
    }
    if (norm_path(norm, sizeof(norm), x) && (dir = under_any(norm, workdir_sys)))
        rp__df_report(c, &r_workdir_sys, in,
                      "WORKDIR %.200s is %s %s, a kernel or host system directory: the "
                      "application's relative paths would point into it",
                      x, strcmp(norm, dir) ? "under" : "the system directory", dir);
}

static const char *const volume_sys[] = {"/",
                                         "/proc",
                                         "/sys",
                                         "/dev",
                                         "/boot",
                                         "/etc",
                                         "/lib",
                                         "/usr",
                                         "/var/run/docker.sock",
                                         "/run/docker.sock",
                                         NULL};

static void
check_volume(rp__df_check *c, const rp_df_instr *in)
{
    list_buf l = {0};
    bool sock = false;

    for (size_t i = 0; i < in->nargs; i++) {
        const char *v = in->xargs && in->xargs[i] ? in->xargs[i] : in->args[i];
        char norm[1024];
        if (!v || has_var(v) || !norm_path(norm, sizeof(norm), v) || !rp__str_in(norm, volume_sys))
            continue;
        sock |= rp__str_ends(norm, "/docker.sock");
        if (strcmp(norm, v))
            list_add(&l, ", ", "%.100s (%s)", v, norm);
        else
            list_add(&l, ", ", "%s", norm);
    }
    if (l.count)
        rp__df_report(c, &r_volume_sys, in, "VOLUME %s: %s", l.s,
                      sock ? "a container given the Docker socket controls the host's Docker, "
                             "which is root on the host"
                           : "a host system directory mounted there gives the container control "
                             "of the host, and image files copied into the volume go stale");
}

static void
check_onbuild(rp__df_check *c, const rp_df_instr *in)
{
    const rp_df_instr *sub = in->sub;

    if (!sub)
        return;
    if (sub->kind == RP_DF_ONBUILD)
        rp__df_report(c, &r_onbuild, in,
                      "ONBUILD ONBUILD: chaining ONBUILD triggers is not allowed; Docker refuses "
                      "this Dockerfile");
    else if (sub->kind == RP_DF_FROM || sub->kind == RP_DF_MAINTAINER)
        rp__df_report(c, &r_onbuild, in,
                      "ONBUILD %s: %s is not allowed as an ONBUILD trigger; Docker refuses this "
                      "Dockerfile",
                      rp_df_kind_name(sub->kind), rp_df_kind_name(sub->kind));
}

/* ---- ENV -------------------------------------------------------------------------------- */

static void
report_env_self(rp__df_check *c, const rp_df_instr *in, size_t idx, size_t j, size_t k)
{
    const char *name = in->kvs[j].key, *before = rp_df_lookup_var(c->df, idx, name);

    rp__df_report(c, &r_env_self, in,
                  "%s reads $%s, which this same ENV sets%s to \"%.60s\": the values are "
                  "expanded before the instruction takes effect, so $%s there is %s%.60s%s",
                  in->kvs[k].key, name, j > k ? " after it" : "",
                  in->kvs[j].xvalue ? in->kvs[j].xvalue : "", name, before ? "\"" : "",
                  before ? before : "empty unless the base image sets it", before ? "\"" : "");
}

/* ENV A=1 B=$A: scans each pair's value as written for $NAME and ${NAME...} outside single
 * quotes and escapes, and reports a name that an earlier pair of the same ENV sets. */
static void
check_env_self(rp__df_check *c, const rp_df_instr *in, size_t idx)
{
    const char *s = in->args_text, esc = c->df->escape;
    size_t len, i = 0;

    if (in->nkvs < 2 || !s || !rp__df_on(c, &r_env_self))
        return;
    len = strlen(s);
    for (size_t k = 0; k < in->nkvs; k++) {
        bool val = false;
        char q = 0;
        while (i < len && isspace((unsigned char)s[i]))
            i++;
        for (; i < len && (q || !isspace((unsigned char)s[i])); i++) {
            char ch = s[i];
            size_t st, e;
            if (ch == esc && q != '\'' && i + 1 < len) {
                i++;
                continue;
            }
            if (q && ch == q) {
                q = 0;
                continue;
            }
            if (!q && (ch == '"' || ch == '\'')) {
                q = ch;
                continue;
            }
            if (!val) {
                val = ch == '=';
                continue;
            }
            if (ch != '$' || q == '\'')
                continue;
            st = i + 1 + (s[i + 1] == '{');
            for (e = st; e < len && is_name_char(s[e]);)
                e++;
            for (size_t j = 0; j < in->nkvs && e > st; j++) {
                const char *key = in->kvs[j].key;
                if (j == k || !key || strlen(key) != e - st || memcmp(key, s + st, e - st) != 0)
                    continue;
                /* a later pair: only a name with no earlier value is a bug (as hadolint) */
                if (j > k && rp_df_lookup_var(c->df, idx, key))
                    continue;
                report_env_self(c, in, idx, j, k);
                return;
            }
        }
    }
}

/* ---- LABEL ------------------------------------------------------------------------------ */

/* Why k breaks Docker's key format recommendation (hadolint DL3048), or NULL. */
static const char *
label_key_problem(const char *k)
{
    static const char *const reserved[] = {"com.docker.", "io.docker.", "org.dockerproject.", NULL};
    size_t n = strlen(k);
    bool upper = false, other = false;

    for (size_t i = 0; i < n; i++) {
        char ch = k[i];
        if (ch >= 'A' && ch <= 'Z')
            upper = true;
        else if (!(ch >= 'a' && ch <= 'z') && !(ch >= '0' && ch <= '9') && ch != '.' && ch != '-')
            other = true;
    }
    if (upper)
        return "uppercase letters";
    if (other)
        return "characters other than a-z, 0-9, '.' and '-'";
    if (!(k[0] >= 'a' && k[0] <= 'z'))
        return "does not start with a letter";
    if (k[n - 1] == '.' || k[n - 1] == '-')
        return "ends with a separator";
    if (strstr(k, "..") || strstr(k, "--"))
        return "consecutive '.' or '-'";
    for (size_t i = 0; reserved[i]; i++)
        if (rp__str_starts(k, reserved[i]))
            return "a namespace reserved for Docker";
    return NULL;
}

static const rp_label_rule *
schema_find(const rp_config *cfg, const char *key)
{
    for (size_t i = 0; cfg && i < cfg->nlabels; i++)
        if (cfg->labels[i].name && strcmp(cfg->labels[i].name, key) == 0)
            return &cfg->labels[i];
    return NULL;
}

/* The schema checks of one pair: strict-labels, empty value, value type. */
static void
schema_pair(const rp_config *cfg, const rp_df_kv *kv, list_buf *extra, list_buf *empty,
            list_buf *bad)
{
    const rp_label_rule *lr = schema_find(cfg, kv->key);
    const char *want = "";
    char tok[128];

    if (!lr) {
        if (cfg->strict_labels)
            list_add(extra, ", ", "%s", kv->key);
        return;
    }
    if (!kv->value)
        return;
    if (!kv->value[0]) {
        list_add(empty, ", ", "%s", kv->key);
        return;
    }
    if (has_var(kv->value) || rp__df_label_value_ok(lr->type, kv->value, &want, tok, sizeof(tok)))
        return;
    if (!strcmp(tok, "(end)"))
        list_add(bad, "; ", "%s=\"%.80s\" is not %s (the expression is incomplete)", kv->key,
                 kv->value, want);
    else if (tok[0])
        list_add(bad, "; ", "%s=\"%.80s\" is not %s (\"%s\" is unknown or out of place)", kv->key,
                 kv->value, want, tok);
    else
        list_add(bad, "; ", "%s=\"%.80s\" is not %s", kv->key, kv->value, want);
}

static void
check_label(rp__df_check *c, const rp_df_instr *in)
{
    const rp_config *cfg = c->cfg;
    bool schema = cfg && cfg->nlabels, keys_on = rp__df_on(c, &r_label_key);
    list_buf keys = {0}, extra = {0}, empty = {0}, bad = {0};

    for (size_t i = 0; i < in->nkvs; i++) {
        const rp_df_kv *kv = &in->kvs[i];
        const char *why;
        if (!kv->key || has_var(kv->key))
            continue;
        if (keys_on && (why = label_key_problem(kv->key)))
            list_add(&keys, ", ", "%s (%s)", kv->key, why);
        if (schema)
            schema_pair(cfg, kv, &extra, &empty, &bad);
    }
    if (keys.count)
        rp__df_report(c, &r_label_key, in,
                      "label key%s not in the recommended lowercase reverse-DNS format: %s",
                      keys.count > 1 ? "s" : "", keys.s);
    if (extra.count)
        rp__df_report(c, &r_label_extra, in, "label%s not in the label schema (strict-labels): %s",
                      extra.count > 1 ? "s" : "", extra.s);
    if (empty.count)
        rp__df_report(c, &r_label_empty, in, "schema label%s set to an empty value: %s",
                      empty.count > 1 ? "s" : "", empty.s);
    if (bad.count)
        rp__df_report(c, &r_label_value, in, "%s", bad.s);
}

/* Every schema label must be set in the final stage or a stage it is built FROM. */
static void
check_label_missing(rp__df_check *c)
{
    const rp_config *cfg = c->cfg;
    const rp_dockerfile *df = c->df;
    const rp_df_stage *fin = rp__df_final_stage(df);
    list_buf miss = {0};
    char st[96];

    if (!cfg || !cfg->nlabels || !fin || !rp__df_on(c, &r_label_missing))
        return;
    for (size_t l = 0; l < cfg->nlabels; l++) {
        const char *name = cfg->labels[l].name;
        bool found = false;
        unsigned hops = 0;
        if (!name)
            continue;
        for (int s = (int)fin->index; s >= 0 && !found && hops++ < 64; s = df->stages[s].parent)
            for (size_t i = df->stages[s].first; i < df->stages[s].end && !found; i++) {
                const rp_df_instr *in = &df->instrs[i];
                for (size_t k = 0; in->kind == RP_DF_LABEL && k < in->nkvs && !found; k++)
                    found = in->kvs[k].key && strcmp(in->kvs[k].key, name) == 0;
            }
        if (!found)
            list_add(&miss, ", ", "%s", name);
    }
    if (miss.count)
        rp__df_report(c, &r_label_missing, &df->instrs[fin->first],
                      "the final stage %s lacks the label%s required by the label schema: %s",
                      stage_label(st, sizeof(st), df, (int)fin->index), miss.count > 1 ? "s" : "",
                      miss.s);
}

/* ---- the pass --------------------------------------------------------------------------- */

static void
check(rp__df_check *c)
{
    const rp_dockerfile *df = c->df;
    stage_state ss;

    stage_begin(&ss, df, -1);
    for (size_t i = 0; i < df->ninstrs; i++) {
        const rp_df_instr *in = &df->instrs[i];
        if (in->stage != ss.stage)
            stage_begin(&ss, df, in->stage);
        if (in->error)
            continue;
        switch (in->kind) {
        case RP_DF_MAINTAINER:
            rp__df_report(c, &r_maintainer, in,
                          "MAINTAINER is deprecated: write LABEL "
                          "org.opencontainers.image.authors=\"%.100s\"",
                          in->nargs && in->args[0] ? in->args[0] : "");
            break;
        case RP_DF_CMD:
        case RP_DF_ENTRYPOINT:
            check_repeat(c, &ss, in);
            check_shell_form(c, in);
            break;
        case RP_DF_HEALTHCHECK:
            check_repeat(c, &ss, in);
            break;
        case RP_DF_EXPOSE:
            check_expose(c, in);
            break;
        case RP_DF_WORKDIR:
            check_workdir(c, in);
            break;
        case RP_DF_VOLUME:
            check_volume(c, in);
            break;
        case RP_DF_ONBUILD:
            check_onbuild(c, in);
            check_shell_form(c, in);
            break;
        case RP_DF_ENV:
            check_env_self(c, in, i);
            break;
        case RP_DF_LABEL:
            check_label(c, in);
            break;
        default:
            break;
        }
    }
    check_healthcheck(c);
    check_label_missing(c);
}

const rp__df_ruleset rp__df_set_instr = {rules, check};
