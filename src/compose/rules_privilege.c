/* Compose rules about what a service's processes may do: privileged mode, capabilities,
 * seccomp, AppArmor and SELinux, no-new-privileges, the user. */
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "compose/compose_internal.h"
#include "core/util.h"

static const rp_rule r_privileged = {
    .id = "RP-COMPOSE-001",
    .name = "compose-privileged",
    .analyzer = "compose",
    .severity = RP_SEV_CRITICAL,
    .title = "Service runs privileged",
    .description =
        "`privileged: true` gives the container every capability and every host device, and "
        "turns off seccomp, AppArmor or SELinux confinement and the masks over /proc and /sys. "
        "A process in it is root on the host in all but name: mounting the host's disk or "
        "loading a kernel module is one command away.",
    .remediation = "Remove `privileged: true`. Add only the capabilities the service needs "
                   "(`cap_add`) and only the devices it uses (`devices`).",
    .refs = {"CIS-Docker-5.5", "kics:ae5b6871-7f45-42e0-bb4c-ab300c4d2026",
             "yaml.docker-compose.security.privileged-service.privileged-service", NULL},
    .notes = "Compose reads booleans after interpolation (`y`, `yes`, `true`, `on` in any case), "
             "so `privileged: \"${PRIV:-true}\"` is privileged too; an unset variable without a "
             "default is not judged. Semgrep matches only the literal `true`.",
    .bad = "services:\n  vpn:\n    image: qmcgaw/gluetun:v3.39\n    privileged: true",
    .good = "services:\n  vpn:\n    image: qmcgaw/gluetun:v3.39\n    cap_add: [NET_ADMIN]\n"
            "    devices: [/dev/net/tun]",
};

static const rp_rule r_cap_dangerous = {
    .id = "RP-COMPOSE-002",
    .name = "compose-cap-add-dangerous",
    .analyzer = "compose",
    .severity = RP_SEV_HIGH,
    .title = "Service adds a capability that reaches the host",
    .description =
        "`cap_add` of ALL, SYS_ADMIN, SYS_MODULE, SYS_RAWIO, SYS_PTRACE, SYS_BOOT, SYS_TIME, "
        "DAC_READ_SEARCH, NET_ADMIN, MAC_ADMIN, MAC_OVERRIDE, BPF, PERFMON or SYSLOG hands the "
        "container a power that acts outside it: mounting filesystems and escaping through "
        "cgroups (SYS_ADMIN), loading kernel modules, reading raw memory and disks, tracing "
        "other processes, reading any file by handle (the \"shocker\" escape), reconfiguring "
        "the host's network when it shares it, loading eBPF programs, changing the host clock.",
    .remediation = "Drop the capability and find what the service really needs; when it needs "
                   "one, add that one alone after `cap_drop: [ALL]`, and keep the service off "
                   "the host's namespaces.",
    .refs = {"CIS-Docker-5.4", "kics:ce76b7d0-9e77-464d-b86f-c5c48e03e22d", NULL},
    .notes = "Names are compared as Docker does: case-insensitive, with or without `CAP_`. "
             "KICS flags every `cap_add` (and every service without `cap_drop`) at low "
             "severity; rampart splits it: these capabilities are high, other additions "
             "beyond Docker's default set are RP-COMPOSE-003, and re-adding a default "
             "capability after `cap_drop: [ALL]` is not a finding.",
    .bad = "services:\n  agent:\n    image: example/agent:2.1\n    cap_add: [SYS_ADMIN]",
    .good = "services:\n  agent:\n    image: example/agent:2.1\n    cap_drop: [ALL]\n"
            "    cap_add: [NET_BIND_SERVICE]",
};

static const rp_rule r_cap_add = {
    .id = "RP-COMPOSE-003",
    .name = "compose-cap-add",
    .analyzer = "compose",
    .severity = RP_SEV_LOW,
    .title = "Service adds a capability beyond Docker's default set",
    .description =
        "Docker starts containers with 14 capabilities (CHOWN, DAC_OVERRIDE, FOWNER, FSETID, "
        "KILL, MKNOD, NET_BIND_SERVICE, NET_RAW, SETFCAP, SETGID, SETPCAP, SETUID, SYS_CHROOT, "
        "AUDIT_WRITE). Adding another one (SYS_NICE, IPC_LOCK, SYS_RESOURCE, NET_BROADCAST...) "
        "widens what a compromised process can do; each addition should be needed and "
        "reviewed.",
    .remediation = "Remove the capability if the service works without it; otherwise keep it "
                   "and record why (`# rampart:ignore=RP-COMPOSE-003 reason`).",
    .refs = {"CIS-Docker-5.4", "kics:ce76b7d0-9e77-464d-b86f-c5c48e03e22d", NULL},
    .notes = "docker-bench (CIS 5.4) warns on any non-empty CapAdd; re-adding a default "
             "capability after `cap_drop: [ALL]` is the hardening CIS asks for, so rampart "
             "does not report it.",
    .bad = "services:\n  db:\n    image: postgres:16\n    cap_add: [SYS_NICE, IPC_LOCK]",
    .good = "services:\n  db:\n    image: postgres:16",
};

static const rp_rule r_seccomp = {
    .id = "RP-COMPOSE-011",
    .name = "compose-seccomp-unconfined",
    .analyzer = "compose",
    .severity = RP_SEV_HIGH,
    .title = "Service turns off seccomp",
    .description =
        "`security_opt: [seccomp:unconfined]` removes Docker's default seccomp profile, which "
        "blocks about 50 system calls that containers do not need and that most kernel "
        "exploits use (keyctl, add_key, unshare, mount, bpf, userfaultfd...). Without it, "
        "a kernel bug is one system call away from the host.",
    .remediation = "Remove `seccomp:unconfined`. When a system call is really missing, write a "
                   "profile that allows that one call and use `seccomp=./profile.json`.",
    .refs = {"CIS-Docker-5.22", "kics:404fde2c-bc4b-4371-9747-7054132ac953",
             "yaml.docker-compose.security.seccomp-confinement-disabled.seccomp-confinement-"
             "disabled",
             NULL},
    .notes = "Both separators are read, as Docker reads them: `seccomp=unconfined` and the "
             "legacy `seccomp:unconfined`. Semgrep matches only the latter.",
    .bad = "services:\n  app:\n    image: example/app:1.4\n    security_opt: [seccomp:unconfined]",
    .good = "services:\n  app:\n    image: example/app:1.4\n    security_opt: "
            "[\"no-new-privileges:true\"]",
};

static const rp_rule r_lsm = {
    .id = "RP-COMPOSE-012",
    .name = "compose-confinement-disabled",
    .analyzer = "compose",
    .severity = RP_SEV_HIGH,
    .title = "Service turns off AppArmor, SELinux separation or the /proc and /sys masks",
    .description =
        "`apparmor:unconfined` drops the docker-default AppArmor profile (which denies "
        "mounts, writes to /proc/sys and /sys, and ptrace of the host); `label:disable` (or an "
        "SELinux type such as spc_t or unconfined_t) runs the container unconfined by SELinux, "
        "so its processes may touch any host file a bind mount exposes; "
        "`systempaths=unconfined` unmasks /proc/kcore, /proc/sysrq-trigger, /sys/firmware and "
        "the other paths Docker hides. Each removes a layer that stops container escapes.",
    .remediation = "Remove the option. If the default profile blocks something the service "
                   "needs, write a narrower AppArmor profile or SELinux policy and name it "
                   "(`apparmor=my-profile`, `label=type:my_container_t`).",
    .refs = {"CIS-Docker-5.2", "CIS-Docker-5.3",
             "yaml.docker-compose.security.selinux-separation-disabled.selinux-separation-"
             "disabled",
             NULL},
    .notes = "Semgrep flags only `label:disable`; KICS has no check for AppArmor or SELinux "
             "options. docker-bench 5.2/5.3 check the running container's profile and label.",
    .bad = "services:\n  app:\n    image: example/app:1.4\n    security_opt:\n"
           "      - apparmor:unconfined\n      - label:disable",
    .good = "services:\n  app:\n    image: example/app:1.4\n    security_opt:\n"
            "      - no-new-privileges:true",
};

static const rp_rule r_nnp = {
    .id = "RP-COMPOSE-013",
    .name = "compose-no-new-privileges",
    .analyzer = "compose",
    .severity = RP_SEV_LOW,
    .title = "Service does not set no-new-privileges",
    .description =
        "Without `no-new-privileges:true`, a process in the container can gain privileges "
        "through setuid and setgid binaries or file capabilities (su, sudo, ping, a planted "
        "binary). With it, execve never grants more than the caller had, which turns many "
        "local privilege escalations inside the container into dead ends.",
    .remediation = "Add `security_opt: [\"no-new-privileges:true\"]` to the service (or set "
                   "`\"no-new-privileges\": true` in the daemon's daemon.json for every "
                   "container).",
    .refs = {"CIS-Docker-5.26", "kics:27fcc7d6-c49b-46e0-98f1-6c082a6a2750",
             "yaml.docker-compose.security.no-new-privileges.no-new-privileges", NULL},
    .notes = "Docker accepts `no-new-privileges`, `no-new-privileges:true` and "
             "`no-new-privileges=true` (any Go boolean: 1, t, true, True, TRUE); rampart does "
             "too, and reports `no-new-privileges:false`. Semgrep and KICS only know the "
             "`:true` spelling (KICS also `no-new-privileges` alone). A daemon-wide setting "
             "cannot be seen from the compose file. A service with neither `image` nor `build` is "
             "a fragment of an override file (its base is in another file) and is not reported for "
             "a missing field.",
    .bad = "services:\n  web:\n    image: nginx:1.27",
    .good = "services:\n  web:\n    image: nginx:1.27\n    security_opt: "
            "[\"no-new-privileges:true\"]",
};

static const rp_rule r_user = {
    .id = "RP-COMPOSE-015",
    .name = "compose-user-root",
    .analyzer = "compose",
    .severity = RP_SEV_MEDIUM,
    .title = "Service runs as root",
    .description =
        "`user: root` (or `0`, `0:0`), or no `user` at all for a pulled image, runs the "
        "service's processes as root, which is root on the host unless the daemon remaps user "
        "namespaces. A compromised process then owns every file the container can reach, "
        "including bind mounts, and needs one kernel bug to own the host.",
    .remediation = "Set `user:` to a non-root UID and GID the image supports, e.g. "
                   "`user: \"10001:10001\"`, and give that user the files it writes.",
    .refs = {"CIS-Docker-4.1", "CIS-DI-0001",
             "yaml.docker-compose.security.service-runs-as-root.service-runs-as-root", NULL},
    .notes = "A missing `user` is reported only for services that pull an image: for a "
             "service with `build:`, the Dockerfile's USER decides and rampart's Dockerfile "
             "rules (RP-DF-010, RP-DF-011) check it. Semgrep reports only an explicit root "
             "user; docker-bench 4.1 checks the running container's user. A service with neither "
             "`image` nor `build` is a fragment of an override file (its base is in another file) "
             "and is not reported for a missing field.",
    .bad = "services:\n  web:\n    image: nginx:1.27\n    user: root",
    .good = "services:\n  web:\n    image: nginxinc/nginx-unprivileged:1.27\n"
            "    user: \"101:101\"",
};

static const rp_rule *const rules[] = {&r_privileged, &r_cap_dangerous, &r_cap_add, &r_seccomp,
                                       &r_lsm,        &r_nnp,           &r_user,    NULL};

static void
check_privileged(rp__cmp_check *c, const rp_compose_service *s)
{
    const rp_node *n = rp_node_get(s->node, "privileged");
    char field[1280];

    if (rp__cmp_on(c, &r_privileged) && rp_compose_true(c->f, n))
        rp__cmp_report(c, &r_privileged, s, n, rp__cmp_field(field, sizeof(field), s, "privileged"),
                       "service \"%s\" runs privileged: every capability and host device, no "
                       "seccomp or AppArmor",
                       s->name);
}

/* "cap_sys_admin" -> "SYS_ADMIN" in buf; false when it does not fit or is unknown. */
static bool
cap_name(char *buf, size_t size, const char *s)
{
    size_t n = 0;

    if (!rp_compose_known(s))
        return false;
    if (strncasecmp(s, "CAP_", 4) == 0)
        s += 4;
    for (; *s && n + 1 < size; s++)
        buf[n++] = (char)toupper((unsigned char)*s);
    buf[n] = '\0';
    return n > 0 && !*s;
}

static void
check_caps(rp__cmp_check *c, const rp_compose_service *s)
{
    static const char *const dangerous[] = {
        "ALL",          "SYS_ADMIN", "SYS_MODULE",      "SYS_RAWIO", "SYS_PTRACE",
        "SYS_BOOT",     "SYS_TIME",  "DAC_READ_SEARCH", "NET_ADMIN", "MAC_ADMIN",
        "MAC_OVERRIDE", "BPF",       "PERFMON",         "SYSLOG",    NULL};
    static const char *const defaults[] = {
        "AUDIT_WRITE", "CHOWN",   "DAC_OVERRIDE",     "FOWNER",     "FSETID",
        "KILL",        "MKNOD",   "NET_BIND_SERVICE", "NET_RAW",    "SETFCAP",
        "SETGID",      "SETPCAP", "SETUID",           "SYS_CHROOT", NULL};
    const rp_node *add = rp_node_get(s->node, "cap_add");

    for (size_t i = 0; add && add->type == RP_NODE_SEQ && i < add->n; i++) {
        char cap[64], field[1280];
        if (!cap_name(cap, sizeof(cap), rp_compose_text(c->f, add->items[i])))
            continue;
        rp__cmp_field(field, sizeof(field), s, "cap_add[%zu]", i);
        if (rp__str_in(cap, dangerous))
            rp__cmp_report(c, &r_cap_dangerous, s, add->items[i], field,
                           "service \"%s\" adds capability %s", s->name, cap);
        else if (!rp__str_in(cap, defaults))
            rp__cmp_report(c, &r_cap_add, s, add->items[i], field,
                           "service \"%s\" adds capability %s, which Docker does not grant by "
                           "default",
                           s->name, cap);
    }
}

/* What a security_opt entry turns off, or NULL. *seccomp when it is seccomp. */
static const char *
disables(const char *entry, bool *seccomp)
{
    const char *v;
    char key[64];

    *seccomp = false;
    if (strcmp(entry, "systempaths=unconfined") == 0)
        return "unmasks /proc and /sys paths (systempaths=unconfined)";
    if (strcmp(entry, "disable") == 0)
        return "turns off SELinux separation";
    if (!rp__cmp_secopt(key, sizeof(key), &v, entry))
        return NULL;
    if (strcmp(key, "seccomp") == 0 && strcmp(v, "unconfined") == 0) {
        *seccomp = true;
        return "turns off seccomp";
    }
    if (strcmp(key, "apparmor") == 0 && strcmp(v, "unconfined") == 0)
        return "turns off AppArmor";
    if (strcmp(key, "label") == 0 && strcmp(v, "disable") == 0)
        return "turns off SELinux separation";
    if (strcmp(key, "label") == 0 &&
        (strcmp(v, "type:spc_t") == 0 || strcmp(v, "type:unconfined_t") == 0))
        return "runs as an unconfined SELinux type";
    return NULL;
}

static void
check_security_opt(rp__cmp_check *c, const rp_compose_service *s)
{
    const rp_node *opts = rp_node_get(s->node, "security_opt");

    for (size_t i = 0; opts && opts->type == RP_NODE_SEQ && i < opts->n; i++) {
        const char *e = rp_compose_text(c->f, opts->items[i]), *what;
        char field[1280];
        bool seccomp;
        if (!e || !rp_compose_known(e) || !(what = disables(e, &seccomp)))
            continue;
        rp__cmp_field(field, sizeof(field), s, "security_opt[%zu]", i);
        rp__cmp_report(c, seccomp ? &r_seccomp : &r_lsm, s, opts->items[i], field,
                       "service \"%s\" %s (security_opt: %s)", s->name, what, e);
    }
}

/* Go's strconv.ParseBool: 1 if true, 0 if false, -1 otherwise. */
static int
go_bool(const char *v)
{
    static const char *const t[] = {"", "1", "t", "T", "TRUE", "true", "True", NULL};
    static const char *const f[] = {"0", "f", "F", "FALSE", "false", "False", NULL};

    if (rp__str_in(v, t))
        return 1;
    return rp__str_in(v, f) ? 0 : -1;
}

/* The last no-new-privileges entry of opts: its index, and its value in *on (-1 unknown). */
static bool
nnp_entry(rp__cmp_check *c, const rp_node *opts, size_t *at, int *on)
{
    bool found = false;

    for (size_t i = 0; opts && opts->type == RP_NODE_SEQ && i < opts->n; i++) {
        const char *e = rp_compose_text(c->f, opts->items[i]), *v;
        char key[64];
        if (!e || !rp__cmp_secopt(key, sizeof(key), &v, e) || strcmp(key, "no-new-privileges") != 0)
            continue;
        found = true;
        *at = i;
        *on = rp_compose_known(v) ? go_bool(v) : -1;
    }
    return found;
}

static void
check_nnp(rp__cmp_check *c, const rp_compose_service *s)
{
    const rp_node *own = rp_node_get(s->node, "security_opt");
    const rp_compose_service *from = NULL;
    const rp_node *opts = rp__cmp_get(c, s, "security_opt", &from);
    char field[1280];
    size_t at = 0;
    int on = -1;

    if (!rp__cmp_on(c, &r_nnp))
        return;
    /* compose appends an extended service's security_opt to the base's: any of them counts */
    if (nnp_entry(c, own, &at, &on) || (from && from != s && nnp_entry(c, opts, &at, &on))) {
        if (on == 0 && from == s)
            rp__cmp_report(c, &r_nnp, s, own->items[at],
                           rp__cmp_field(field, sizeof(field), s, "security_opt[%zu]", at),
                           "service \"%s\" sets no-new-privileges to false: setuid binaries "
                           "can raise privileges",
                           s->name);
        return;
    }
    if (rp__cmp_partial(c, s))
        return;
    rp__cmp_report(c, &r_nnp, s, rp__cmp_key(s->node, "security_opt"),
                   rp__cmp_field(field, sizeof(field), s, "security_opt"),
                   "service \"%s\" does not set no-new-privileges:true: setuid binaries can "
                   "raise privileges",
                   s->name);
}

/* True when a user spec ("root", "0", "0:0", "root:staff") names the root user. */
static bool
root_user(const char *u)
{
    size_t n = strcspn(u, ":");

    if (n == 4 && strncmp(u, "root", 4) == 0)
        return true;
    if (n == 0)
        return false;
    for (size_t i = 0; i < n; i++)
        if (u[i] != '0')
            return false;
    return true;
}

static void
check_user(rp__cmp_check *c, const rp_compose_service *s)
{
    const rp_compose_service *from = NULL;
    const rp_node *n = rp__cmp_get(c, s, "user", &from);
    const char *u;
    char field[1280];

    if (!rp__cmp_on(c, &r_user))
        return;
    rp__cmp_field(field, sizeof(field), s, "user");
    if (n) {
        u = rp_compose_text(c->f, n);
        if (from == s && u && rp_compose_known(u) && root_user(u))
            rp__cmp_report(c, &r_user, s, n, field, "service \"%s\" runs as root (user: %s)",
                           s->name, u);
        return;
    }
    /* a built image's user is its Dockerfile's USER, which the Dockerfile rules check */
    if (rp__cmp_get(c, s, "build", NULL) || rp__cmp_partial(c, s))
        return;
    rp__cmp_report(c, &r_user, s, NULL, field,
                   "service \"%s\" sets no user: it runs as the image's default user, root "
                   "unless the image sets USER",
                   s->name);
}

static void
check_service(rp__cmp_check *c, const rp_compose_service *s)
{
    check_privileged(c, s);
    if (rp__cmp_on(c, &r_cap_dangerous) || rp__cmp_on(c, &r_cap_add))
        check_caps(c, s);
    if (rp__cmp_on(c, &r_seccomp) || rp__cmp_on(c, &r_lsm))
        check_security_opt(c, s);
    check_nnp(c, s);
    check_user(c, s);
}

const rp__cmp_ruleset rp__cmp_set_privilege = {rules, check_service};
