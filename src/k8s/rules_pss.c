/* Kubernetes rules: every check of the Pod Security Standards, as the pod-security-admission
 * `policy/` package implements them (check ids, levels, versions, overrides). One rule per
 * check (per host namespace for hostNamespaces), evaluated per pod template and per container
 * (init, regular, ephemeral), at the policy version of the object's namespace. This file: the
 * baseline rules and checks, the helpers and the pass; rules_pss_restricted.c: the restricted
 * ones. The rule rows are the documentation (docs/rules/RP-K8S-0xx.md); docs/pss.md is the
 * overview. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "core/util.h"
#include "k8s/rules_pss.h"

/* ---- the rules: baseline ---- */

static const rp_rule r_privileged = {
    .id = "RP-K8S-001",
    .name = "privileged",
    .analyzer = "kubernetes",
    .severity = RP_SEV_CRITICAL,
    .title = "Privileged container",
    .description =
        "A privileged container gets every Linux capability, runs without the seccomp and "
        "AppArmor confinement of the runtime, and sees every device of the node: root in it is "
        "root on the host (mount the node's disk, load a kernel module, write to /proc/sys). "
        "One compromised process in such a container is a compromised node, and from there the "
        "cluster. Pod Security \"baseline\" forbids it.",
    .remediation =
        "Remove `privileged: true` from the container's securityContext (or set it to false). "
        "If the workload needs one kernel feature, grant that alone, e.g. "
        "`capabilities: {add: [NET_ADMIN]}` (still above baseline, but far less than "
        "everything), or move the host-level work to a dedicated, reviewed node agent.",
    .refs = {"PSS:privileged", "AVD-KSV-0017", "kube-linter:privileged-container",
             "kubesec:Privileged", "polaris:runAsPrivileged", "CIS-K8s-5.2.2", NULL},
    .notes =
        "Every peer flags `privileged: true` on containers and init containers; Trivy and "
        "Polaris skip ephemeral containers, rampart checks them as PSA does. `privileged` is a "
        "container-only field: written under spec.securityContext it is an unknown field and is "
        "ignored, as by PSA. YAML 1.1 `privileged: yes` is a boolean true. A quoted "
        "`\"true\"` is rejected by the API server; rampart reports it anyway (it states the "
        "intent) and says so; other non-boolean values are ignored.",
    .bad = "containers:\n  - name: app\n    image: nginx:1.27\n    securityContext:\n"
           "      privileged: true",
    .good = "containers:\n  - name: app\n    image: nginx:1.27\n    securityContext:\n"
            "      privileged: false\n      allowPrivilegeEscalation: false",
};

#define HOST_NS_NOTES                                                                              \
    "PSA groups hostNetwork, hostPID and hostIPC in one check (hostNamespaces); rampart "          \
    "reports each field as its own rule, like Trivy, kube-linter, kubesec and Polaris. Unset "     \
    "or false passes. A quoted \"true\" is rejected by the API server; rampart reports it "        \
    "and says so."

static const rp_rule r_host_network = {
    .id = "RP-K8S-002",
    .name = "host-network",
    .analyzer = "kubernetes",
    .severity = RP_SEV_HIGH,
    .title = "Pod uses the host's network namespace",
    .description =
        "With hostNetwork the pod shares the node's network stack: it can bind any port of the "
        "node, reach services listening on localhost (the kubelet's read-only port, cloud "
        "metadata proxies, node-local agents), sniff the node's traffic with NET_RAW, and "
        "bypasses every NetworkPolicy. Pod Security \"baseline\" forbids it.",
    .remediation =
        "Remove `hostNetwork: true`. Expose the workload through a Service (ClusterIP, "
        "NodePort, LoadBalancer) instead; a DaemonSet that must listen on each node can use a "
        "`hostPort` where really needed (itself a finding, but narrower).",
    .refs = {"PSS:hostNamespaces", "AVD-KSV-0009", "kube-linter:host-network",
             "kubesec:HostNetwork", "polaris:hostNetworkSet", "CIS-K8s-5.2.5", NULL},
    .notes = HOST_NS_NOTES,
    .bad = "spec:\n  hostNetwork: true\n  containers:\n    - name: app\n      image: app:1.0",
    .good = "spec:\n  containers:\n    - name: app\n      image: app:1.0",
};

static const rp_rule r_host_pid = {
    .id = "RP-K8S-003",
    .name = "host-pid",
    .analyzer = "kubernetes",
    .severity = RP_SEV_HIGH,
    .title = "Pod uses the host's PID namespace",
    .description =
        "With hostPID the pod sees every process of the node: it can read their environment "
        "and command lines (tokens, passwords), and with ptrace or root it can enter their "
        "namespaces (`nsenter -t 1`) and so escape to the host. Pod Security \"baseline\" "
        "forbids it.",
    .remediation = "Remove `hostPID: true`. To share processes between the containers of one "
                   "pod, use `shareProcessNamespace: true` instead.",
    .refs = {"PSS:hostNamespaces", "AVD-KSV-0010", "kube-linter:host-pid", "kubesec:HostPID",
             "polaris:hostPIDSet", "CIS-K8s-5.2.3", NULL},
    .notes = HOST_NS_NOTES,
    .bad = "spec:\n  hostPID: true\n  containers:\n    - name: debug\n      image: busybox:1.36",
    .good = "spec:\n  shareProcessNamespace: true\n  containers:\n    - name: debug\n"
            "      image: busybox:1.36",
};

static const rp_rule r_host_ipc = {
    .id = "RP-K8S-004",
    .name = "host-ipc",
    .analyzer = "kubernetes",
    .severity = RP_SEV_HIGH,
    .title = "Pod uses the host's IPC namespace",
    .description =
        "With hostIPC the pod shares System V IPC and POSIX shared memory with every process "
        "of the node: it can read or corrupt the shared memory segments of host daemons and "
        "other pods that use hostIPC. Pod Security \"baseline\" forbids it.",
    .remediation = "Remove `hostIPC: true`. Containers of one pod already share an IPC "
                   "namespace; use a shared emptyDir (medium: Memory) for shared memory.",
    .refs = {"PSS:hostNamespaces", "AVD-KSV-0008", "kube-linter:host-ipc", "kubesec:HostIPC",
             "polaris:hostIPCSet", "CIS-K8s-5.2.4", NULL},
    .notes = HOST_NS_NOTES,
    .bad = "spec:\n  hostIPC: true\n  containers:\n    - name: app\n      image: app:1.0",
    .good = "spec:\n  containers:\n    - name: app\n      image: app:1.0",
};

static const rp_rule r_caps_baseline = {
    .id = "RP-K8S-005",
    .name = "capabilities-beyond-baseline",
    .analyzer = "kubernetes",
    .severity = RP_SEV_HIGH,
    .title = "Capability added beyond the Pod Security baseline set",
    .description =
        "The container adds a Linux capability outside the runtime's default set "
        "(AUDIT_WRITE, CHOWN, DAC_OVERRIDE, FOWNER, FSETID, KILL, MKNOD, NET_BIND_SERVICE, "
        "SETFCAP, SETGID, SETPCAP, SETUID, SYS_CHROOT). Capabilities such as SYS_ADMIN, "
        "NET_ADMIN, SYS_PTRACE, SYS_MODULE or NET_RAW each give a root process in the "
        "container powers over the kernel or the node's network that lead to escapes or to "
        "spoofing other pods' traffic. Pod Security \"baseline\" forbids them.",
    .remediation =
        "Remove the capability from `securityContext.capabilities.add`. Most software needs "
        "none: run as a non-root user with `drop: [ALL]`, and add back only "
        "NET_BIND_SERVICE when binding a port below 1024 (or listen on a high port).",
    .refs = {"PSS:capabilities_baseline", "AVD-KSV-0022", "CIS-K8s-5.2.9", NULL},
    .notes =
        "PSA compares names exactly: `sys_admin` or `CAP_SYS_ADMIN` are not in the allowed set "
        "and fail (the runtime may still grant them). NET_RAW is not allowed although the "
        "runtime grants it by default. Trivy KSV022 flags any added capability; Polaris only "
        "ALL, SYS_ADMIN, NET_ADMIN. One finding per added capability. The restricted profile "
        "replaces this check by capabilities_restricted (RP-K8S-020, RP-K8S-021) from v1.22; "
        "rampart reports both, so a capability outside this set is also an RP-K8S-021 finding.",
    .bad = "securityContext:\n  capabilities:\n    add: [NET_ADMIN, SYS_TIME]",
    .good = "securityContext:\n  capabilities:\n    drop: [ALL]\n    add: [NET_BIND_SERVICE]",
};

static const rp_rule r_host_path = {
    .id = "RP-K8S-006",
    .name = "host-path-volume",
    .analyzer = "kubernetes",
    .severity = RP_SEV_MEDIUM,
    .title = "hostPath volume",
    .description =
        "A hostPath volume mounts a file or directory of the node into the pod. Writable, it "
        "lets the pod plant files the node executes (cron, systemd units, kubelet config) or "
        "read other pods' data and credentials; even read-only, paths such as /etc or "
        "/var/lib/kubelet leak secrets. Pod Security \"baseline\" forbids every hostPath.",
    .remediation =
        "Use a volume that does not reach into the node: emptyDir for scratch space, a "
        "PersistentVolumeClaim for data, configMap/secret/projected for configuration. Node "
        "agents that truly need a host directory belong in a namespace whose Pod Security "
        "level is privileged, with the path narrowed and `readOnly: true` on the mount.",
    .refs = {"PSS:hostPathVolumes", "AVD-KSV-0023", "polaris:hostPathSet", "CIS-K8s-5.2.12", NULL},
    .notes = "At the restricted level PSA replaces this check by restrictedVolumes (an allowlist "
             "that hostPath fails too): rampart reports hostPath under both RP-K8S-006 (baseline) "
             "and RP-K8S-015 (restricted), so a namespace enforcing baseline sees the first as its "
             "own failure. kube-linter only flags sensitive or writable host paths.",
    .bad = "volumes:\n  - name: logs\n    hostPath:\n      path: /var/log",
    .good = "volumes:\n  - name: logs\n    emptyDir: {}",
};

static const rp_rule r_host_port = {
    .id = "RP-K8S-007",
    .name = "host-port",
    .analyzer = "kubernetes",
    .severity = RP_SEV_MEDIUM,
    .title = "Container port bound to a host port",
    .description =
        "A hostPort opens the port on the node's own address: the pod becomes reachable from "
        "outside the cluster network, bypassing Services and most NetworkPolicy "
        "implementations, and only one such pod fits per node. Pod Security \"baseline\" "
        "forbids any non-zero hostPort.",
    .remediation = "Remove `hostPort` and expose the port through a Service (NodePort or "
                   "LoadBalancer when it must be reachable from outside).",
    .refs = {"PSS:hostPorts", "AVD-KSV-0024", "polaris:hostPortSet", "CIS-K8s-5.2.13", NULL},
    .notes = "`hostPort: 0` means no host port and passes, as in PSA and Polaris; Trivy KSV024 "
             "fires on the key's presence. One finding per port, in every container type.",
    .bad = "ports:\n  - containerPort: 8080\n    hostPort: 8080",
    .good = "ports:\n  - containerPort: 8080",
};

static const rp_rule r_apparmor = {
    .id = "RP-K8S-008",
    .name = "apparmor-unconfined",
    .analyzer = "kubernetes",
    .severity = RP_SEV_HIGH,
    .title = "AppArmor profile disabled or overridden",
    .description =
        "On nodes with AppArmor the runtime confines every container with its default "
        "profile. `appArmorProfile.type: Unconfined` (or the legacy annotation "
        "`container.apparmor.security.beta.kubernetes.io/<c>: unconfined`) turns that off, "
        "removing a layer that blocks mounts, raw /proc and /sys writes and other escape "
        "steps. Pod Security \"baseline\" forbids anything but the runtime default or a "
        "localhost profile.",
    .remediation = "Remove the override, or set `appArmorProfile: {type: RuntimeDefault}` (or "
                   "`type: Localhost` with `localhostProfile: <name>`) at the pod or container "
                   "level; drop the legacy annotations.",
    .refs = {"PSS:appArmorProfile", "AVD-KSV-0002", "kubesec:ApparmorUnconfined", NULL},
    .notes = "PSA checks the pod and each container's field separately (type must be "
             "RuntimeDefault or Localhost) and every template annotation whose key starts with "
             "`container.apparmor.security.beta.kubernetes.io/`, whatever container it names "
             "(allowed: empty, `runtime/default`, `localhost/*`). Trivy KSV002 also fires on "
             "`localhost/*`; rampart follows PSA: a localhost profile is confinement. The "
             "annotations are read from the pod template's metadata, not the controller's.",
    .bad = "securityContext:\n  appArmorProfile:\n    type: Unconfined",
    .good = "securityContext:\n  appArmorProfile:\n    type: RuntimeDefault",
};

static const rp_rule r_selinux = {
    .id = "RP-K8S-009",
    .name = "selinux-custom",
    .analyzer = "kubernetes",
    .severity = RP_SEV_HIGH,
    .title = "Custom SELinux type, user or role",
    .description =
        "SELinux labels decide what a container process may touch on an SELinux node. A "
        "custom type (spc_t, unconfined_t...) or a custom user or role can lift the container "
        "out of the confinement that keeps it away from host files and other containers. "
        "Pod Security \"baseline\" allows only the container types and no user or role.",
    .remediation = "Remove `seLinuxOptions.user` and `.role`; leave `.type` unset or use "
                   "container_t, container_init_t, container_kvm_t (or container_engine_t from "
                   "v1.31). `level` (MCS categories) may be set.",
    .refs = {"PSS:seLinuxOptions", "AVD-KSV-0025", NULL},
    .notes = "PSA checks the pod's and each container's own seLinuxOptions; `level` is not "
             "restricted. container_engine_t is allowed from policy v1.31 (Trivy KSV025 still "
             "flags it). One finding per offending field (type, user, role).",
    .bad = "securityContext:\n  seLinuxOptions:\n    type: spc_t",
    .good = "securityContext:\n  seLinuxOptions:\n    level: \"s0:c123,c456\"",
};

static const rp_rule r_proc_mount = {
    .id = "RP-K8S-010",
    .name = "proc-mount-unmasked",
    .analyzer = "kubernetes",
    .severity = RP_SEV_HIGH,
    .title = "Unmasked /proc mount",
    .description =
        "`procMount: Unmasked` gives the container a /proc without the masked and read-only "
        "paths the runtime normally sets (/proc/kcore, /proc/sys, /proc/sysrq-trigger...), "
        "exposing kernel memory and tunables. Pod Security forbids it (baseline, except for "
        "pods in a user namespace from v1.35; restricted always).",
    .remediation = "Remove `procMount` or set it to `Default`.",
    .refs = {"PSS:procMount", "PSS:procMount_restricted", "AVD-KSV-0027",
             "kube-linter:unsafe-proc-mount", "polaris:procMount", NULL},
    .notes = "From policy v1.35 the baseline check allows any procMount when the pod sets "
             "`hostUsers: false` (user namespace), and procMount_restricted keeps forbidding it "
             "at restricted: rampart then reports it against restricted only. "
             "`procMount: Default` passes (Trivy KSV027 fires on the key's presence).",
    .bad = "securityContext:\n  procMount: Unmasked",
    .good = "securityContext:\n  procMount: Default",
};

static const rp_rule r_seccomp_unconfined = {
    .id = "RP-K8S-011",
    .name = "seccomp-unconfined",
    .analyzer = "kubernetes",
    .severity = RP_SEV_HIGH,
    .title = "Seccomp explicitly disabled",
    .description =
        "The pod or a container sets its seccomp profile to something other than "
        "RuntimeDefault or Localhost (Unconfined): every system call is then open to the "
        "container, including the rarely needed ones behind most kernel privilege-escalation "
        "exploits. Pod Security \"baseline\" forbids it.",
    .remediation = "Set `seccompProfile: {type: RuntimeDefault}` (or `type: Localhost` with a "
                   "`localhostProfile`) at the pod level, and remove container-level "
                   "Unconfined overrides.",
    .refs = {"PSS:seccompProfile_baseline", "AVD-KSV-0104", "kubesec:SeccompUnconfined", NULL},
    .notes = "Before policy v1.19 PSA reads the annotations "
             "`seccomp.security.alpha.kubernetes.io/pod` and "
             "`container.seccomp.security.alpha.kubernetes.io/<name>` (allowed: "
             "runtime/default, docker/default, localhost/*) and rampart does too; from v1.19 the "
             "fields, each level separately. A profile whose type is missing fails like "
             "Unconfined. An unset profile passes baseline (RP-K8S-019 covers restricted).",
    .bad = "securityContext:\n  seccompProfile:\n    type: Unconfined",
    .good = "securityContext:\n  seccompProfile:\n    type: RuntimeDefault",
};

static const rp_rule r_sysctl = {
    .id = "RP-K8S-012",
    .name = "unsafe-sysctl",
    .analyzer = "kubernetes",
    .severity = RP_SEV_HIGH,
    .title = "Sysctl outside the Pod Security safe set",
    .description =
        "Pod-level sysctls change kernel parameters. Only a few are namespaced and safe for "
        "one pod to set; the others affect the whole node (memory, networking, IPC limits) or "
        "other pods, and the kubelet refuses them unless explicitly allowed. Pod Security "
        "\"baseline\" allows only its safe list, which grows with the policy version.",
    .remediation = "Remove the sysctl from `spec.securityContext.sysctls`, or tune it on the "
                   "nodes instead. Safe: kernel.shm_rmid_forced, net.ipv4.ip_local_port_range, "
                   "net.ipv4.tcp_syncookies, net.ipv4.ping_group_range, "
                   "net.ipv4.ip_unprivileged_port_start; + ip_local_reserved_ports (v1.27); "
                   "+ tcp_keepalive_time, tcp_fin_timeout, tcp_keepalive_intvl, "
                   "tcp_keepalive_probes (v1.29); + tcp_rmem, tcp_wmem (v1.32); + "
                   "tcp_slow_start_after_idle, tcp_notsent_lowat (v1.37).",
    .refs = {"PSS:sysctls", "AVD-KSV-0026", "kube-linter:unsafe-sysctls", NULL},
    .notes = "The safe list is taken at the policy version the object is evaluated at "
             "(--pss-version, or the namespace's enforce-version). kube-linter flags name "
             "prefixes (kernel.msg, kernel.sem, kernel.shm, fs.mqueue., net.) and so also some "
             "safe ones; Trivy stops at the v1.32 list. One finding per sysctl.",
    .bad = "securityContext:\n  sysctls:\n    - name: net.core.somaxconn\n      value: \"1024\"",
    .good = "securityContext:\n  sysctls:\n    - name: net.ipv4.ip_local_port_range\n"
            "      value: \"1024 65000\"",
};

static const rp_rule r_host_process = {
    .id = "RP-K8S-013",
    .name = "windows-host-process",
    .analyzer = "kubernetes",
    .severity = RP_SEV_HIGH,
    .title = "Windows HostProcess container",
    .description = "A Windows HostProcess container runs directly on the node, in the host's "
                   "network and with access to its file system and processes, as a node "
                   "administrator can: the Windows equivalent of privileged. Pod Security "
                   "\"baseline\" forbids it.",
    .remediation = "Remove `windowsOptions.hostProcess: true` from the pod and container "
                   "security contexts; run node management as a reviewed DaemonSet in a "
                   "privileged namespace.",
    .refs = {"PSS:windowsHostProcess", "AVD-KSV-0103", "polaris:hostProcess", "CIS-K8s-5.2.11",
             NULL},
    .notes = "PSA checks the pod's and each container's own windowsOptions.hostProcess.",
    .bad = "securityContext:\n  windowsOptions:\n    hostProcess: true\nhostNetwork: true",
    .good = "securityContext:\n  windowsOptions:\n    runAsUserName: ContainerUser",
};

static const rp_rule r_probe_host = {
    .id = "RP-K8S-014",
    .name = "probe-host",
    .analyzer = "kubernetes",
    .severity = RP_SEV_MEDIUM,
    .title = "Probe or lifecycle hook aimed at another host",
    .description =
        "A probe or lifecycle hook with `host` set makes the kubelet, from the node's own "
        "network position, connect to an address the manifest chooses: a server-side request "
        "forgery that reaches node-local and cloud metadata endpoints the pod itself could "
        "not. Pod Security \"baseline\" forbids it from v1.34.",
    .remediation = "Remove `host` from the probe's or hook's httpGet/tcpSocket: the kubelet "
                   "then targets the pod's own IP. Use `httpHeaders` with a Host header for "
                   "virtual hosting.",
    .refs = {"PSS:hostProbesAndHostLifecycle", NULL},
    .notes = "Checked from policy v1.34 (before that PSA has no such check): livenessProbe, "
             "readinessProbe, startupProbe and lifecycle.postStart/preStop, httpGet.host and "
             "tcpSocket.host. No other peer checks it.",
    .bad = "livenessProbe:\n  httpGet:\n    host: 169.254.169.254\n    path: /\n    port: 80",
    .good = "livenessProbe:\n  httpGet:\n    path: /healthz\n    port: 8080",
};

static const rp_rule *const rules[] = {
    &r_privileged,
    &r_host_network,
    &r_host_pid,
    &r_host_ipc,
    &r_caps_baseline,
    &r_host_path,
    &r_host_port,
    &r_apparmor,
    &r_selinux,
    &r_proc_mount,
    &r_seccomp_unconfined,
    &r_sysctl,
    &r_host_process,
    &r_probe_host,
    &rp__pss_r_volume_type,
    &rp__pss_r_priv_esc,
    &rp__pss_r_non_root,
    &rp__pss_r_root_uid,
    &rp__pss_r_seccomp_missing,
    &rp__pss_r_caps_drop,
    &rp__pss_r_caps_add,
    NULL,
};

/* ---- evaluation context and helpers ---- */

/* The value at key, or NULL when absent or null (Go's nil). */
const rp_node *
rp__pss_get(const rp_node *map, const char *key)
{
    const rp_node *n = map && map->type == RP_NODE_MAP ? rp_node_get(map, key) : NULL;

    return n && n->type != RP_NODE_NULL ? n : NULL;
}

/* Where to report key of map: the value for a scalar (its line and column), the key for a
 * collection (a block map or list starts on the next line). */
const rp_node *
rp__pss_at_key(const rp_node *map, const char *key)
{
    for (size_t i = 0; map && map->type == RP_NODE_MAP && i < map->n; i++)
        if (strcmp(map->pairs[i].key->text, key) == 0)
            return rp_node_is_scalar(map->pairs[i].value) ? map->pairs[i].value : map->pairs[i].key;
    return map;
}

/* Text of a scalar, "" for anything else. */
const char *
rp__pss_text(const rp_node *n)
{
    const char *s = rp_node_str(n);

    return s ? s : "";
}

/* True for a BOOL true, and for a string spelling one ("true", "yes", "on"): the API server
 * rejects the string, but it states the intent, so *odd says it was not a boolean. */
static bool
truthy(const rp_node *n, bool *odd)
{
    static const char *const words[] = {"true", "yes", "on", "y"};

    *odd = false;
    if (rp__k8s_is_true(n))
        return true;
    if (!n || n->type != RP_NODE_STRING)
        return false;
    for (size_t i = 0; i < RP_COUNTOF(words); i++)
        if (strcasecmp(n->text, words[i]) == 0)
            return (*odd = true);
    return false;
}

/* What a bad value looks like in a message: `true`, or `"true"` (a string). */
static const char *
odd_note(bool odd)
{
    return odd ? " (a string, not a boolean: the API server rejects it)" : "";
}

/* A value as written: strings quoted, so `"true"` reads as the string it is. */
const char *
rp__pss_shown(char *buf, size_t size, const rp_node *n)
{
    if (n && n->type == RP_NODE_STRING)
        snprintf(buf, size, "\"%.*s\"", (int)(size > 3 ? size - 3 : 0), n->text);
    else
        snprintf(buf, size, "%s", rp__pss_text(n));
    return buf;
}

/* "v1.24" or "latest". */
static const char *
ver_str(char *buf, size_t size, unsigned ver)
{
    if (ver >= RP_PSS_LATEST)
        snprintf(buf, size, "latest");
    else
        snprintf(buf, size, "v1.%u", ver - 100);
    return buf;
}

/* Reports a PSS violation of o, at its level (the namespace may enforce it). */
void
rp__pss_say(rp__pss *p, const rp_rule *rule, rp_pss_level level, const rp_node *at,
            const char *field, const char *fmt, ...)
{
    char msg[1024];
    va_list ap;

    va_start(ap, fmt);
    vsnprintf(msg, sizeof(msg), fmt, ap);
    va_end(ap);
    rp__k8s_report_pss(p->c, rule, level, p->o, at, field, "%s", msg);
}

void
rp__pss_items_of(rp__pss_items *it, const rp_node *n)
{
    it->one = n;
    it->v = NULL;
    it->n = 0;
    if (n && n->type == RP_NODE_SEQ) {
        it->v = (const rp_node *const *)n->items;
        it->n = n->n;
    } else if (n && rp_node_is_scalar(n)) {
        it->v = &it->one;
        it->n = 1;
    }
}

/* The path of the pod template's metadata: spec_field with its last "spec" -> "metadata". */
static void
meta_field(char *buf, size_t size, const rp_k8s_workload *w)
{
    size_t n = strlen(w->spec_field);

    if (n >= 4)
        snprintf(buf, size, "%.*smetadata", (int)(n - 4), w->spec_field);
    else
        snprintf(buf, size, "metadata");
}

/* ---- baseline: pod-level checks ---- */

static void
check_host_namespaces(rp__pss *p)
{
    static const struct {
        const rp_rule *rule;
        const char *key, *what;
    } ns[] = {
        {&r_host_network, "hostNetwork", "network"},
        {&r_host_pid, "hostPID", "process (PID)"},
        {&r_host_ipc, "hostIPC", "IPC"},
    };
    char field[512], v[64];
    bool odd;

    for (size_t i = 0; i < RP_COUNTOF(ns); i++) {
        const rp_node *n = rp__pss_get(p->w->spec, ns[i].key);
        if (!rp__k8s_on(p->c, ns[i].rule) || !truthy(n, &odd))
            continue;
        snprintf(field, sizeof(field), "%s.%s", p->w->spec_field, ns[i].key);
        rp__pss_say(p, ns[i].rule, RP_PSS_BASELINE, n, field,
                    "%s shares the node's %s namespace (%s: %s)%s", p->o->id, ns[i].what, ns[i].key,
                    rp__pss_shown(v, sizeof(v), n), odd_note(odd));
    }
}

static void
check_host_path(rp__pss *p)
{
    const rp_node *vols = rp__pss_get(p->w->spec, "volumes");
    char field[512];

    if (!rp__k8s_on(p->c, &r_host_path) || !vols || vols->type != RP_NODE_SEQ)
        return;
    for (size_t i = 0; i < vols->n; i++) {
        const rp_node *hp = rp__pss_get(vols->items[i], "hostPath");
        if (!hp)
            continue;
        snprintf(field, sizeof(field), "%s.volumes[%zu].hostPath", p->w->spec_field, i);
        rp__pss_say(p, &r_host_path, RP_PSS_BASELINE, rp__pss_at_key(vols->items[i], "hostPath"),
                    field, "volume \"%s\" of %s mounts the node's %s (hostPath)",
                    rp_node_get_str(vols->items[i], "name", ""), p->o->id,
                    hp->type == RP_NODE_MAP ? rp_node_get_str(hp, "path", "(no path)")
                                            : rp__pss_text(hp));
    }
}

/* One securityContext.appArmorProfile (pod or container). */
static void
apparmor_field(rp__pss *p, const rp_node *sc, const char *base, const char *who)
{
    const rp_node *prof = rp__pss_get(sc, "appArmorProfile"), *type;
    char field[512];
    const char *t;

    if (!prof)
        return;
    type = rp__pss_get(prof, "type");
    t = rp__pss_text(type);
    if (strcmp(t, "RuntimeDefault") == 0 || strcmp(t, "Localhost") == 0)
        return;
    snprintf(field, sizeof(field), "%s.securityContext.appArmorProfile.type", base);
    if (type)
        rp__pss_say(p, &r_apparmor, RP_PSS_BASELINE, type, field,
                    "%s sets appArmorProfile.type \"%s\" (only RuntimeDefault or Localhost)", who,
                    t);
    else
        rp__pss_say(p, &r_apparmor, RP_PSS_BASELINE, prof, field,
                    "%s sets an appArmorProfile without a type (only RuntimeDefault or Localhost)",
                    who);
}

/* Legacy annotations: every key with the prefix, whatever container it names. */
static void
apparmor_annotations(rp__pss *p)
{
    static const char prefix[] = "container.apparmor.security.beta.kubernetes.io/";
    const rp_node *a = p->w->pod_annotations;
    char meta[256], field[768];

    meta_field(meta, sizeof(meta), p->w);
    for (size_t i = 0; a && i < a->n; i++) {
        const char *k = a->pairs[i].key->text, *v;
        if (strncmp(k, prefix, sizeof(prefix) - 1) != 0 || !rp_node_is_scalar(a->pairs[i].value))
            continue;
        v = rp__pss_text(a->pairs[i].value);
        if (!*v || strcmp(v, "runtime/default") == 0 || strncmp(v, "localhost/", 10) == 0)
            continue;
        snprintf(field, sizeof(field), "%s.annotations[%s]", meta, k);
        rp__pss_say(p, &r_apparmor, RP_PSS_BASELINE, a->pairs[i].value, field,
                    "the pod template of %s sets the AppArmor annotation %s: \"%s\" (only "
                    "runtime/default or localhost/*)",
                    p->o->id, k, v);
    }
}

static void
check_apparmor(rp__pss *p)
{
    char who[320];

    if (!rp__k8s_on(p->c, &r_apparmor))
        return;
    snprintf(who, sizeof(who), "the pod of %s", p->o->id);
    apparmor_field(p, p->w->pod_sc, p->w->spec_field, who);
    for (size_t i = 0; i < p->w->ncontainers; i++) {
        const rp_k8s_container *ct = &p->w->containers[i];
        snprintf(who, sizeof(who), RP_PSS_CT_FMT " of %s", RP_PSS_CT_ARGS(ct), p->o->id);
        apparmor_field(p, ct->sc, ct->field, who);
    }
    apparmor_annotations(p);
}

static bool
selinux_type_ok(const char *t, unsigned ver)
{
    static const char *const types[] = {"", "container_t", "container_init_t", "container_kvm_t"};

    for (size_t i = 0; i < RP_COUNTOF(types); i++)
        if (strcmp(t, types[i]) == 0)
            return true;
    return ver >= RP_PSS_V(31) && strcmp(t, "container_engine_t") == 0;
}

/* One seLinuxOptions (pod or container): type, user, role. */
static void
selinux_field(rp__pss *p, const rp_node *sc, const char *base, const char *who)
{
    const rp_node *opts = rp__pss_get(sc, "seLinuxOptions");
    char field[512], v[16];

    if (!opts)
        return;
    for (int k = 0; k < 3; k++) {
        const char *key = k == 0 ? "type" : k == 1 ? "user" : "role";
        const rp_node *n = rp__pss_get(opts, key);
        if (!n)
            continue;
        if (k == 0 ? selinux_type_ok(rp__pss_text(n), p->ver)
                   : !*rp__pss_text(n) && rp_node_is_scalar(n))
            continue;
        snprintf(field, sizeof(field), "%s.securityContext.seLinuxOptions.%s", base, key);
        if (k == 0)
            rp__pss_say(p, &r_selinux, RP_PSS_BASELINE, n, field,
                        "%s sets seLinuxOptions.type \"%s\" (allowed at %s: container_t, "
                        "container_init_t, container_kvm_t%s)",
                        who, rp__pss_text(n), ver_str(v, sizeof(v), p->ver),
                        p->ver >= RP_PSS_V(31) ? ", container_engine_t" : "");
        else
            rp__pss_say(p, &r_selinux, RP_PSS_BASELINE, n, field,
                        "%s sets a custom SELinux %s \"%s\" (must be empty)", who, key,
                        rp__pss_text(n));
    }
}

static void
check_selinux(rp__pss *p)
{
    char who[320];

    if (!rp__k8s_on(p->c, &r_selinux))
        return;
    snprintf(who, sizeof(who), "the pod of %s", p->o->id);
    selinux_field(p, p->w->pod_sc, p->w->spec_field, who);
    for (size_t i = 0; i < p->w->ncontainers; i++) {
        const rp_k8s_container *ct = &p->w->containers[i];
        snprintf(who, sizeof(who), RP_PSS_CT_FMT " of %s", RP_PSS_CT_ARGS(ct), p->o->id);
        selinux_field(p, ct->sc, ct->field, who);
    }
}

bool
rp__pss_seccomp_ok(const rp_node *prof)
{
    const char *t = rp__pss_text(rp__pss_get(prof, "type"));

    return strcmp(t, "RuntimeDefault") == 0 || strcmp(t, "Localhost") == 0;
}

/* Reports an explicitly set, invalid seccompProfile (pod or container) under rule. */
void
rp__pss_seccomp_bad(rp__pss *p, const rp_rule *rule, rp_pss_level level, const rp_node *prof,
                    const char *base, const char *who, const char *extra)
{
    const rp_node *type = rp__pss_get(prof, "type");
    char field[512];

    snprintf(field, sizeof(field), "%s.securityContext.seccompProfile.type", base);
    if (type)
        rp__pss_say(p, rule, level, type, field,
                    "%s sets seccompProfile.type \"%s\" (only RuntimeDefault or Localhost)%s", who,
                    rp__pss_text(type), extra);
    else if (prof->type != RP_NODE_MAP)
        rp__pss_say(p, rule, level, prof, field,
                    "%s sets seccompProfile to %s, not a map with a type (the API server rejects "
                    "it; only RuntimeDefault or Localhost)%s",
                    who, rp_node_is_scalar(prof) ? rp__pss_text(prof) : "a list", extra);
    else
        rp__pss_say(p, rule, level, prof, field,
                    "%s sets a seccompProfile without a type (only RuntimeDefault or Localhost)%s",
                    who, extra);
}

static bool
seccomp_annotation_ok(const char *v)
{
    return strcmp(v, "runtime/default") == 0 || strcmp(v, "docker/default") == 0 ||
           strncmp(v, "localhost/", 10) == 0;
}

/* Before v1.19: the alpha annotations of the pod template. */
static void
seccomp_annotations(rp__pss *p)
{
    static const char pod_key[] = "seccomp.security.alpha.kubernetes.io/pod";
    char meta[256], field[800], key[512], v[16];

    meta_field(meta, sizeof(meta), p->w);
    for (size_t i = 0; i <= p->w->ncontainers; i++) {
        const rp_k8s_container *ct = i ? &p->w->containers[i - 1] : NULL;
        const rp_node *n;
        if (ct)
            snprintf(key, sizeof(key), "container.seccomp.security.alpha.kubernetes.io/%s",
                     ct->name);
        else
            snprintf(key, sizeof(key), "%s", pod_key);
        n = rp_node_get(p->w->pod_annotations, key);
        if (!n || seccomp_annotation_ok(rp__pss_text(n)))
            continue;
        snprintf(field, sizeof(field), "%s.annotations[%s]", meta, key);
        rp__pss_say(p, &r_seccomp_unconfined, RP_PSS_BASELINE, n, field,
                    "the pod template of %s sets %s: \"%s\" (policy %s allows runtime/default, "
                    "docker/default, localhost/*)",
                    p->o->id, key, rp__pss_text(n), ver_str(v, sizeof(v), p->ver));
    }
}

static void
check_seccomp_baseline(rp__pss *p)
{
    const rp_node *prof;
    char who[320];

    if (!rp__k8s_on(p->c, &r_seccomp_unconfined))
        return;
    if (p->ver < RP_PSS_V(19)) {
        seccomp_annotations(p);
        return;
    }
    if ((prof = rp__pss_get(p->w->pod_sc, "seccompProfile")) && !rp__pss_seccomp_ok(prof)) {
        snprintf(who, sizeof(who), "the pod of %s", p->o->id);
        rp__pss_seccomp_bad(p, &r_seccomp_unconfined, RP_PSS_BASELINE, prof, p->w->spec_field, who,
                            "");
    }
    for (size_t i = 0; i < p->w->ncontainers; i++) {
        const rp_k8s_container *ct = &p->w->containers[i];
        if (!(prof = rp__pss_get(ct->sc, "seccompProfile")) || rp__pss_seccomp_ok(prof))
            continue;
        snprintf(who, sizeof(who), RP_PSS_CT_FMT " of %s", RP_PSS_CT_ARGS(ct), p->o->id);
        rp__pss_seccomp_bad(p, &r_seccomp_unconfined, RP_PSS_BASELINE, prof, ct->field, who, "");
    }
}

/* The Pod Security safe sysctls and the policy version each became safe. */
static bool
sysctl_safe(const char *name, unsigned ver)
{
    static const struct {
        const char *name;
        unsigned since;
    } safe[] = {
        {"kernel.shm_rmid_forced", RP_PSS_V(0)},
        {"net.ipv4.ip_local_port_range", RP_PSS_V(0)},
        {"net.ipv4.tcp_syncookies", RP_PSS_V(0)},
        {"net.ipv4.ping_group_range", RP_PSS_V(0)},
        {"net.ipv4.ip_unprivileged_port_start", RP_PSS_V(0)},
        {"net.ipv4.ip_local_reserved_ports", RP_PSS_V(27)},
        {"net.ipv4.tcp_keepalive_time", RP_PSS_V(29)},
        {"net.ipv4.tcp_fin_timeout", RP_PSS_V(29)},
        {"net.ipv4.tcp_keepalive_intvl", RP_PSS_V(29)},
        {"net.ipv4.tcp_keepalive_probes", RP_PSS_V(29)},
        {"net.ipv4.tcp_rmem", RP_PSS_V(32)},
        {"net.ipv4.tcp_wmem", RP_PSS_V(32)},
        {"net.ipv4.tcp_slow_start_after_idle", RP_PSS_V(37)},
        {"net.ipv4.tcp_notsent_lowat", RP_PSS_V(37)},
    };

    for (size_t i = 0; i < RP_COUNTOF(safe); i++)
        if (strcmp(name, safe[i].name) == 0)
            return ver >= safe[i].since;
    return false;
}

static void
check_sysctls(rp__pss *p)
{
    const rp_node *list = rp__pss_get(p->w->pod_sc, "sysctls");
    char field[512], v[16];

    if (!rp__k8s_on(p->c, &r_sysctl) || !list || list->type != RP_NODE_SEQ)
        return;
    for (size_t i = 0; i < list->n; i++) {
        const rp_node *name = rp__pss_get(list->items[i], "name");
        if (sysctl_safe(rp__pss_text(name), p->ver))
            continue;
        snprintf(field, sizeof(field), "%s.securityContext.sysctls[%zu].name", p->w->spec_field, i);
        rp__pss_say(p, &r_sysctl, RP_PSS_BASELINE, name ? name : list->items[i], field,
                    "%s sets sysctl %s, not in the Pod Security safe set at %s", p->o->id,
                    name ? rp__pss_text(name) : "(no name)", ver_str(v, sizeof(v), p->ver));
    }
}

/* One windowsOptions.hostProcess (pod or container). */
static void
host_process_field(rp__pss *p, const rp_node *sc, const char *base, const char *who)
{
    const rp_node *n = rp__pss_get(rp__pss_get(sc, "windowsOptions"), "hostProcess");
    char field[512], v[64];
    bool odd;

    if (!truthy(n, &odd))
        return;
    snprintf(field, sizeof(field), "%s.securityContext.windowsOptions.hostProcess", base);
    rp__pss_say(p, &r_host_process, RP_PSS_BASELINE, n, field,
                "%s sets windowsOptions.hostProcess: %s%s", who, rp__pss_shown(v, sizeof(v), n),
                odd_note(odd));
}

static void
check_host_process(rp__pss *p)
{
    char who[320];

    if (!rp__k8s_on(p->c, &r_host_process))
        return;
    snprintf(who, sizeof(who), "the pod of %s", p->o->id);
    host_process_field(p, p->w->pod_sc, p->w->spec_field, who);
    for (size_t i = 0; i < p->w->ncontainers; i++) {
        const rp_k8s_container *ct = &p->w->containers[i];
        snprintf(who, sizeof(who), RP_PSS_CT_FMT " of %s", RP_PSS_CT_ARGS(ct), p->o->id);
        host_process_field(p, ct->sc, ct->field, who);
    }
}

/* ---- baseline: container checks ---- */

static void
check_privileged(rp__pss *p, const rp_k8s_container *ct)
{
    const rp_node *n = rp__pss_get(ct->sc, "privileged");
    char field[512], v[64];
    bool odd;

    if (!rp__k8s_on(p->c, &r_privileged) || !truthy(n, &odd))
        return;
    snprintf(field, sizeof(field), "%s.securityContext.privileged", ct->field);
    rp__pss_say(p, &r_privileged, RP_PSS_BASELINE, n, field,
                RP_PSS_CT_FMT " of %s sets privileged: %s%s", RP_PSS_CT_ARGS(ct), p->o->id,
                rp__pss_shown(v, sizeof(v), n), odd_note(odd));
}

static bool
cap_in_baseline(const char *cap)
{
    static const char *const caps[] = {
        "AUDIT_WRITE",      "CHOWN",   "DAC_OVERRIDE", "FOWNER",  "FSETID", "KILL",       "MKNOD",
        "NET_BIND_SERVICE", "SETFCAP", "SETGID",       "SETPCAP", "SETUID", "SYS_CHROOT",
    };

    for (size_t i = 0; i < RP_COUNTOF(caps); i++)
        if (strcmp(cap, caps[i]) == 0)
            return true;
    return false;
}

static void
check_caps_baseline(rp__pss *p, const rp_k8s_container *ct)
{
    const rp_node *add = rp__pss_get(rp__pss_get(ct->sc, "capabilities"), "add");
    char field[512];
    rp__pss_items it;

    if (!rp__k8s_on(p->c, &r_caps_baseline))
        return;
    rp__pss_items_of(&it, add);
    for (size_t i = 0; i < it.n; i++) {
        const char *cap = rp__pss_text(it.v[i]);
        if (rp_node_is_scalar(it.v[i]) && cap_in_baseline(cap))
            continue;
        if (add->type == RP_NODE_SEQ)
            snprintf(field, sizeof(field), "%s.securityContext.capabilities.add[%zu]", ct->field,
                     i);
        else
            snprintf(field, sizeof(field), "%s.securityContext.capabilities.add", ct->field);
        rp__pss_say(p, &r_caps_baseline, RP_PSS_BASELINE, it.v[i], field,
                    RP_PSS_CT_FMT " of %s adds capability %s, outside the baseline set",
                    RP_PSS_CT_ARGS(ct), p->o->id,
                    rp_node_is_scalar(it.v[i]) ? cap : "(not a name)");
    }
}

/* hostPort: an INT other than 0; a string other than "" and "0" (rejected, not safe). */
static bool
host_port_set(const rp_node *n)
{
    if (!n)
        return false;
    if (n->type == RP_NODE_INT)
        return n->v.i != 0;
    return rp_node_is_scalar(n) && *rp__pss_text(n) && strcmp(rp__pss_text(n), "0") != 0;
}

static void
check_host_ports(rp__pss *p, const rp_k8s_container *ct)
{
    const rp_node *ports = rp__pss_get(ct->node, "ports");
    char field[512];

    if (!rp__k8s_on(p->c, &r_host_port) || !ports || ports->type != RP_NODE_SEQ)
        return;
    for (size_t i = 0; i < ports->n; i++) {
        const rp_node *hp = rp__pss_get(ports->items[i], "hostPort");
        if (!host_port_set(hp))
            continue;
        snprintf(field, sizeof(field), "%s.ports[%zu].hostPort", ct->field, i);
        rp__pss_say(p, &r_host_port, RP_PSS_BASELINE, hp, field,
                    RP_PSS_CT_FMT " of %s binds host port %s (containerPort %s)",
                    RP_PSS_CT_ARGS(ct), p->o->id, rp__pss_text(hp),
                    rp_node_get_str(ports->items[i], "containerPort", "?"));
    }
}

static void
check_proc_mount(rp__pss *p, const rp_k8s_container *ct)
{
    const rp_node *n = rp__pss_get(ct->sc, "procMount");
    char field[512];

    if (!rp__k8s_on(p->c, &r_proc_mount) || !n || strcmp(rp__pss_text(n), "Default") == 0)
        return;
    snprintf(field, sizeof(field), "%s.securityContext.procMount", ct->field);
    if (p->ver >= RP_PSS_V(35) && p->userns)
        /* baseline relaxes it for user-namespace pods; procMount_restricted does not */
        rp__pss_say(p, &r_proc_mount, RP_PSS_RESTRICTED, n, field,
                    RP_PSS_CT_FMT
                    " of %s sets procMount: %s (allowed at baseline with hostUsers: false, "
                    "not at restricted: procMount_restricted)",
                    RP_PSS_CT_ARGS(ct), p->o->id, rp__pss_text(n));
    else
        rp__pss_say(p, &r_proc_mount, RP_PSS_BASELINE, n, field,
                    RP_PSS_CT_FMT " of %s sets procMount: %s (only Default)", RP_PSS_CT_ARGS(ct),
                    p->o->id, rp__pss_text(n));
}

/* httpGet.host / tcpSocket.host of one probe or lifecycle handler. */
static void
probe_host_field(rp__pss *p, const rp_k8s_container *ct, const rp_node *h, const char *path)
{
    static const char *const kinds[] = {"httpGet", "tcpSocket"};
    char field[512];

    for (size_t k = 0; h && k < RP_COUNTOF(kinds); k++) {
        const rp_node *host = rp__pss_get(rp__pss_get(h, kinds[k]), "host");
        if (!host || (rp_node_is_scalar(host) && !*rp__pss_text(host)))
            continue;
        snprintf(field, sizeof(field), "%s.%s.%s.host", ct->field, path, kinds[k]);
        /* a non-string host is rejected by the API server; it still names another host */
        rp__pss_say(p, &r_probe_host, RP_PSS_BASELINE, host, field,
                    RP_PSS_CT_FMT " of %s: %s.%s targets host \"%s\" instead of the pod",
                    RP_PSS_CT_ARGS(ct), p->o->id, path, kinds[k], rp__pss_text(host));
    }
}

static void
check_probe_host(rp__pss *p, const rp_k8s_container *ct)
{
    static const char *const probes[] = {"livenessProbe", "readinessProbe", "startupProbe"};
    static const char *const hooks[] = {"postStart", "preStop"};
    const rp_node *lc = rp__pss_get(ct->node, "lifecycle");
    char path[64];

    if (!rp__k8s_on(p->c, &r_probe_host) || p->ver < RP_PSS_V(34))
        return;
    for (size_t i = 0; i < RP_COUNTOF(probes); i++)
        probe_host_field(p, ct, rp__pss_get(ct->node, probes[i]), probes[i]);
    for (size_t i = 0; i < RP_COUNTOF(hooks); i++) {
        snprintf(path, sizeof(path), "lifecycle.%s", hooks[i]);
        probe_host_field(p, ct, rp__pss_get(lc, hooks[i]), path);
    }
}

/* ---- the pass ---- */

static void
check_object(rp__k8s_check *c, const rp_k8s_object *o)
{
    const rp_k8s_workload *w = rp__k8s_workload(c, o);
    rp__pss p;

    if (!w)
        return;
    p.c = c;
    p.o = o;
    p.w = w;
    p.ver = rp__k8s_pss_version(c, o);
    p.windows = strcmp(rp_node_get_str(rp__pss_get(w->spec, "os"), "name", ""), "windows") == 0;
    p.userns = rp__k8s_is_false(rp__pss_get(w->spec, "hostUsers"));

    check_host_namespaces(&p);
    check_host_path(&p);
    check_apparmor(&p);
    check_selinux(&p);
    check_seccomp_baseline(&p);
    check_sysctls(&p);
    check_host_process(&p);
    rp__pss_restricted_pod(&p);
    for (size_t i = 0; i < w->ncontainers; i++) {
        const rp_k8s_container *ct = &w->containers[i];
        check_privileged(&p, ct);
        check_caps_baseline(&p, ct);
        check_host_ports(&p, ct);
        check_proc_mount(&p, ct);
        check_probe_host(&p, ct);
        rp__pss_restricted_container(&p, ct);
    }
}

const rp__k8s_ruleset rp__k8s_set_pss = {rules, check_object, NULL};
