/* Compose rules about what a service shares with the host: namespaces, mounts (the runtime's
 * socket, system directories), devices, published ports. */
#include <ctype.h>
#include <string.h>

#include "compose/compose_internal.h"
#include "core/util.h"

static const rp_rule r_net = {
    .id = "RP-COMPOSE-004",
    .name = "compose-host-network",
    .analyzer = "compose",
    .severity = RP_SEV_HIGH,
    .title = "Service shares the host's network namespace",
    .description =
        "`network_mode: host` puts the container on the host's network stack: it can bind any "
        "host port, reach services listening on the host's loopback (the Docker API on "
        "tcp://127.0.0.1, databases, cloud metadata proxies), sniff traffic with NET_RAW and, "
        "with NET_ADMIN, reconfigure the host's interfaces and firewall. Port publishing and "
        "network isolation between services no longer apply.",
    .remediation = "Remove `network_mode: host`; publish the ports the service serves "
                   "(`ports: [\"127.0.0.1:8080:8080\"]`) and put services that talk to each "
                   "other on a user-defined network.",
    .refs = {"CIS-Docker-5.10", "kics:071a71ff-f868-47a4-ac0b-3c59e4ab5443", NULL},
    .notes = "`network_mode: service:<name>` joins another service's namespace; rampart "
             "follows it through the file and reports the joining service too when that one "
             "is on the host network. The version 1 key `net: host` counts. `container:<id>` "
             "names a container outside the file and is not judged.",
    .bad = "services:\n  web:\n    image: nginx:1.27\n    network_mode: host",
    .good = "services:\n  web:\n    image: nginx:1.27\n    ports: [\"127.0.0.1:8080:80\"]",
};

static const rp_rule r_pid = {
    .id = "RP-COMPOSE-005",
    .name = "compose-host-pid",
    .analyzer = "compose",
    .severity = RP_SEV_HIGH,
    .title = "Service shares the host's process namespace",
    .description =
        "`pid: host` lets the container see every process of the host, read their command "
        "lines and environments (secrets passed as arguments or variables), signal them and, "
        "with SYS_PTRACE or as root, attach to them and enter their namespaces: a direct path "
        "out of the container.",
    .remediation = "Remove `pid: host`. Monitoring agents that need the host's processes "
                   "should run on the host or with a documented, reviewed exception.",
    .refs = {"CIS-Docker-5.16", "kics:4f31dd9f-2cc3-4751-9b53-67e4af83dac0", NULL},
    .notes = "`pid: service:<name>` is followed through the file like network_mode.",
    .bad = "services:\n  agent:\n    image: example/agent:2.1\n    pid: host",
    .good = "services:\n  agent:\n    image: example/agent:2.1",
};

static const rp_rule r_ipc = {
    .id = "RP-COMPOSE-006",
    .name = "compose-host-ipc",
    .analyzer = "compose",
    .severity = RP_SEV_HIGH,
    .title = "Service shares the host's IPC namespace",
    .description =
        "`ipc: host` gives the container the host's System V shared memory, semaphores and "
        "message queues and its /dev/shm: it can read and corrupt the shared memory of host "
        "processes (databases, browsers, X servers).",
    .remediation = "Remove `ipc: host`. Services that must share memory with each other can use "
                   "`ipc: shareable` on one and `ipc: service:<name>` on the other.",
    .refs = {"CIS-Docker-5.17", "kics:baa3890f-bed7-46f5-ab8f-1da8fc91c729", NULL},
    .notes = "`ipc: service:<name>` is followed through the file like network_mode.",
    .bad = "services:\n  app:\n    image: example/app:1.4\n    ipc: host",
    .good = "services:\n  app:\n    image: example/app:1.4\n    ipc: private",
};

static const rp_rule r_uts = {
    .id = "RP-COMPOSE-007",
    .name = "compose-host-uts",
    .analyzer = "compose",
    .severity = RP_SEV_MEDIUM,
    .title = "Service shares the host's UTS namespace",
    .description =
        "`uts: host` gives the container the host's hostname and domain name; with SYS_ADMIN "
        "it can change them for the whole host. It also hands the container the host's "
        "identity, which logging and licence checks trust.",
    .remediation = "Remove `uts: host`; set `hostname:` if the service needs a given name.",
    .refs = {"CIS-Docker-5.21", NULL},
    .notes = "Medium rather than high: alone, the UTS namespace gives away less than the "
             "network, PID or IPC namespaces. KICS has no check for it.",
    .bad = "services:\n  app:\n    image: example/app:1.4\n    uts: host",
    .good = "services:\n  app:\n    image: example/app:1.4\n    hostname: app",
};

static const rp_rule r_userns = {
    .id = "RP-COMPOSE-008",
    .name = "compose-host-userns",
    .analyzer = "compose",
    .severity = RP_SEV_HIGH,
    .title = "Service opts out of user namespace remapping",
    .description =
        "On a daemon with `userns-remap`, root in a container is an unprivileged user on the "
        "host. `userns_mode: host` turns that off for this service: its root is the host's "
        "root again, for every file a mount exposes and for every escape.",
    .remediation = "Remove `userns_mode: host`; give the service the files it needs through "
                   "ownership that works with the remapped IDs.",
    .refs = {"CIS-Docker-5.31", "kics:8af7162d-6c98-482f-868e-0d33fb675ca8", NULL},
    .bad = "services:\n  app:\n    image: example/app:1.4\n    userns_mode: host",
    .good = "services:\n  app:\n    image: example/app:1.4",
};

static const rp_rule r_socket = {
    .id = "RP-COMPOSE-009",
    .name = "compose-runtime-socket",
    .analyzer = "compose",
    .severity = RP_SEV_CRITICAL,
    .title = "Service mounts the Docker (or containerd, CRI-O, Podman) socket",
    .description =
        "Whoever can write to /var/run/docker.sock controls the Docker daemon, which runs as "
        "root: `docker run --privileged -v /:/host` is one request away, so the container is "
        "root on the host. A read-only mount does not help: connecting to a socket needs no "
        "write access to the mount. Mounting /var/run or /run whole exposes the socket too, "
        "as do containerd's, CRI-O's and Podman's sockets and the Windows pipe "
        "\\\\.\\pipe\\docker_engine.",
    .remediation = "Remove the mount. Tools that need the Docker API (CI runners, reverse "
                   "proxies, dashboards) should talk to a filtering proxy that allows only the "
                   "calls they make (e.g. tecnativa/docker-socket-proxy with CONTAINERS=1), or "
                   "use a rootless daemon dedicated to them.",
    .refs = {"CIS-Docker-5.32", "kics:d6355c88-1e8d-49e9-b2f2-f8a1ca12c75b",
             "yaml.docker-compose.security.exposing-docker-socket-volume.exposing-docker-"
             "socket-volume",
             NULL},
    .notes = "Both volume syntaxes, `${VAR:-/var/run/docker.sock}` defaults and named volumes "
             "bound to the path through driver_opts are read. Semgrep also flags "
             "`- /var/run/docker.sock` alone, which is an anonymous volume at that path, not "
             "the host's socket; rampart does not.",
    .bad = "services:\n  proxy:\n    image: traefik:v3.1\n    volumes:\n"
           "      - /var/run/docker.sock:/var/run/docker.sock:ro",
    .good = "services:\n  proxy:\n    image: traefik:v3.1\n    environment:\n"
            "      DOCKER_HOST: tcp://socket-proxy:2375",
};

static const rp_rule r_sensitive = {
    .id = "RP-COMPOSE-010",
    .name = "compose-sensitive-host-path",
    .analyzer = "compose",
    .severity = RP_SEV_HIGH,
    .title = "Service mounts a system directory of the host",
    .description =
        "Bind-mounting /, /boot, /dev, /etc, /lib, /proc, /sys or /usr (or /bin, /sbin, /lib64, "
        "/root, /var/lib/docker, /var/lib/containerd) lets the container read the host's "
        "secrets (/etc/shadow, SSH keys, kubelet credentials) and, when writable, change what "
        "the host runs: a cron job in /etc, a library in /usr, a kernel in /boot. Read-only "
        "mounts of these directories still leak secrets and are medium; a writable mount of a "
        "path below them (/etc/ssl, /usr/share/zoneinfo) is medium; a read-only one is "
        "not reported.",
    .remediation = "Mount only the files the service reads, read-only "
                   "(`/etc/localtime:/etc/localtime:ro`), or copy them into the image. "
                   "Monitoring agents that read /proc and /sys should mount them `:ro`.",
    .refs = {"CIS-Docker-5.6", "kics:1c1325ff-831d-43a1-973e-839ae57dfcc0", NULL},
    .notes = "docker-bench (CIS 5.6) reports only read-write mounts of exactly these "
             "directories; KICS reports any mount whose source is a system directory, "
             "read-only or not. rampart also reads long syntax, `${VAR:-/etc}` defaults, named "
             "volumes bound to a host path through driver_opts, and normalises paths "
             "(`/etc/`, `//etc`, `/usr/../etc`).",
    .bad = "services:\n  backup:\n    image: example/backup:3\n    volumes:\n"
           "      - /etc:/host/etc",
    .good = "services:\n  backup:\n    image: example/backup:3\n    volumes:\n"
            "      - /etc/localtime:/etc/localtime:ro\n      - ./data:/data",
};

static const rp_rule r_device = {
    .id = "RP-COMPOSE-019",
    .name = "compose-host-device",
    .analyzer = "compose",
    .severity = RP_SEV_MEDIUM,
    .title = "Service is given a host device",
    .description =
        "`devices:` passes a host device node into the container, and `device_cgroup_rules` "
        "lets it open device nodes it creates. A disk (/dev/sda), memory (/dev/mem), the "
        "kernel log or a GPU is then reachable from the container with the host's drivers; a "
        "bug or a write there is outside the container's isolation.",
    .remediation = "Pass only the device the service needs (e.g. one /dev/ttyUSB0 rather than "
                   "/dev/bus/usb), and record why: "
                   "`# rampart:ignore=RP-COMPOSE-019 zigbee stick`.",
    .refs = {"CIS-Docker-5.18", NULL},
    .notes = "CIS 5.18 is a manual check; docker-bench lists the devices for review. Both "
             "syntaxes (`/dev/x:/dev/y:rwm` and `{source, target, permissions}`) and CDI names "
             "(`nvidia.com/gpu=all`) are reported.",
    .bad = "services:\n  ha:\n    image: homeassistant/home-assistant:2024.10\n    devices:\n"
           "      - /dev/mem:/dev/mem",
    .good = "services:\n  ha:\n    image: homeassistant/home-assistant:2024.10",
};

static const rp_rule r_bind_all = {
    .id = "RP-COMPOSE-017",
    .name = "compose-port-all-interfaces",
    .analyzer = "compose",
    .severity = RP_SEV_LOW,
    .title = "Port published on every host interface",
    .description =
        "A port published without a host IP (`\"8080:80\"`, `\"80\"`) listens on 0.0.0.0 and "
        "[::], every interface of the host, and Docker's iptables rules put it in front of "
        "the host firewall (ufw and firewalld do not see it). A database or admin UI meant "
        "for local use becomes reachable from the network.",
    .remediation = "Bind the port to the interface that should serve it: "
                   "`\"127.0.0.1:8080:80\"` for local use, the LAN address otherwise, or leave "
                   "it unpublished and reach it over a compose network.",
    .refs = {"CIS-Docker-5.14", "kics:451d79dc-0588-476a-ad03-3c7f0320abb3", NULL},
    .notes = "Ports are read as Docker reads them: `[IP:][HOST:]CONTAINER[/PROTO]` with ranges "
             "and IPv6 (`[::1]:8080:80`), and the long syntax `{target, published, host_ip}`. "
             "A host IP of 0.0.0.0 or :: counts as every interface; a host IP from a variable "
             "without a default is not judged. Ports of a service on the host network are "
             "ignored, as Docker ignores them.",
    .bad = "services:\n  db:\n    image: postgres:16\n    ports: [\"5432:5432\"]",
    .good = "services:\n  db:\n    image: postgres:16\n    ports: [\"127.0.0.1:5432:5432\"]",
};

static const rp_rule r_low_port = {
    .id = "RP-COMPOSE-018",
    .name = "compose-privileged-host-port",
    .analyzer = "compose",
    .severity = RP_SEV_LOW,
    .title = "Privileged host port (below 1024) published",
    .description =
        "Host ports below 1024 are reserved for services the host's administrator runs (SSH, "
        "DNS, HTTP): publishing one from a container lets it take the place of a host service "
        "or clash with it, and users trust those ports more.",
    .remediation = "Publish a port of 1024 or above (`\"8080:80\"`) and let a reverse proxy or "
                   "the load balancer own 80 and 443; document the exception when the service "
                   "is that proxy.",
    .refs = {"CIS-Docker-5.8", "kics:bc2908f3-f73c-40a9-8793-c1b7d5544f79", NULL},
    .notes = "The host side is what CIS 5.8 asks about; KICS also reports a container port "
             "below 1024 and skips services that drop NET_BIND_SERVICE. rampart reports the "
             "first host port of a range when it is below 1024.",
    .bad = "services:\n  web:\n    image: nginx:1.27\n    ports: [\"127.0.0.1:80:80\"]",
    .good = "services:\n  web:\n    image: nginx:1.27\n    ports: [\"127.0.0.1:8080:80\"]",
};

static const rp_rule *const rules[] = {&r_net,      &r_pid,    &r_ipc,       &r_uts,
                                       &r_userns,   &r_socket, &r_sensitive, &r_bind_all,
                                       &r_low_port, &r_device, NULL};

/* ---- namespaces ---- */

static void
check_namespaces(rp__cmp_check *c, const rp_compose_service *s)
{
    static const struct {
        const rp_rule *rule;
        const char *key;
        const char *what;
    } ns[] = {
        {&r_net, "network_mode", "network"},
        {&r_pid, "pid", "process"},
        {&r_ipc, "ipc", "IPC"},
        {&r_uts, "uts", "UTS"},
        {&r_userns, "userns_mode", "user"},
    };

    for (size_t i = 0; i < sizeof(ns) / sizeof(ns[0]); i++) {
        const rp_compose_service *via;
        const rp_node *at;
        const char *v, *key;
        char field[1280];
        if (!rp__cmp_on(c, ns[i].rule) || !(v = rp__cmp_namespace(c, s, ns[i].key, &at, &via)) ||
            strcmp(v, "host") != 0)
            continue;
        key = rp_node_get(s->node, ns[i].key) ? ns[i].key : "net";
        rp__cmp_field(field, sizeof(field), s, "%s", key);
        if (via == s)
            rp__cmp_report(c, ns[i].rule, s, at, field,
                           "service \"%s\" shares the host's %s namespace (%s: host)", s->name,
                           ns[i].what, key);
        else
            rp__cmp_report(c, ns[i].rule, s, at, field,
                           "service \"%s\" shares the host's %s namespace through service "
                           "\"%s\" (%s: %s)",
                           s->name, ns[i].what, via->name, key, rp_compose_text(c->f, at));
    }
}

/* ---- mounts ---- */

/* Lexically normalised absolute path ("/var//run/./x/" -> "/var/run/x", "/a/../b" -> "/b");
 * false when p is not absolute or does not fit. */
static bool
norm_path(char *out, size_t size, const char *p)
{
    size_t o = 0;

    if (p[0] != '/' || size < 2)
        return false;
    while (*p) {
        size_t n;
        while (*p == '/')
            p++;
        n = strcspn(p, "/");
        if (n == 0 || (n == 1 && p[0] == '.')) {
            p += n;
            continue;
        }
        if (n == 2 && p[0] == '.' && p[1] == '.') {
            while (o > 0 && out[o - 1] != '/')
                o--;
            o = o ? o - 1 : 0;
            p += n;
            continue;
        }
        if (o + n + 2 > size)
            return false;
        out[o++] = '/';
        memcpy(out + o, p, n);
        o += n;
        p += n;
    }
    if (o == 0)
        out[o++] = '/';
    out[o] = '\0';
    return true;
}

/* True when the comma-separated option list o holds opt. */
static bool
has_option(const char *o, const char *opt)
{
    size_t n = strlen(opt);

    for (const char *p = o; p && *p; p = strchr(p, ',') ? strchr(p, ',') + 1 : NULL)
        if (strncmp(p, opt, n) == 0 && (p[n] == ',' || p[n] == '\0'))
            return true;
    return false;
}

/* The host path a mount exposes: a bind's source, or the device of a named volume that the
 * local driver binds ({driver_opts: {o: bind, device: /path}}), with *volume its name. */
static const char *
host_source(rp__cmp_check *c, const rp_compose_mount *m, const char **volume)
{
    const rp_node *v, *opts;
    const char *o, *dev;

    *volume = NULL;
    if (m->type == RP_COMPOSE_MOUNT_BIND || m->type == RP_COMPOSE_MOUNT_NPIPE)
        return m->source;
    if (m->type != RP_COMPOSE_MOUNT_VOLUME || !m->source[0] ||
        !(v = rp__cmp_named_volume(c->f, m->source)))
        return NULL;
    opts = rp_node_get(v, "driver_opts");
    o = rp_compose_text(c->f, rp_node_get(opts, "o"));
    dev = rp_compose_text(c->f, rp_node_get(opts, "device"));
    if (!o || !dev || !rp_compose_known(dev) || !(has_option(o, "bind") || has_option(o, "rbind")))
        return NULL;
    *volume = m->source;
    return dev;
}

/* The runtime whose socket p (normalised) is or holds, or NULL. */
static const char *
runtime_socket(const char *p, bool *dir)
{
    static const struct {
        const char *path;
        const char *runtime;
        bool dir;
    } socks[] = {
        {"/run/docker.sock", "Docker", false},
        {"/run/containerd/containerd.sock", "containerd", false},
        {"/run/crio/crio.sock", "CRI-O", false},
        {"/run/podman/podman.sock", "Podman", false},
        {"/run/cri-dockerd.sock", "cri-dockerd", false},
        {"/run/k3s/containerd/containerd.sock", "containerd", false},
        {"/run", "Docker", true},
        {"/run/containerd", "containerd", true},
        {"/run/crio", "CRI-O", true},
        {"/run/podman", "Podman", true},
        {"/run/k3s", "containerd", true},
        {"/run/k3s/containerd", "containerd", true},
        {"/run/user", "rootless Docker", true},
    };
    const char *rest;

    if (strncmp(p, "/var/run", 8) == 0 && (p[8] == '/' || !p[8]))
        p += 4; /* /var/run is a link to /run */
    for (size_t i = 0; i < sizeof(socks) / sizeof(socks[0]); i++) {
        if (strcmp(p, socks[i].path) == 0) {
            *dir = socks[i].dir;
            return socks[i].runtime;
        }
    }
    /* rootless daemons: /run/user/<uid>/docker.sock, .../podman/podman.sock */
    if (strncmp(p, "/run/user/", 10) != 0 || !isdigit((unsigned char)p[10]))
        return NULL;
    rest = p + 10 + strspn(p + 10, "0123456789");
    *dir = !*rest || strcmp(rest, "/podman") == 0 || strcmp(rest, "/containerd") == 0;
    if (*dir || strcmp(rest, "/docker.sock") == 0)
        return "rootless Docker";
    if (strcmp(rest, "/podman/podman.sock") == 0)
        return "rootless Podman";
    return strcmp(rest, "/containerd/containerd.sock") == 0 ? "rootless containerd" : NULL;
}

static bool
docker_pipe(const char *s)
{
    return rp__str_eq_ci(s, "\\\\.\\pipe\\docker_engine") ||
           rp__str_eq_ci(s, "//./pipe/docker_engine");
}

/* 2: p is a system directory; 1: p is below one; 0: neither. */
static int
sensitive(const char *p)
{
    static const char *const dirs[] = {"/boot",
                                       "/dev",
                                       "/etc",
                                       "/lib",
                                       "/proc",
                                       "/sys",
                                       "/usr",
                                       "/bin",
                                       "/sbin",
                                       "/lib64",
                                       "/root",
                                       "/var/lib/docker",
                                       "/var/lib/containerd",
                                       NULL};

    if (strcmp(p, "/") == 0)
        return 2;
    for (size_t i = 0; dirs[i]; i++) {
        size_t n = strlen(dirs[i]);
        if (strncmp(p, dirs[i], n) == 0 && (p[n] == '\0' || p[n] == '/'))
            return p[n] ? 1 : 2;
    }
    return 0;
}

static void
check_mount(rp__cmp_check *c, const rp_compose_service *s, const rp_compose_mount *m,
            const char *field)
{
    const char *volume, *src = host_source(c, m, &volume), *rt;
    char path[4096], via[512] = "";
    bool dir = false;
    int level;

    if (!src)
        return;
    if (volume)
        snprintf(via, sizeof(via), " through named volume \"%s\"", volume);
    if (docker_pipe(src)) {
        rp__cmp_report(c, &r_socket, s, m->at, field,
                       "service \"%s\" mounts the Docker engine's pipe %s%s: it controls the "
                       "Docker daemon",
                       s->name, src, via);
        return;
    }
    if (!norm_path(path, sizeof(path), src))
        return;
    if ((rt = runtime_socket(path, &dir))) {
        rp__cmp_report(c, &r_socket, s, m->at, field,
                       dir ? "service \"%s\" mounts %s%s, which holds the %s socket: the "
                             "container controls the container runtime"
                           : "service \"%s\" mounts %s%s, the %s socket: the container "
                             "controls the container runtime",
                       s->name, path, via, rt);
        return;
    }
    if (!(level = sensitive(path)) || (level == 1 && m->read_only))
        return;
    if (level == 2)
        rp__cmp_report_sev(c, &r_sensitive, m->read_only ? RP_SEV_MEDIUM : RP_SEV_HIGH, s, m->at,
                           field, "service \"%s\" mounts the host's %s%s%s", s->name, path, via,
                           m->read_only ? " (read-only)" : " read-write");
    else
        rp__cmp_report_sev(c, &r_sensitive, RP_SEV_MEDIUM, s, m->at, field,
                           "service \"%s\" mounts the host's %s%s read-write", s->name, path, via);
}

static void
check_volumes(rp__cmp_check *c, const rp_compose_service *s)
{
    const rp_node *vols = rp_node_get(s->node, "volumes");

    if (!rp__cmp_on(c, &r_socket) && !rp__cmp_on(c, &r_sensitive))
        return;
    for (size_t i = 0; vols && vols->type == RP_NODE_SEQ && i < vols->n; i++) {
        rp_compose_mount m;
        char field[1280];
        if (rp_compose_mount_parse(&m, c->f, vols->items[i]) != RP_OK)
            continue;
        check_mount(c, s, &m, rp__cmp_field(field, sizeof(field), s, "volumes[%zu]", i));
    }
}

/* ---- devices ---- */

static void
check_devices(rp__cmp_check *c, const rp_compose_service *s)
{
    const rp_node *devs = rp_node_get(s->node, "devices");
    const rp_node *cg = rp_node_get(s->node, "device_cgroup_rules");
    char field[1280];

    if (!rp__cmp_on(c, &r_device))
        return;
    for (size_t i = 0; devs && devs->type == RP_NODE_SEQ && i < devs->n; i++) {
        const rp_node *d = devs->items[i];
        const char *v =
            rp_compose_text(c->f, d->type == RP_NODE_MAP ? rp_node_get(d, "source") : d);
        size_t n;
        if (!v || !rp_compose_known(v) || !v[0])
            continue;
        n = v[0] == '/' ? strcspn(v, ":") : strlen(v); /* a CDI name holds no path */
        rp__cmp_report(c, &r_device, s, d,
                       rp__cmp_field(field, sizeof(field), s, "devices[%zu]", i),
                       "service \"%s\" is given host device %.*s", s->name, (int)n, v);
    }
    for (size_t i = 0; cg && cg->type == RP_NODE_SEQ && i < cg->n; i++) {
        const char *v = rp_compose_text(c->f, cg->items[i]);
        if (!v || !rp_compose_known(v))
            continue;
        rp__cmp_report(c, &r_device, s, cg->items[i],
                       rp__cmp_field(field, sizeof(field), s, "device_cgroup_rules[%zu]", i),
                       "service \"%s\" may use host devices matching the cgroup rule \"%s\"",
                       s->name, v);
    }
}

/* ---- ports ---- */

static bool
every_interface(const char *ip)
{
    return !ip[0] || strcmp(ip, "0.0.0.0") == 0 || strcmp(ip, "::") == 0;
}

static void
check_ports(rp__cmp_check *c, const rp_compose_service *s)
{
    const rp_node *ports = rp_node_get(s->node, "ports"), *at;
    const rp_compose_service *via;
    const char *net = rp__cmp_namespace(c, s, "network_mode", &at, &via);

    if (net && strcmp(net, "host") == 0)
        return; /* Docker ignores published ports on the host network */
    for (size_t i = 0; ports && ports->type == RP_NODE_SEQ && i < ports->n; i++) {
        const rp_node *n = ports->items[i];
        rp_compose_port p;
        char field[1280], host[32];
        if (rp_compose_port_parse(&p, c->f, n) != RP_OK)
            continue;
        rp__cmp_field(field, sizeof(field), s, "ports[%zu]", i);
        if (p.host_lo == p.host_hi)
            snprintf(host, sizeof(host), "%u", p.host_lo);
        else
            snprintf(host, sizeof(host), "%u-%u", p.host_lo, p.host_hi);
        if (p.ip_known && every_interface(p.host_ip)) {
            if (p.host_lo && p.host_known)
                rp__cmp_report(c, &r_bind_all, s, n, field,
                               "service \"%s\" publishes host port %s (container %u/%s) on "
                               "every interface",
                               s->name, host, p.target_lo, p.protocol);
            else
                rp__cmp_report(c, &r_bind_all, s, n, field,
                               "service \"%s\" publishes container port %u/%s on every "
                               "interface",
                               s->name, p.target_lo, p.protocol);
        }
        if (p.host_known && p.host_lo > 0 && p.host_lo < 1024)
            rp__cmp_report(c, &r_low_port, s, n, field,
                           "service \"%s\" publishes privileged host port %s", s->name, host);
    }
}

static void
check_service(rp__cmp_check *c, const rp_compose_service *s)
{
    check_namespaces(c, s);
    check_volumes(c, s);
    check_devices(c, s);
    if (rp__cmp_on(c, &r_bind_all) || rp__cmp_on(c, &r_low_port))
        check_ports(c, s);
}

const rp__cmp_ruleset rp__cmp_set_host = {rules, check_service};
