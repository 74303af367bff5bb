/* Kubernetes rules: workload hardening beyond the Pod Security Standards (dangerous and raw
 * capabilities, sensitive and writable host paths, runtime sockets, root and low IDs, the root
 * filesystem, missing security contexts, service-account tokens, host aliases, user
 * namespaces, privileged and SSH ports). The PSS checks themselves live in rules_pss.c. */
#include <stdlib.h>
#include <string.h>

#include "core/util.h"
#include "k8s/rules.h"

static const rp_rule r_dangerous_cap = {
    .id = "RP-K8S-022",
    .name = "dangerous-capability",
    .analyzer = "kubernetes",
    .severity = RP_SEV_CRITICAL,
    .title = "Container adds a capability that hands over the node",
    .description =
        "The container adds a Linux capability that breaks the isolation between the container "
        "and the node: SYS_ADMIN (mount, namespaces, cgroup release_agent escapes), SYS_MODULE "
        "(load kernel modules), SYS_PTRACE (inject code into other processes), SYS_RAWIO (raw "
        "device and port I/O), SYS_BOOT (reboot, kexec), NET_ADMIN (rewrite routes and iptables, "
        "sniff and spoof traffic), BPF and PERFMON (kernel programs and memory observation), "
        "DAC_READ_SEARCH (read any file, the open_by_handle_at \"shocker\" escape), SYS_TIME (the "
        "node's clock, which is not namespaced) or ALL of them. Code execution in such a "
        "container is a short step from root on the node.",
    .remediation =
        "Remove the capability from securityContext.capabilities.add and drop everything the "
        "process does not need:\n\n"
        "```yaml\nsecurityContext:\n  capabilities:\n    drop: [ALL]\n"
        "    add: [NET_BIND_SERVICE]   # only what the process needs\n```\n\n"
        "If the workload really administers the node (a CNI plugin, a storage driver), run it "
        "in a dedicated namespace that allows it and suppress the finding there with a reason.",
    .refs = {"AVD-KSV-0005", "AVD-KSV-0120", "kubesec:CapSysAdmin", "polaris:dangerousCapabilities",
             "CIS-K8s-5.2.9", NULL},
    .notes = "Names are compared case-insensitively and with or without the CAP_ prefix, as "
             "containerd and CRI-O normalise them (`cap_sys_admin` grants SYS_ADMIN); Trivy "
             "KSV005/KSV120 and kubesec compare the exact upper-case name and miss it. Polaris "
             "covers ALL, SYS_ADMIN and NET_ADMIN only; rampart adds the other capabilities known "
             "to lead out of a container. One finding per added entry, at the entry. An `add` "
             "that is not a list is rejected by the API server and is not evaluated. Any "
             "capability outside the PSS baseline set is also reported by the Pod Security rule "
             "(capabilities_baseline); this rule says why these ones are critical.",
    .bad = "containers:\n  - name: agent\n    image: registry.example/agent:1.4\n"
           "    securityContext:\n      capabilities:\n        add: [cap_sys_admin, NET_ADMIN]",
    .good = "containers:\n  - name: agent\n    image: registry.example/agent:1.4\n"
            "    securityContext:\n      capabilities:\n        drop: [ALL]",
};

static const rp_rule r_net_raw = {
    .id = "RP-K8S-023",
    .name = "net-raw",
    .analyzer = "kubernetes",
    .severity = RP_SEV_LOW,
    .title = "Container keeps or adds NET_RAW",
    .description =
        "NET_RAW lets a process open raw and packet sockets: forge any packet, spoof ARP and DNS "
        "answers to other pods on the node's network, and reach kernel code paths that have "
        "produced container escapes (CVE-2020-14386). containerd and Docker grant it by default "
        "(CRI-O and Podman no longer do), so a container has it unless it drops it. Adding it "
        "explicitly is reported at high severity; not dropping it at low.",
    .remediation = "Drop all capabilities and add back only what the process needs (ping works "
                   "without NET_RAW through the net.ipv4.ping_group_range sysctl):\n\n"
                   "```yaml\nsecurityContext:\n  capabilities:\n    drop: [ALL]\n```",
    .refs = {"AVD-KSV-0119", "kube-linter:drop-net-raw-capability", "polaris:insecureCapabilities",
             "CIS-K8s-5.2.8", NULL},
    .notes = "An `add` entry NET_RAW (any case, with or without CAP_) is high, at the entry; "
             "otherwise a `drop` list without NET_RAW or ALL (case-insensitive and with or "
             "without CAP_, as containerd and CRI-O read it) is low, at the drop list or where it "
             "is missing. Trivy KSV119 only reports the add. Only the add finding is reported "
             "when both hold; `add: [ALL]` is RP-K8S-022's (critical) and is not reported again "
             "here. Windows pods (spec.os.name: windows) have no Linux capabilities and are "
             "skipped, as PSS does. Polaris' insecureCapabilities asks for a longer drop list; "
             "dropping ALL satisfies both.",
    .bad = "containers:\n  - name: web\n    image: registry.example/web:2.1\n"
           "    securityContext:\n      capabilities:\n        drop: [SYS_ADMIN]",
    .good = "containers:\n  - name: web\n    image: registry.example/web:2.1\n"
            "    securityContext:\n      capabilities:\n        drop: [ALL]",
};

static const rp_rule r_sensitive_host_path = {
    .id = "RP-K8S-024",
    .name = "sensitive-host-path",
    .analyzer = "kubernetes",
    .severity = RP_SEV_HIGH,
    .title = "hostPath volume exposes a sensitive host directory",
    .description =
        "The pod mounts a host directory that holds the node's secrets or controls it: the root "
        "filesystem, /boot, /dev (raw disks), /etc (shadow, kubelet and CA keys), /lib and /usr "
        "(binaries the node runs), /proc and /sys (other processes, kernel tunables), or the "
        "state of the kubelet and container runtime (/var/lib/kubelet holds every pod's "
        "service-account tokens and secrets; /var/lib/docker and /var/lib/containerd every "
        "container's filesystem). Read access leaks credentials of the whole node; write access "
        "is root on it.",
    .remediation =
        "Do not mount host directories into application pods: use emptyDir, a ConfigMap or "
        "Secret, or a PersistentVolumeClaim. A node agent that must read host state should "
        "mount the narrowest subdirectory it needs, read-only, and run in a namespace reserved "
        "for node agents:\n\n"
        "```yaml\nvolumes:\n  - name: host-proc\n    hostPath: {path: /proc, type: Directory}\n"
        "# in the container\nvolumeMounts:\n  - {name: host-proc, mountPath: /host/proc, "
        "readOnly: true}\n```",
    .refs = {"AVD-KSV-0121", "kube-linter:sensitive-host-mounts", "kubesec:ProcMount",
             "CIS-K8s-5.2.12", NULL},
    .notes = "The path is normalised as the kernel resolves it (`//`, `/./`, a trailing `/`, and "
             "`..`, which the API server rejects anyway), so `/etc/` and `//proc` fire where "
             "Trivy KSV121 and kube-linter compare the exact text. A parent of a sensitive "
             "directory fires too (`/var` holds /var/lib/kubelet); a subdirectory (`/var/log`, "
             "`/etc/ssl/certs`) does not. /var/lib/kubelet and /var/lib/containerd are added to "
             "Trivy's and kube-linter's list. /run and /var/run, and the runtime sockets under "
             "them, are RP-K8S-025's: the same volume is not reported twice for the same reason. "
             "A read-only mount still fires (reading /etc or /proc of the node leaks its "
             "secrets); node agents that need it suppress it with a reason. kubesec's ProcMount "
             "is this check for /proc.",
    .bad = "volumes:\n  - name: host-etc\n    hostPath:\n      path: /etc/",
    .good = "volumes:\n  - name: config\n    configMap:\n      name: app-config",
};

static const rp_rule r_runtime_socket = {
    .id = "RP-K8S-025",
    .name = "runtime-socket",
    .analyzer = "kubernetes",
    .severity = RP_SEV_CRITICAL,
    .title = "hostPath volume exposes the container runtime socket",
    .description =
        "The pod mounts the socket of the node's container runtime (Docker, containerd, CRI-O, "
        "cri-dockerd, Podman) or the directory that holds it (/run, /var/run, "
        "/run/containerd...). Whoever can talk to that socket can start a privileged container "
        "with the host's filesystem mounted: this is root on the node, whatever the pod's own "
        "security context says, and the runtime's API is not subject to admission control.",
    .remediation =
        "Remove the volume. Build images with a daemonless builder (BuildKit rootless, kaniko, "
        "buildah) instead of the node's daemon; collect container metadata through the Kubernetes "
        "API or the kubelet's read-only endpoints instead of the runtime socket. A monitoring "
        "agent that truly needs the runtime must run in a namespace reserved for node agents, and "
        "the finding is suppressed there with a reason.",
    .refs = {"AVD-KSV-0006", "kube-linter:docker-sock", "kubesec:DockerSock", "CIS-K8s-5.2.12",
             NULL},
    .notes = "Fires when the normalised path ends with docker.sock, containerd.sock, crio.sock, "
             "cri-dockerd.sock, podman.sock or dockershim.sock, or is /run, /var/run or a "
             "runtime's socket directory under them (/run/containerd, /run/crio, /run/docker, "
             "/run/podman, /run/k3s and /run/k3s/containerd). Trivy KSV006 and kubesec compare "
             "the exact text /var/run/docker.sock and miss /run/docker.sock and the containerd "
             "and CRI-O sockets that every current cluster uses; kube-linter matches any path "
             "ending in docker.sock. Such a volume is not also reported as RP-K8S-024. A "
             "read-only mount still fires: connecting to a socket is no write.",
    .bad = "volumes:\n  - name: docker\n    hostPath:\n      path: /var/run/docker.sock",
    .good = "# build with a daemonless builder instead\nvolumes:\n  - name: workspace\n"
            "    emptyDir: {}",
};

static const rp_rule r_writable_host_path = {
    .id = "RP-K8S-026",
    .name = "writable-host-path",
    .analyzer = "kubernetes",
    .severity = RP_SEV_MEDIUM,
    .title = "hostPath volume mounted writable",
    .description =
        "A container mounts a hostPath volume without readOnly: true, so it can write to the "
        "node's filesystem: plant files the node or other pods will read or execute, fill the "
        "node's disk, or replace the contents of a directory shared with node services. Files it "
        "creates belong to its UID on the host.",
    .remediation =
        "Mount it read-only, or replace it with an emptyDir or a PersistentVolumeClaim when "
        "the data does not have to live on the node:\n\n"
        "```yaml\nvolumeMounts:\n  - name: host-logs\n    mountPath: /host/var/log\n"
        "    readOnly: true\n```",
    .refs = {"kube-linter:writable-host-mount", NULL},
    .notes = "Judged per volumeMount of every container (init, regular, ephemeral) that names a "
             "hostPath volume; a readOnly that is not the boolean true counts as writable (the "
             "API server rejects a string). Trivy and Polaris only report that a hostPath exists "
             "(the Pod Security rules carry that); kube-linter's writable-host-mount is off by "
             "default.",
    .bad = "containers:\n  - name: shipper\n    volumeMounts:\n"
           "      - {name: logs, mountPath: /host/var/log}\n"
           "volumes:\n  - name: logs\n    hostPath: {path: /var/log}",
    .good = "containers:\n  - name: shipper\n    volumeMounts:\n"
            "      - {name: logs, mountPath: /host/var/log, readOnly: true}\n"
            "volumes:\n  - name: logs\n    hostPath: {path: /var/log}",
};

static const rp_rule r_root_group = {
    .id = "RP-K8S-027",
    .name = "root-group",
    .analyzer = "kubernetes",
    .severity = RP_SEV_LOW,
    .title = "Pod runs with the root group",
    .description =
        "The pod's processes or its volumes get group ID 0 (runAsGroup: 0, fsGroup: 0, or 0 in "
        "supplementalGroups). Many files of a host and of images are group-root writable or "
        "readable (/etc, sockets, device nodes): a process in group 0 gets access that a non-root "
        "user was meant not to have, and a container escape lands with root's group on the node.",
    .remediation = "Use a non-zero group for processes and volumes:\n\n"
                   "```yaml\nsecurityContext:\n  runAsUser: 10001\n  runAsGroup: 10001\n"
                   "  fsGroup: 10001\n```",
    .refs = {"AVD-KSV-0116", NULL},
    .notes = "Pod-level runAsGroup: 0 fires even when every container sets its own group, as "
             "Trivy KSV116 does: a container added later (kubectl debug) inherits it. A "
             "container's own runAsGroup: 0 fires at the container. The Pod Security Standards "
             "only list this as an optional restricted control that PSA does not enforce. Pods "
             "with hostUsers: false are skipped: group 0 inside a user namespace maps to an "
             "unprivileged group on the node (as PSS 1.35 relaxes runAsUser for them).",
    .bad = "securityContext:\n  runAsUser: 10001\n  runAsGroup: 0\n  fsGroup: 0",
    .good = "securityContext:\n  runAsUser: 10001\n  runAsGroup: 10001\n  fsGroup: 10001",
};

static const rp_rule r_low_uid = {
    .id = "RP-K8S-028",
    .name = "low-uid",
    .analyzer = "kubernetes",
    .severity = RP_SEV_INFO,
    .title = "Container UID or GID may overlap host users",
    .description =
        "The container's effective runAsUser or runAsGroup is unset (the image decides, often "
        "root) or at most 10000. Without a user namespace the container's IDs are the node's: a "
        "process that escapes with UID 1000 is the node's first login user, and files it writes "
        "to shared volumes belong to that user. IDs above 10000 rarely collide with real accounts.",
    .remediation = "Run with IDs above 10000, set once at the pod level, or turn on user "
                   "namespaces (hostUsers: false) where the cluster supports them:\n\n"
                   "```yaml\nsecurityContext:\n  runAsUser: 10001\n  runAsGroup: 10001\n```",
    .refs = {"AVD-KSV-0020", "AVD-KSV-0021", "kubesec:RunAsUser", "kubesec:RunAsGroup", NULL},
    .notes = "Informational. Effective values: the container's own, else the pod's. A pod-level "
             "value is reported once, at the pod, and so is a value neither level sets (one "
             "finding naming the containers), instead of Trivy's finding per container. Pods with "
             "hostUsers: false are skipped (their IDs are remapped), and so are Windows pods, "
             "which cannot set these fields. A value that is not an integer counts as unset.",
    .bad = "securityContext:\n  runAsUser: 1000",
    .good = "securityContext:\n  runAsUser: 10001\n  runAsGroup: 10001",
};

static const rp_rule r_writable_root_fs = {
    .id = "RP-K8S-029",
    .name = "writable-root-fs",
    .analyzer = "kubernetes",
    .severity = RP_SEV_LOW,
    .title = "Container root filesystem is writable",
    .description =
        "readOnlyRootFilesystem is not true, so an attacker who gets code execution can download "
        "tools, modify the application's binaries and configuration, or persist in the container "
        "until it restarts. A read-only root filesystem also makes accidental writes visible at "
        "once.",
    .remediation =
        "Set readOnlyRootFilesystem: true and give the process writable emptyDir volumes only "
        "where it needs them:\n\n"
        "```yaml\nsecurityContext:\n  readOnlyRootFilesystem: true\nvolumeMounts:\n"
        "  - {name: tmp, mountPath: /tmp}\n# pod: volumes: [{name: tmp, emptyDir: {}}]\n```",
    .refs = {"AVD-KSV-0014", "kube-linter:no-read-only-root-fs", "kubesec:ReadOnlyRootFilesystem",
             "polaris:notReadOnlyRootFilesystem", NULL},
    .notes = "Per container (init, regular, ephemeral); the field is container-only, so a "
             "readOnlyRootFilesystem written under the pod's securityContext does not count (the "
             "API server drops it as unknown), and a non-boolean value is not true. Windows pods "
             "are skipped: the field is forbidden there. Trivy rates it high; rampart keeps it "
             "low because it limits the damage of a compromise rather than preventing one.",
    .bad = "containers:\n  - name: api\n    image: registry.example/api:3.2\n"
           "    securityContext:\n      allowPrivilegeEscalation: false",
    .good = "containers:\n  - name: api\n    image: registry.example/api:3.2\n"
            "    securityContext:\n      allowPrivilegeEscalation: false\n"
            "      readOnlyRootFilesystem: true",
};

static const rp_rule r_no_secctx = {
    .id = "RP-K8S-030",
    .name = "no-security-context",
    .analyzer = "kubernetes",
    .severity = RP_SEV_LOW,
    .title = "Container has no security context",
    .description =
        "The container sets no securityContext, so every container-only control keeps the "
        "runtime's permissive default: the default capability set including NET_RAW, privilege "
        "escalation through setuid binaries, a writable root filesystem. Pod-level settings "
        "cannot fix these: they are not inherited.",
    .remediation = "Give every container a security context:\n\n"
                   "```yaml\nsecurityContext:\n  allowPrivilegeEscalation: false\n"
                   "  readOnlyRootFilesystem: true\n  capabilities:\n    drop: [ALL]\n```",
    .refs = {"AVD-KSV-0118", "CIS-K8s-5.7.3", NULL},
    .notes = "Fires per container (init, regular, ephemeral) whose securityContext is missing, "
             "null or empty; the message says whether the pod sets inheritable defaults. Trivy "
             "KSV118 also fires when only the pod-level securityContext is missing; rampart does "
             "not when every container has its own, since every inheritable field can be set per "
             "container and nothing is then left at a default.",
    .bad = "containers:\n  - name: web\n    image: registry.example/web:2.1",
    .good = "containers:\n  - name: web\n    image: registry.example/web:2.1\n"
            "    securityContext:\n      allowPrivilegeEscalation: false\n"
            "      capabilities: {drop: [ALL]}",
};

static const rp_rule r_sa_token = {
    .id = "RP-K8S-031",
    .name = "sa-token-automount",
    .analyzer = "kubernetes",
    .severity = RP_SEV_LOW,
    .title = "Service account token mounted automatically",
    .description =
        "Kubernetes mounts a token of the pod's service account into every container unless "
        "automountServiceAccountToken is false. Most applications never call the API server, but "
        "anyone who gets code execution in the pod can read the token and act with every "
        "permission granted to that service account.",
    .remediation =
        "Turn it off on the pod (or on the ServiceAccount, for every pod that uses it), and "
        "mount a token explicitly only in pods that call the API:\n\n"
        "```yaml\nspec:\n  automountServiceAccountToken: false\n```",
    .refs = {"AVD-KSV-0036", "kubesec:AutomountServiceAccountToken",
             "polaris:automountServiceAccountToken", "CIS-K8s-5.1.6", NULL},
    .notes = "The pod's field wins when set; when unset, the ServiceAccount it uses "
             "(serviceAccountName, else the deprecated serviceAccount, else default) is looked up "
             "in the scanned files, and its automountServiceAccountToken: false passes, as "
             "Polaris checks it. A ServiceAccount not in the input cannot be judged and the pod "
             "fires. Trivy KSV036 fires only for an explicit true or an explicit mount of the "
             "token path; rampart reports the default as well, because the default mounts it.",
    .bad = "spec:\n  serviceAccountName: web\n  containers:\n    - name: web\n"
           "      image: registry.example/web:2.1",
    .good = "spec:\n  serviceAccountName: web\n  automountServiceAccountToken: false\n"
            "  containers:\n    - name: web\n      image: registry.example/web:2.1",
};

static const rp_rule r_default_sa = {
    .id = "RP-K8S-032",
    .name = "default-service-account",
    .analyzer = "kubernetes",
    .severity = RP_SEV_LOW,
    .title = "Pod uses the namespace's default service account",
    .description =
        "The pod runs as its namespace's default service account, which every pod of the "
        "namespace shares. Permissions granted to it for one workload reach all of them, and RBAC "
        "cannot tell the workloads apart.",
    .remediation =
        "Create a ServiceAccount per workload that needs the API, or turn the token off when "
        "it does not:\n\n"
        "```yaml\napiVersion: v1\nkind: ServiceAccount\nmetadata: {name: web}\n"
        "automountServiceAccountToken: false\n---\n# in the pod spec\n"
        "serviceAccountName: web\n```",
    .refs = {"kube-linter:default-service-account", "kubesec:ServiceAccountName", "CIS-K8s-5.1.5",
             NULL},
    .notes = "serviceAccountName unset or \"default\"; the deprecated serviceAccount field is "
             "read when serviceAccountName is empty, as the API server does. Following CIS 5.1.5, "
             "a pod that gets no token (automountServiceAccountToken: false on the pod, or on the "
             "default ServiceAccount in the input, and no projected serviceAccountToken volume) "
             "passes: without a token the account grants nothing. kube-linter's opt-in "
             "default-service-account fires regardless.",
    .bad = "spec:\n  containers:\n    - name: web\n      image: registry.example/web:2.1",
    .good = "spec:\n  serviceAccountName: web\n  containers:\n    - name: web\n"
            "      image: registry.example/web:2.1",
};

static const rp_rule r_host_aliases = {
    .id = "RP-K8S-033",
    .name = "host-aliases",
    .analyzer = "kubernetes",
    .severity = RP_SEV_LOW,
    .title = "Pod overrides name resolution with hostAliases",
    .description =
        "spec.hostAliases writes entries into the pod's /etc/hosts, which take precedence over "
        "cluster DNS. A manifest can silently redirect a trusted name (a registry, a payment API, "
        "the API server) to another address, and the override is easy to miss in review and hard "
        "to audit later.",
    .remediation = "Remove hostAliases and publish the names in DNS (a Service, an ExternalName "
                   "Service, or the cluster's DNS configuration).",
    .refs = {"AVD-KSV-0007", "kubesec:HostAliases", NULL},
    .notes = "An empty list changes nothing and passes; Trivy and kubesec fire on the key.",
    .bad = "spec:\n  hostAliases:\n    - ip: 10.0.0.15\n      hostnames: [registry.example]",
    .good = "spec:\n  containers:\n    - name: web\n      image: registry.example/web:2.1",
};

static const rp_rule r_host_users = {
    .id = "RP-K8S-034",
    .name = "host-users",
    .analyzer = "kubernetes",
    .severity = RP_SEV_INFO,
    .title = "Pod does not use a user namespace",
    .description =
        "spec.hostUsers is not false, so the pod shares the node's user namespace: UID 0 in the "
        "container is UID 0 on the node, and a container escape keeps its IDs. With hostUsers: "
        "false (on by default since Kubernetes 1.33, with a runtime and kernel that support it) "
        "container IDs map to an unprivileged range of the node.",
    .remediation = "Where the cluster supports user namespaces:\n\n"
                   "```yaml\nspec:\n  hostUsers: false\n```\n\n"
                   "It cannot be combined with hostNetwork, hostPID or hostIPC.",
    .refs = {"kubesec:HostUsers", NULL},
    .notes = "Informational: support depends on the cluster, not the manifest. Windows pods are "
             "skipped.",
    .bad = "spec:\n  containers:\n    - name: web\n      image: registry.example/web:2.1",
    .good = "spec:\n  hostUsers: false\n  containers:\n    - name: web\n"
            "      image: registry.example/web:2.1",
};

static const rp_rule r_privileged_port = {
    .id = "RP-K8S-035",
    .name = "privileged-port",
    .analyzer = "kubernetes",
    .severity = RP_SEV_LOW,
    .title = "Container listens on a privileged port",
    .description =
        "The container declares a port below 1024. Binding it needs root or the NET_BIND_SERVICE "
        "capability, unless the runtime sets net.ipv4.ip_unprivileged_port_start to 0 in the pod "
        "(Docker 20.10+, containerd 2.0+): on the others the port means the process keeps "
        "privileges it would not otherwise need, and a manifest that depends on that runtime "
        "setting breaks on a runtime without it.",
    .remediation = "Listen on a port above 1023 in the container and map the well-known port "
                   "in the Service:\n\n"
                   "```yaml\nports:\n  - containerPort: 8080\n# Service: port: 80, "
                   "targetPort: 8080\n```",
    .refs = {"AVD-KSV-0117", "kube-linter:privileged-ports", NULL},
    .notes = "One finding per port entry, at containerPort; a non-integer or non-positive port is "
             "rejected by the API server and ignored. kube-linter's check is opt-in; Trivy rates "
             "it medium.",
    .bad = "ports:\n  - containerPort: 80",
    .good = "ports:\n  - containerPort: 8080",
};

static const rp_rule r_ssh_port = {
    .id = "RP-K8S-036",
    .name = "ssh-port",
    .analyzer = "kubernetes",
    .severity = RP_SEV_LOW,
    .title = "Container exposes SSH (port 22)",
    .description =
        "A container that serves SSH is treated like a machine: it carries keys and an extra "
        "daemon to patch, and it opens a way in that bypasses the cluster's audited access "
        "(kubectl exec through the API server, with RBAC and audit logs).",
    .remediation = "Remove the SSH server from the image and use kubectl exec or kubectl debug "
                   "for interactive access.",
    .refs = {"kube-linter:ssh-port", NULL},
    .notes = "containerPort 22 with protocol TCP or no protocol (TCP is the default); UDP and "
             "SCTP on 22 are not SSH. The port is also reported by RP-K8S-035.",
    .bad = "ports:\n  - name: ssh\n    containerPort: 22",
    .good = "# no SSH port; use kubectl exec\nports:\n  - containerPort: 8080",
};

static const rp_rule *const rules[] = {
    &r_dangerous_cap,
    &r_net_raw,
    &r_sensitive_host_path,
    &r_runtime_socket,
    &r_writable_host_path,
    &r_root_group,
    &r_low_uid,
    &r_writable_root_fs,
    &r_no_secctx,
    &r_sa_token,
    &r_default_sa,
    &r_host_aliases,
    &r_host_users,
    &r_privileged_port,
    &r_ssh_port,
    NULL,
};

/* ---- helpers ---- */

/* Windows pods cannot set Linux security fields (capabilities, IDs, readOnlyRootFilesystem):
 * the API server rejects them, so checks of those fields skip the pod, as PSS does. */
static bool
is_windows(const rp_k8s_workload *w)
{
    const char *os = rp_node_get_str(rp_node_get(w->spec, "os"), "name", NULL);

    return os && strcmp(os, "windows") == 0;
}

static bool
host_users_off(const rp_k8s_workload *w)
{
    return rp__k8s_is_false(rp_node_get(w->spec, "hostUsers"));
}

/* "pod of Deployment/ns/x", or just "Pod/ns/x" for a Pod. */
static const char *
pod_of(const rp_k8s_object *o)
{
    return strcmp(o->kind, "Pod") == 0 ? "" : "pod of ";
}

static const rp_node *
seq_at(const rp_node *m, const char *key)
{
    const rp_node *n = rp_node_get(m, key);

    return n && n->type == RP_NODE_SEQ ? n : NULL;
}

/* Where to point at a missing security-context field: the map when it exists. */
static const rp_node *
sc_near(const rp_k8s_container *ct)
{
    return ct->sc ? ct->sc : ct->node;
}

/* An INT scalar's value; false for anything else (a string "0" is rejected by the API). */
static bool
int_of(const rp_node *n, int64_t *out)
{
    if (!n || n->type != RP_NODE_INT)
        return false;
    *out = n->v.i;
    return true;
}

/* The capability n names, as the runtimes read it: upper-cased, without the CAP_ prefix. False
 * when n is not a scalar or cannot be a capability name (too long, a NUL inside). */
static bool
cap_name(char out[32], const rp_node *n)
{
    const char *s = rp_node_str(n);
    size_t len;

    if (!s || strlen(s) != n->len)
        return false;
    if (rp__str_starts_ci(s, "CAP_"))
        s += 4;
    if ((len = strlen(s)) >= 32)
        return false;
    for (size_t i = 0; i <= len; i++)
        out[i] = (char)(s[i] >= 'a' && s[i] <= 'z' ? s[i] - 'a' + 'A' : s[i]);
    return true;
}

static bool
cap_is(const rp_node *n, const char *cap)
{
    char name[32];

    return cap_name(name, n) && strcmp(name, cap) == 0;
}

/* ---- RP-K8S-022, RP-K8S-023: capabilities ---- */

/* The capabilities that lead out of a container, and what each gives. */
static const struct {
    const char *name, *why;
} dangerous_caps[] = {
    {"ALL", "every capability, nearly privileged"},
    {"SYS_ADMIN", "mounts, namespaces, cgroup escapes"},
    {"SYS_MODULE", "loads kernel modules"},
    {"SYS_PTRACE", "traces and injects code into processes"},
    {"SYS_RAWIO", "raw device and I/O port access"},
    {"SYS_BOOT", "reboots the node"},
    {"NET_ADMIN", "rewrites routes and firewall rules"},
    {"BPF", "loads BPF programs into the kernel"},
    {"PERFMON", "observes the kernel through perf events"},
    {"DAC_READ_SEARCH", "reads any file; the open_by_handle_at escape"},
    {"SYS_TIME", "sets the node's clock"},
};

static void
check_dangerous_caps(rp__k8s_check *c, const rp_k8s_object *o, const rp_k8s_container *ct,
                     const rp_node *add)
{
    char field[512];

    for (size_t i = 0; add && i < add->n; i++) {
        const rp_node *n = add->items[i];
        char name[32];
        if (!cap_name(name, n))
            continue;
        for (size_t k = 0; k < RP_COUNTOF(dangerous_caps); k++) {
            if (strcmp(name, dangerous_caps[k].name) != 0)
                continue;
            snprintf(field, sizeof(field), "%s.securityContext.capabilities.add[%zu]", ct->field,
                     i);
            if (strcmp(n->text, dangerous_caps[k].name) == 0)
                rp__k8s_report(
                    c, &r_dangerous_cap, o, n, field, "%s \"%s\" of %s adds capability %s (%s)",
                    rp__k8s_ctype_name(ct->type), ct->name, o->id, n->text, dangerous_caps[k].why);
            else
                rp__k8s_report(c, &r_dangerous_cap, o, n, field,
                               "%s \"%s\" of %s adds capability %s (%s: %s)",
                               rp__k8s_ctype_name(ct->type), ct->name, o->id, n->text,
                               dangerous_caps[k].name, dangerous_caps[k].why);
            break;
        }
    }
}

static bool
drops_net_raw(const rp_node *drop)
{
    for (size_t i = 0; drop && i < drop->n; i++)
        if (cap_is(drop->items[i], "NET_RAW") || cap_is(drop->items[i], "ALL"))
            return true;
    return false;
}

static void
check_net_raw(rp__k8s_check *c, const rp_k8s_object *o, const rp_k8s_workload *w,
              const rp_k8s_container *ct, const rp_node *caps, const rp_node *add)
{
    const rp_node *drop = rp_node_get(caps, "drop"), *at;
    char field[512];

    for (size_t i = 0; add && i < add->n; i++) {
        if (!cap_is(add->items[i], "NET_RAW"))
            continue;
        snprintf(field, sizeof(field), "%s.securityContext.capabilities.add[%zu]", ct->field, i);
        rp__k8s_report_sev(c, &r_net_raw, RP_SEV_HIGH, o, add->items[i], field,
                           "%s \"%s\" of %s adds capability %s: it can forge packets and spoof "
                           "other pods' traffic",
                           rp__k8s_ctype_name(ct->type), ct->name, o->id, add->items[i]->text);
        return;
    }
    if (is_windows(w) || drops_net_raw(drop && drop->type == RP_NODE_SEQ ? drop : NULL))
        return;
    at = drop ? drop : caps ? caps : sc_near(ct);
    snprintf(field, sizeof(field), "%s.securityContext.capabilities.drop", ct->field);
    rp__k8s_report(c, &r_net_raw, o, at, field,
                   "%s \"%s\" of %s does not drop NET_RAW (nor ALL), which the runtime grants by "
                   "default",
                   rp__k8s_ctype_name(ct->type), ct->name, o->id);
}

static void
check_caps(rp__k8s_check *c, const rp_k8s_object *o, const rp_k8s_workload *w)
{
    bool dangerous = rp__k8s_on(c, &r_dangerous_cap), raw = rp__k8s_on(c, &r_net_raw);

    if (!dangerous && !raw)
        return;
    for (size_t i = 0; i < w->ncontainers; i++) {
        const rp_k8s_container *ct = &w->containers[i];
        const rp_node *caps = ct->eff.capabilities.node;
        const rp_node *add = seq_at(caps, "add");
        if (caps && caps->type != RP_NODE_MAP)
            caps = NULL;
        if (dangerous)
            check_dangerous_caps(c, o, ct, add);
        if (raw)
            check_net_raw(c, o, w, ct, caps, add);
    }
}

/* ---- RP-K8S-024, RP-K8S-025, RP-K8S-026: host paths ---- */

/* Writes p[0..len) into out as the kernel resolves it lexically: repeated and trailing
 * slashes collapsed, "." dropped, ".." removing the previous component. out holds len + 2. */
static size_t
path_clean(char *out, const char *p, size_t len)
{
    size_t n = 0, root = 0, i = 0;

    if (len && p[0] == '/')
        out[n++] = '/', root = 1;
    while (i < len) {
        size_t s, clen;
        while (i < len && p[i] == '/')
            i++;
        for (s = i; i < len && p[i] != '/'; i++)
            ;
        clen = i - s;
        if (clen == 0 || (clen == 1 && p[s] == '.'))
            continue;
        if (clen == 2 && p[s] == '.' && p[s + 1] == '.') {
            while (n > root && out[n - 1] != '/')
                n--;
            if (n > root)
                n--;
            continue;
        }
        if (n > root)
            out[n++] = '/';
        memcpy(out + n, p + s, clen);
        n += clen;
    }
    out[n] = '\0';
    return n;
}

/* /run and /var/run are RP-K8S-025's, and so are the sockets under them. */
static const char *const sensitive_dirs[] = {
    "/boot",
    "/dev",
    "/etc",
    "/lib",
    "/proc",
    "/sys",
    "/usr",
    "/var/lib/docker",
    "/var/lib/kubelet",
    "/var/lib/containerd",
    NULL,
};

static const char *const socket_names[] = {
    "docker.sock", "containerd.sock", "crio.sock", "cri-dockerd.sock",
    "podman.sock", "dockershim.sock", NULL,
};

/* Directories under /run (or /var/run) that hold a runtime's socket. */
static const char *const socket_dirs[] = {
    "", "/containerd", "/crio", "/docker", "/podman", "/k3s", "/k3s/containerd", NULL,
};

/* The sensitive directory that p equals or contains, or NULL. */
static const char *
sensitive_dir(const char *p, size_t len)
{
    if (len == 0 || p[0] != '/')
        return NULL; /* the API server wants an absolute path */
    if (strcmp(p, "/") == 0)
        return "/";
    for (size_t i = 0; sensitive_dirs[i]; i++) {
        const char *d = sensitive_dirs[i];
        size_t dl = strlen(d);
        if (len <= dl && memcmp(d, p, len) == 0 && (d[len] == '\0' || d[len] == '/'))
            return d;
    }
    return NULL;
}

enum { SOCK_NONE = 0, SOCK_FILE, SOCK_DIR };

/* SOCK_FILE when p is a runtime socket, SOCK_DIR when it is a directory holding one. */
static int
runtime_socket(const char *p)
{
    const char *rest = NULL;

    for (size_t i = 0; socket_names[i]; i++)
        if (rp__str_ends(p, socket_names[i]))
            return SOCK_FILE;
    if (rp__str_starts(p, "/var/run") && (p[8] == '\0' || p[8] == '/'))
        rest = p + 8;
    else if (rp__str_starts(p, "/run") && (p[4] == '\0' || p[4] == '/'))
        rest = p + 4;
    return rest && rp__str_in(rest, socket_dirs) ? SOCK_DIR : SOCK_NONE;
}

static void
report_host_path(rp__k8s_check *c, const rp_k8s_object *o, const rp_node *pn, const char *field,
                 const char *vname, const char *clean, size_t len)
{
    const char *dir;
    int sock;

    if ((sock = runtime_socket(clean))) {
        rp__k8s_report(c, &r_runtime_socket, o, pn, field,
                       sock == SOCK_FILE
                           ? "hostPath volume \"%s\" of %s mounts the container runtime socket "
                             "%s: control of the runtime is root on the node"
                           : "hostPath volume \"%s\" of %s mounts %s, which holds the container "
                             "runtime's socket: control of the runtime is root on the node",
                       vname, o->id, pn->text);
        return;
    }
    if (!(dir = sensitive_dir(clean, len)))
        return;
    if (strcmp(dir, "/") == 0)
        rp__k8s_report(c, &r_sensitive_host_path, o, pn, field,
                       "hostPath volume \"%s\" of %s mounts the node's root filesystem", vname,
                       o->id);
    else if (strcmp(dir, clean) == 0)
        rp__k8s_report(c, &r_sensitive_host_path, o, pn, field,
                       "hostPath volume \"%s\" of %s mounts the node's %s", vname, o->id, dir);
    else
        rp__k8s_report(c, &r_sensitive_host_path, o, pn, field,
                       "hostPath volume \"%s\" of %s mounts %s, which holds the node's %s", vname,
                       o->id, clean, dir);
}

static void
check_host_paths(rp__k8s_check *c, const rp_k8s_object *o, const rp_k8s_workload *w)
{
    const rp_node *vols = seq_at(w->spec, "volumes");
    char field[512], small[1024];

    if (!rp__k8s_on(c, &r_sensitive_host_path) && !rp__k8s_on(c, &r_runtime_socket))
        return;
    for (size_t i = 0; vols && i < vols->n; i++) {
        const rp_node *pn = rp_node_get(rp_node_get(vols->items[i], "hostPath"), "path");
        const char *vname = rp_node_get_str(vols->items[i], "name", "");
        char *buf = small;
        size_t len;
        /* a path with a NUL inside cannot be mounted (the syscall refuses it) */
        if (!pn || pn->type != RP_NODE_STRING || strlen(pn->text) != pn->len)
            continue;
        /* a padded path ("/./././etc") must not escape by length: no fixed cap */
        if (pn->len + 2 > sizeof(small) && !(buf = malloc(pn->len + 2)))
            continue;
        len = path_clean(buf, pn->text, pn->len);
        snprintf(field, sizeof(field), "%s.volumes[%zu].hostPath.path", w->spec_field, i);
        report_host_path(c, o, pn, field, vname, buf, len);
        if (buf != small)
            free(buf);
    }
}

/* The hostPath volume named name, or NULL. */
static const rp_node *
host_path_volume(const rp_node *vols, const char *name)
{
    for (size_t i = 0; vols && i < vols->n; i++) {
        const rp_node *hp = rp_node_get(vols->items[i], "hostPath");
        const char *vn = rp_node_get_str(vols->items[i], "name", NULL);
        if (vn && strcmp(vn, name) == 0)
            return hp && hp->type == RP_NODE_MAP ? hp : NULL;
    }
    return NULL;
}

static bool
has_host_path(const rp_node *vols)
{
    for (size_t i = 0; vols && i < vols->n; i++)
        if (rp_node_get(vols->items[i], "hostPath"))
            return true;
    return false;
}

static void
check_writable_mounts(rp__k8s_check *c, const rp_k8s_object *o, const rp_k8s_workload *w)
{
    const rp_node *vols = seq_at(w->spec, "volumes");
    char field[512];

    if (!rp__k8s_on(c, &r_writable_host_path) || !has_host_path(vols))
        return;
    for (size_t i = 0; i < w->ncontainers; i++) {
        const rp_k8s_container *ct = &w->containers[i];
        const rp_node *mounts = seq_at(ct->node, "volumeMounts");
        for (size_t m = 0; mounts && m < mounts->n; m++) {
            const rp_node *mount = mounts->items[m], *ro = rp_node_get(mount, "readOnly");
            const char *name = rp_node_get_str(mount, "name", NULL);
            const rp_node *hp = name ? host_path_volume(vols, name) : NULL;
            if (!hp || rp__k8s_is_true(ro))
                continue;
            snprintf(field, sizeof(field), "%s.volumeMounts[%zu].readOnly", ct->field, m);
            rp__k8s_report(c, &r_writable_host_path, o, ro ? ro : mount, field,
                           "%s \"%s\" of %s mounts hostPath volume \"%s\" (%s) writable at %s",
                           rp__k8s_ctype_name(ct->type), ct->name, o->id, name,
                           rp_node_get_str(hp, "path", "?"),
                           rp_node_get_str(mount, "mountPath", "?"));
        }
    }
}

/* ---- RP-K8S-027, RP-K8S-028: IDs ---- */

/* The first container that inherits the pod's value of a field, or NULL. */
static const rp_k8s_container *
inheritor(const rp_k8s_workload *w, bool gid)
{
    for (size_t i = 0; i < w->ncontainers; i++) {
        const rp_k8s_container *ct = &w->containers[i];
        if ((gid ? &ct->eff.run_as_group : &ct->eff.run_as_user)->from_pod)
            return ct;
    }
    return NULL;
}

static void
check_pod_root_group(rp__k8s_check *c, const rp_k8s_object *o, const rp_k8s_workload *w)
{
    const rp_node *n, *sup = seq_at(w->pod_sc, "supplementalGroups");
    const rp_k8s_container *heir = inheritor(w, true);
    char field[512];
    int64_t v;

    if (int_of(n = rp_node_get(w->pod_sc, "runAsGroup"), &v) && v == 0) {
        snprintf(field, sizeof(field), "%s.securityContext.runAsGroup", w->spec_field);
        if (heir)
            rp__k8s_report(c, &r_root_group, o, n, field,
                           "%s%s sets runAsGroup: 0; %s \"%s\" runs with the root group", pod_of(o),
                           o->id, rp__k8s_ctype_name(heir->type), heir->name);
        else
            rp__k8s_report(c, &r_root_group, o, n, field,
                           "%s%s sets runAsGroup: 0; its containers override it, but a container "
                           "added later (kubectl debug) runs with the root group",
                           pod_of(o), o->id);
    }
    if (int_of(n = rp_node_get(w->pod_sc, "fsGroup"), &v) && v == 0) {
        snprintf(field, sizeof(field), "%s.securityContext.fsGroup", w->spec_field);
        rp__k8s_report(c, &r_root_group, o, n, field,
                       "%s%s sets fsGroup: 0: its volumes are owned by the root group and every "
                       "container joins it",
                       pod_of(o), o->id);
    }
    for (size_t i = 0; sup && i < sup->n; i++) {
        if (!int_of(sup->items[i], &v) || v != 0)
            continue;
        snprintf(field, sizeof(field), "%s.securityContext.supplementalGroups[%zu]", w->spec_field,
                 i);
        rp__k8s_report(c, &r_root_group, o, sup->items[i], field,
                       "%s%s adds the root group (0) to supplementalGroups of every container",
                       pod_of(o), o->id);
    }
}

static void
check_root_group(rp__k8s_check *c, const rp_k8s_object *o, const rp_k8s_workload *w)
{
    int64_t v;

    if (!rp__k8s_on(c, &r_root_group) || host_users_off(w))
        return;
    check_pod_root_group(c, o, w);
    for (size_t i = 0; i < w->ncontainers; i++) {
        const rp_k8s_container *ct = &w->containers[i];
        const rp_k8s_field *f = &ct->eff.run_as_group;
        if (f->from_pod || !int_of(f->node, &v) || v != 0)
            continue;
        rp__k8s_report(c, &r_root_group, o, f->node, f->field,
                       "%s \"%s\" of %s sets runAsGroup: 0 and runs with the root group",
                       rp__k8s_ctype_name(ct->type), ct->name, o->id);
    }
}

/* One ID field (runAsUser or runAsGroup) of every container: own low values at the
 * container, a low pod value once, and "set nowhere" once at the pod. */
static void
check_low_id(rp__k8s_check *c, const rp_k8s_object *o, const rp_k8s_workload *w, bool gid)
{
    const char *key = gid ? "runAsGroup" : "runAsUser";
    const rp_k8s_container *unset = NULL;
    size_t nunset = 0;
    bool pod_done = false;
    char field[512];
    int64_t v;

    for (size_t i = 0; i < w->ncontainers; i++) {
        const rp_k8s_container *ct = &w->containers[i];
        const rp_k8s_field *f = gid ? &ct->eff.run_as_group : &ct->eff.run_as_user;
        if (!int_of(f->node, &v)) {
            unset = unset ? unset : ct;
            nunset++;
            continue;
        }
        if (v > 10000 || (f->from_pod && pod_done))
            continue;
        pod_done = pod_done || f->from_pod;
        rp__k8s_report(c, &r_low_uid, o, f->node, f->field,
                       "%s \"%s\" of %s runs with %s %lld%s, which may be a user of the node",
                       rp__k8s_ctype_name(ct->type), ct->name, o->id, key, (long long)v,
                       f->from_pod ? " (set on the pod)" : "");
    }
    if (!nunset)
        return;
    snprintf(field, sizeof(field), "%s.securityContext.%s", w->spec_field, key);
    rp__k8s_report(c, &r_low_uid, o, w->pod_sc ? w->pod_sc : w->spec, field,
                   "%s \"%s\" of %s%s sets no %s, nor does the pod: the image decides (often root)",
                   rp__k8s_ctype_name(unset->type), unset->name, o->id,
                   nunset > 1 ? " (and other containers)" : "", key);
}

static void
check_low_ids(rp__k8s_check *c, const rp_k8s_object *o, const rp_k8s_workload *w)
{
    if (!rp__k8s_on(c, &r_low_uid) || host_users_off(w) || is_windows(w))
        return;
    check_low_id(c, o, w, false);
    check_low_id(c, o, w, true);
}

/* ---- RP-K8S-029, RP-K8S-030: container security contexts ---- */

static void
check_root_fs(rp__k8s_check *c, const rp_k8s_object *o, const rp_k8s_workload *w)
{
    char field[512];

    if (!rp__k8s_on(c, &r_writable_root_fs) || is_windows(w))
        return;
    for (size_t i = 0; i < w->ncontainers; i++) {
        const rp_k8s_container *ct = &w->containers[i];
        const rp_node *n = ct->eff.read_only_root_fs.node;
        if (rp__k8s_is_true(n))
            continue;
        snprintf(field, sizeof(field), "%s.securityContext.readOnlyRootFilesystem", ct->field);
        if (n && n->type == RP_NODE_BOOL)
            rp__k8s_report(c, &r_writable_root_fs, o, n, field,
                           "%s \"%s\" of %s sets readOnlyRootFilesystem: %s",
                           rp__k8s_ctype_name(ct->type), ct->name, o->id, n->text);
        else if (n)
            rp__k8s_report(c, &r_writable_root_fs, o, n, field,
                           "%s \"%s\" of %s sets readOnlyRootFilesystem to a %s, not the boolean "
                           "true (the API server rejects it)",
                           rp__k8s_ctype_name(ct->type), ct->name, o->id,
                           rp_node_type_name(n->type));
        else
            rp__k8s_report(c, &r_writable_root_fs, o, sc_near(ct), field,
                           "%s \"%s\" of %s does not set readOnlyRootFilesystem: true",
                           rp__k8s_ctype_name(ct->type), ct->name, o->id);
    }
}

static void
check_secctx(rp__k8s_check *c, const rp_k8s_object *o, const rp_k8s_workload *w)
{
    bool pod_set = w->pod_sc && w->pod_sc->n;
    char field[512];

    if (!rp__k8s_on(c, &r_no_secctx))
        return;
    for (size_t i = 0; i < w->ncontainers; i++) {
        const rp_k8s_container *ct = &w->containers[i];
        const rp_node *sc = rp_node_get(ct->node, "securityContext");
        if (ct->sc && ct->sc->n)
            continue;
        snprintf(field, sizeof(field), "%s.securityContext", ct->field);
        rp__k8s_report(c, &r_no_secctx, o, sc ? sc : ct->node, field,
                       "%s \"%s\" of %s has %s securityContext%s", rp__k8s_ctype_name(ct->type),
                       ct->name, o->id, sc && sc->type == RP_NODE_MAP ? "an empty" : "no",
                       pod_set ? ": it inherits the pod's user and seccomp settings, but "
                                 "capabilities, privilege escalation and the root filesystem "
                                 "keep the runtime's defaults"
                               : ", nor does the pod: everything keeps the runtime's defaults");
    }
}

/* ---- RP-K8S-031, RP-K8S-032: service accounts ---- */

typedef struct sa_use {
    const char *name;         /* the service account the pod runs as */
    const rp_node *name_node; /* where it is written, or NULL */
    const rp_node *pod_auto;  /* spec.automountServiceAccountToken, or NULL */
    const rp_k8s_object *sa;  /* the ServiceAccount when in the input */
    bool automount;           /* the token is mounted automatically */
    bool projected;           /* a projected volume asks for a token explicitly */
} sa_use;

static bool
projects_token(const rp_node *vols)
{
    for (size_t i = 0; vols && i < vols->n; i++) {
        const rp_node *src = seq_at(rp_node_get(vols->items[i], "projected"), "sources");
        for (size_t k = 0; src && k < src->n; k++)
            if (rp_node_get(src->items[k], "serviceAccountToken"))
                return true;
    }
    return false;
}

static void
sa_resolve(sa_use *u, const rp__k8s_check *c, const rp_k8s_object *o, const rp_k8s_workload *w)
{
    static const char *const keys[] = {"serviceAccountName", "serviceAccount"};

    memset(u, 0, sizeof(*u));
    u->name = "default";
    /* the API server copies the deprecated serviceAccount when serviceAccountName is empty */
    for (size_t i = 0; i < 2; i++) {
        const rp_node *n = rp_node_get(w->spec, keys[i]);
        const char *s = rp_node_str(n);
        if (s && *s) {
            u->name = s;
            u->name_node = n;
            break;
        }
    }
    u->pod_auto = rp_node_get(w->spec, "automountServiceAccountToken");
    u->sa = rp_k8s_find(c->ix, "ServiceAccount", o->ns, u->name);
    if (u->pod_auto && u->pod_auto->type != RP_NODE_NULL)
        u->automount = !rp__k8s_is_false(u->pod_auto);
    else
        u->automount =
            !(u->sa && rp__k8s_is_false(rp_node_get(u->sa->node, "automountServiceAccountToken")));
    u->projected = projects_token(seq_at(w->spec, "volumes"));
}

static void
check_sa_token(rp__k8s_check *c, const rp_k8s_object *o, const rp_k8s_workload *w, const sa_use *u)
{
    char field[512];
    bool pod_set = u->pod_auto && u->pod_auto->type != RP_NODE_NULL;

    if (!u->automount)
        return;
    snprintf(field, sizeof(field), "%s.automountServiceAccountToken", w->spec_field);
    if (pod_set && u->pod_auto->type == RP_NODE_BOOL)
        rp__k8s_report(c, &r_sa_token, o, u->pod_auto, field,
                       "%s%s sets automountServiceAccountToken: true: every container gets a "
                       "token of service account \"%s\"",
                       pod_of(o), o->id, u->name);
    else if (pod_set)
        rp__k8s_report(c, &r_sa_token, o, u->pod_auto, field,
                       "%s%s sets automountServiceAccountToken to a %s, not the boolean false "
                       "(the API server rejects it)",
                       pod_of(o), o->id, rp_node_type_name(u->pod_auto->type));
    else if (u->sa)
        rp__k8s_report(c, &r_sa_token, o, w->spec, field,
                       "%s%s does not set automountServiceAccountToken, nor does its "
                       "ServiceAccount \"%s\" (%s:%u): every container gets its token",
                       pod_of(o), o->id, u->name, u->sa->path, u->sa->line);
    else
        rp__k8s_report(c, &r_sa_token, o, w->spec, field,
                       "%s%s does not set automountServiceAccountToken: every container gets a "
                       "token of service account \"%s\" (not in the scanned files)",
                       pod_of(o), o->id, u->name);
}

static void
check_default_sa(rp__k8s_check *c, const rp_k8s_object *o, const rp_k8s_workload *w,
                 const sa_use *u)
{
    char field[512];

    if (strcmp(u->name, "default") != 0 || (!u->automount && !u->projected))
        return;
    snprintf(field, sizeof(field), "%s.serviceAccountName", w->spec_field);
    rp__k8s_report(c, &r_default_sa, o, u->name_node ? u->name_node : w->spec, field,
                   "%s%s %s the namespace's \"default\" service account and %s", pod_of(o), o->id,
                   u->name_node ? "runs as" : "sets no serviceAccountName: it runs as",
                   u->automount ? "gets its token" : "asks for its token in a projected volume");
}

static void
check_service_account(rp__k8s_check *c, const rp_k8s_object *o, const rp_k8s_workload *w)
{
    sa_use u;

    if (!rp__k8s_on(c, &r_sa_token) && !rp__k8s_on(c, &r_default_sa))
        return;
    sa_resolve(&u, c, o, w);
    if (rp__k8s_on(c, &r_sa_token))
        check_sa_token(c, o, w, &u);
    if (rp__k8s_on(c, &r_default_sa))
        check_default_sa(c, o, w, &u);
}

/* ---- RP-K8S-033, RP-K8S-034: pod fields ---- */

static void
check_pod_fields(rp__k8s_check *c, const rp_k8s_object *o, const rp_k8s_workload *w)
{
    const rp_node *aliases = rp_node_get(w->spec, "hostAliases");
    const rp_node *users = rp_node_get(w->spec, "hostUsers");
    char field[512];

    if (users && users->type == RP_NODE_NULL)
        users = NULL;

    if (rp__k8s_on(c, &r_host_aliases) && aliases &&
        (aliases->type == RP_NODE_SEQ || aliases->type == RP_NODE_MAP) && aliases->n) {
        snprintf(field, sizeof(field), "%s.hostAliases", w->spec_field);
        rp__k8s_report(c, &r_host_aliases, o, aliases, field,
                       "%s%s writes %zu entr%s into /etc/hosts, overriding DNS", pod_of(o), o->id,
                       aliases->n, aliases->n == 1 ? "y" : "ies");
    }
    if (rp__k8s_on(c, &r_host_users) && !rp__k8s_is_false(users) && !is_windows(w)) {
        snprintf(field, sizeof(field), "%s.hostUsers", w->spec_field);
        if (users && users->type == RP_NODE_BOOL)
            rp__k8s_report(c, &r_host_users, o, users, field,
                           "%s%s sets hostUsers: %s: container IDs are the node's IDs", pod_of(o),
                           o->id, users->text);
        else if (users)
            rp__k8s_report(c, &r_host_users, o, users, field,
                           "%s%s sets hostUsers to a %s, not the boolean false (the API server "
                           "rejects it)",
                           pod_of(o), o->id, rp_node_type_name(users->type));
        else
            rp__k8s_report(c, &r_host_users, o, w->spec, field,
                           "%s%s does not set hostUsers: false: container IDs are the node's IDs",
                           pod_of(o), o->id);
    }
}

/* ---- RP-K8S-035, RP-K8S-036: ports ---- */

static void
check_ports(rp__k8s_check *c, const rp_k8s_object *o, const rp_k8s_workload *w)
{
    bool low = rp__k8s_on(c, &r_privileged_port), ssh = rp__k8s_on(c, &r_ssh_port);
    char field[512];
    int64_t v;

    for (size_t i = 0; (low || ssh) && i < w->ncontainers; i++) {
        const rp_k8s_container *ct = &w->containers[i];
        const rp_node *ports = seq_at(ct->node, "ports");
        for (size_t k = 0; ports && k < ports->n; k++) {
            const rp_node *pn = rp_node_get(ports->items[k], "containerPort");
            const rp_node *proto = rp_node_get(ports->items[k], "protocol");
            const char *ps = rp_node_str(proto);
            if (!int_of(pn, &v) || v < 1 || v > 1023)
                continue;
            snprintf(field, sizeof(field), "%s.ports[%zu].containerPort", ct->field, k);
            if (low)
                rp__k8s_report(c, &r_privileged_port, o, pn, field,
                               "%s \"%s\" of %s listens on privileged port %lld",
                               rp__k8s_ctype_name(ct->type), ct->name, o->id, (long long)v);
            if (ssh && v == 22 && (!ps || strcmp(ps, "TCP") == 0))
                rp__k8s_report(c, &r_ssh_port, o, pn, field,
                               "%s \"%s\" of %s exposes SSH on port 22",
                               rp__k8s_ctype_name(ct->type), ct->name, o->id);
        }
    }
}

static void
check_object(rp__k8s_check *c, const rp_k8s_object *o)
{
    const rp_k8s_workload *w = rp__k8s_workload(c, o);

    if (!w)
        return;
    check_caps(c, o, w);
    check_host_paths(c, o, w);
    check_writable_mounts(c, o, w);
    check_root_group(c, o, w);
    check_low_ids(c, o, w);
    check_root_fs(c, o, w);
    check_secctx(c, o, w);
    check_service_account(c, o, w);
    check_pod_fields(c, o, w);
    check_ports(c, o, w);
}

const rp__k8s_ruleset rp__k8s_set_hardening = {rules, check_object, NULL};
