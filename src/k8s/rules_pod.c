/* Kubernetes rules about what a pod runs and where: secrets in the environment, image
 * references, resources and probes, namespaces, service accounts, a shared process namespace. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/util.h"
#include "dockerfile/secret_names.h"
#include "k8s/creds.h"
#include "k8s/rules.h"
#include "rampart/dockerfile.h"

static const rp_rule r_secret_env_ref = {
    .id = "RP-K8S-037",
    .name = "secret-env-ref",
    .analyzer = "kubernetes",
    .severity = RP_SEV_LOW,
    .title = "Secret exposed to a container as environment variables",
    .description =
        "env[].valueFrom.secretKeyRef and envFrom[].secretRef copy a Secret into the "
        "container's environment. The environment is inherited by every child process, "
        "printed by debug endpoints and crash reporters, written to logs by frameworks that "
        "dump their configuration, and readable in /proc/<pid>/environ by anything sharing the "
        "process namespace. It is also frozen at start: a rotated Secret reaches the process "
        "only after a restart. A Secret mounted as a file has none of these problems.",
    .remediation = "Mount the Secret as a volume and have the application read the file:\n"
                   "```yaml\nvolumes:\n  - name: db\n    secret:\n      secretName: db-creds\n"
                   "containers:\n  - name: app\n    volumeMounts:\n      - name: db\n"
                   "        mountPath: /run/secrets/db\n        readOnly: true\n"
                   "    env:\n      - name: DB_PASSWORD_FILE\n"
                   "        value: /run/secrets/db/password\n```",
    .refs = {"kube-linter:read-secret-from-env-var", "kubesec:SecretsAsEnvironmentVariables",
             "CIS-K8s-5.4.1", NULL},
    .notes = "One finding per container, naming every variable and envFrom source that reads a "
             "Secret; init and ephemeral containers count, as in kubesec. kube-linter leaves its "
             "check off by default; kubesec counts it against the score (-5). ConfigMap "
             "references are not Secrets and pass.",
    .bad = "env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef: {name: db-creds, "
           "key: password}\nenvFrom:\n  - secretRef: {name: app-secrets}",
    .good = "volumeMounts:\n  - {name: db, mountPath: /run/secrets/db, readOnly: true}",
};

static const rp_rule r_secret_env_literal = {
    .id = "RP-K8S-038",
    .name = "secret-env-literal",
    .analyzer = "kubernetes",
    .severity = RP_SEV_HIGH,
    .title = "Hard-coded secret in a container's environment",
    .description =
        "An env[] entry holds a credential as a literal value. The value is now in the "
        "manifest and its Git history, in every rendered chart and CI log that prints it, in "
        "etcd as part of the pod spec (Secrets can be encrypted at rest; pod specs are not), "
        "and in the output of kubectl get -o yaml and kubectl describe for anyone allowed to "
        "read pods. Rotating it means a new commit and a rollout.",
    .remediation = "Move the value into a Secret (created out of band, or by an external "
                   "secrets operator) and mount it as a file, or at least reference it:\n"
                   "```yaml\nenv:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n"
                   "        name: db-creds\n        key: password\n```\n"
                   "Then rotate the credential: it has been exposed.",
    .refs = {"kube-linter:env-var-secret", "polaris:sensitiveContainerEnvVar", NULL},
    .notes = "Names are judged by the Dockerfile analyzer's matcher (hadolint DL3064 and Trivy "
             "DS031 terms: password, secret, token, api key, private key, auth, credential...), "
             "plus `bearer` as Polaris. Exempt are values that say they are no secret (a path "
             "for *_FILE/*_PATH names such as GOOGLE_APPLICATION_CREDENTIALS, a switch such as "
             "`true`, metadata names such as *_ID, *_NAME, *_TTL, a URL without a password for "
             "*_URL names), references to other variables (`$(DB_PASS)`, `${DB_PASS}`), "
             "placeholders (`<password>`, `changeme`) and empty values. kube-linter fires on "
             "any non-empty value of a name containing `secret` (SECRET_NAME: db included); "
             "Polaris on any name containing password, token, secret or bearer, paths and empty "
             "values included. Whatever the name, rampart also fires on values that are "
             "credentials, found as in ConfigMaps (RP-K8S-050): a PEM private key (Polaris "
             "checks this one), an AWS access key id, a URL with a literal password, a "
             "`password=...` assignment inside the value (JVM options, connection strings), a "
             "GitHub token. Messages show at most the first 4 characters of a value.",
    .bad = "env:\n  - name: DB_PASSWORD\n    value: hunter2\n"
           "  - name: DATABASE_URL\n    value: postgres://app:s3cret@db:5432/app",
    .good = "env:\n  - name: DB_PASSWORD_FILE\n    value: /run/secrets/db/password\n"
            "  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef: {name: db-creds, "
            "key: password}",
};

static const rp_rule r_image_mutable = {
    .id = "RP-K8S-039",
    .name = "image-mutable-tag",
    .analyzer = "kubernetes",
    .severity = RP_SEV_MEDIUM,
    .title = "Container image uses the latest tag or no tag",
    .description =
        "An image without a tag means :latest, and :latest moves with every push. Pods of "
        "the same workload started on different days (a scale-up, a rescheduled node) run "
        "different code; a rollback redeploys whatever latest is now; and nobody can tell "
        "from the manifest which version is running or whether it is affected by a CVE.",
    .remediation = "Name a version tag, and pin the digest so the reference cannot move:\n"
                   "```yaml\nimage: nginx:1.25.4@sha256:<digest>\n```\n"
                   "(`crane digest nginx:1.25.4` or `docker buildx imagetools inspect` prints "
                   "the digest.)",
    .refs = {"AVD-KSV-0013", "kube-linter:latest-tag", "polaris:tagNotSpecified", NULL},
    .notes = "A digest makes the reference immutable, so `nginx:latest@sha256:...` passes, as "
             "in Trivy. The tag is the part after the last `:` of the last path component: "
             "`registry:5000/app` has a port and no tag, and fires (Trivy splits on every `:` "
             "and passes it, and fires on `registry:5000/app:1.0`, which rampart passes). "
             "Images holding an unexpanded `$` variable or a placeholder (`<image>`) are not "
             "judged. Ephemeral containers "
             "count, as in kube-linter.",
    .bad = "containers:\n  - name: web\n    image: nginx\n  - name: cache\n"
           "    image: redis:latest",
    .good = "containers:\n  - name: web\n    image: nginx:1.25.4@sha256:<digest>\n"
            "  - name: cache\n    image: redis:7.2.4",
};

static const rp_rule r_image_no_digest = {
    .id = "RP-K8S-040",
    .name = "image-no-digest",
    .analyzer = "kubernetes",
    .severity = RP_SEV_LOW,
    .title = "Container image not pinned by digest",
    .description =
        "A tag is a pointer that whoever can push to the repository can move. Without a "
        "digest, the image that runs is whatever the tag pointed to when each node pulled it: "
        "a compromised registry account or a re-pushed tag changes production without a "
        "change to the manifest, and signatures or scan results recorded for one digest do "
        "not cover what runs.",
    .remediation = "Reference images by digest, keeping the tag for readers:\n"
                   "```yaml\nimage: ghcr.io/acme/api:2.3.1@sha256:<digest>\n```\n"
                   "Let a bot (Renovate, Dependabot) update tag and digest together.",
    .refs = {"CIS-K8s-5.5.1", "kube-linter:image-not-pinned-by-digest", NULL},
    .notes = "Off by default: a policy for teams that pin every image (enable it with "
             "`--enable image-no-digest`). Any `@algorithm:hex` digest counts, as the runtime "
             "accepts it. The Kubernetes CIS item 5.5.1 asks for image provenance through an "
             "admission controller; digests are what such a controller checks.",
    .bad = "image: ghcr.io/acme/api:2.3.1",
    .good = "image: ghcr.io/acme/api:2.3.1@sha256:<digest>",
    .flags = RP_RULE_DEFAULT_OFF,
};

static const rp_rule r_pull_policy = {
    .id = "RP-K8S-041",
    .name = "image-pull-policy",
    .analyzer = "kubernetes",
    .severity = RP_SEV_LOW,
    .title = "Image pulled with IfNotPresent or Never while not pinned by digest",
    .description =
        "With imagePullPolicy IfNotPresent (or Never), a node that already holds the tag runs "
        "its cached copy. When the tag has moved, the pods of one workload run different "
        "images depending on the node they land on, and a fixed image pushed under the same "
        "tag never reaches nodes that cached the vulnerable one. Kubernetes defaults the "
        "policy to IfNotPresent for any tag other than latest.",
    .remediation = "Pin the image by digest (then IfNotPresent is safe and saves pulls):\n"
                   "```yaml\nimage: nginx:1.25.4@sha256:<digest>\n"
                   "imagePullPolicy: IfNotPresent\n```\n"
                   "or, when the tag must stay, set `imagePullPolicy: Always`.",
    .refs = {"polaris:pullPolicyNotAlways", NULL},
    .notes = "The policy the API server would apply is judged: unset means Always for latest "
             "or untagged images (which RP-K8S-039 reports) and IfNotPresent otherwise. "
             "Polaris requires `imagePullPolicy: Always` on every container, digest-pinned "
             "ones included; rampart accepts any policy for an image pinned by digest, since "
             "the digest cannot name another image.",
    .bad = "image: nginx:1.25\nimagePullPolicy: IfNotPresent",
    .good = "image: nginx:1.25@sha256:<digest>\nimagePullPolicy: IfNotPresent",
};

static const rp_rule r_untrusted_registry = {
    .id = "RP-K8S-042",
    .name = "image-untrusted-registry",
    .analyzer = "kubernetes",
    .severity = RP_SEV_MEDIUM,
    .title = "Container image from a registry outside trusted-registries",
    .description =
        "An organisation that mirrors, scans and signs its images in its own registries "
        "loses that control when a workload pulls straight from Docker Hub, a personal "
        "registry or a typo-squatted host: the image bypasses the vetting, and the cluster "
        "depends on a registry nobody in the organisation controls.",
    .remediation = "Pull the image through a trusted registry (mirror it there first), or add "
                   "the registry to `dockerfile.trusted-registries` in .rampart.yaml (the same "
                   "list serves Dockerfiles and manifests). Enforce it in the cluster with an "
                   "admission policy as well.",
    .refs = {"AVD-KSV-0032", "AVD-KSV-0033", "AVD-KSV-0034", "AVD-KSV-0035", "AVD-KSV-0125", NULL},
    .notes = "Inert until `dockerfile: {trusted-registries: [...]}` is set. Registries match "
             "as in RP-DF-004: no registry means docker.io; docker.io, index.docker.io, "
             "registry-1.docker.io and hub.docker.com are one registry; `*.example.com` "
             "matches by suffix, `registry*` by prefix, `*` allows all; names compare "
             "case-insensitively. Trivy's KSV032-035 check fixed lists (Azure, GCR, ECR, "
             "public registries) and KSV125 a configurable list; rampart uses the one list.",
    .bad = "# trusted-registries: [ghcr.io]\nimage: nginx:1.25",
    .good = "# trusted-registries: [ghcr.io]\nimage: ghcr.io/acme/nginx:1.25",
    .flags = RP_RULE_NEEDS_CONFIG,
};

static const rp_rule r_resources = {
    .id = "RP-K8S-043",
    .name = "resources-missing",
    .analyzer = "kubernetes",
    .severity = RP_SEV_LOW,
    .title = "Container without CPU and memory requests and limits",
    .description =
        "Without limits, one container can take all the CPU and memory of its node: a leak, "
        "a traffic spike or an attacker's cryptominer starves every other pod there, and "
        "memory pressure makes the kubelet evict neighbours. Without requests, the scheduler "
        "places the pod blind and it runs as BestEffort, the first to be evicted.",
    .remediation = "Set requests to what the container needs and limits to what it may use:\n"
                   "```yaml\nresources:\n  requests:\n    cpu: 100m\n    memory: 128Mi\n"
                   "  limits:\n    cpu: 500m\n    memory: 256Mi\n```\n"
                   "A LimitRange in the namespace can supply defaults.",
    .refs = {"AVD-KSV-0011", "AVD-KSV-0015", "AVD-KSV-0016", "AVD-KSV-0018",
             "kube-linter:unset-cpu-requirements", "kube-linter:unset-memory-requirements",
             "kubesec:LimitsCPU", "kubesec:LimitsMemory", "kubesec:RequestsCPU",
             "kubesec:RequestsMemory", "polaris:cpuRequestsMissing", "polaris:cpuLimitsMissing",
             "polaris:memoryRequestsMissing", "polaris:memoryLimitsMissing", NULL},
    .notes = "One finding per container listing what is missing. Init containers count; "
             "ephemeral containers cannot have resources and are skipped. Pod-level "
             "`spec.resources` (Kubernetes 1.32+) satisfies the fields it sets. As the peers, "
             "a missing request fires even when its limit is set, although the API server "
             "then copies the limit into the request. A LimitRange in the input is not taken "
             "into account.",
    .bad = "containers:\n  - name: app\n    image: ghcr.io/acme/app:1.0\n    resources:\n"
           "      limits:\n        memory: 256Mi",
    .good = "resources:\n  requests: {cpu: 100m, memory: 128Mi}\n"
            "  limits: {cpu: 500m, memory: 256Mi}",
};

static const rp_rule r_probes = {
    .id = "RP-K8S-044",
    .name = "probes-missing",
    .analyzer = "kubernetes",
    .severity = RP_SEV_INFO,
    .title = "Long-running container without liveness or readiness probe",
    .description =
        "Without a readiness probe, a Service sends traffic to a container as soon as it "
        "starts and keeps sending it while the container is overloaded or broken; without a "
        "liveness probe, a deadlocked process is never restarted. Both turn a partial failure "
        "into an outage, and a denial of service into a lasting one.",
    .remediation = "Add probes that exercise the application:\n"
                   "```yaml\nreadinessProbe:\n  httpGet: {path: /ready, port: 8080}\n"
                   "livenessProbe:\n  httpGet: {path: /healthz, port: 8080}\n"
                   "  periodSeconds: 10\n  failureThreshold: 3\n```",
    .refs = {"kube-linter:no-liveness-probe", "kube-linter:no-readiness-probe",
             "polaris:livenessProbeMissing", "polaris:readinessProbeMissing", NULL},
    .notes = "Regular containers of Deployments, StatefulSets, DaemonSets, ReplicaSets, "
             "ReplicationControllers, DeploymentConfigs and Pods only: Jobs and CronJobs run "
             "to completion, bare Pods with restartPolicy Never or OnFailure too, and init and "
             "ephemeral containers take no probes (Polaris skips them as well). A startupProbe "
             "does not replace either probe.",
    .bad = "containers:\n  - name: api\n    image: ghcr.io/acme/api:2.3.1",
    .good = "containers:\n  - name: api\n    image: ghcr.io/acme/api:2.3.1\n"
            "    readinessProbe: {httpGet: {path: /ready, port: 8080}}\n"
            "    livenessProbe: {httpGet: {path: /healthz, port: 8080}}",
};

static const rp_rule r_default_ns = {
    .id = "RP-K8S-045",
    .name = "default-namespace",
    .analyzer = "kubernetes",
    .severity = RP_SEV_LOW,
    .title = "Object in the default namespace, or with no namespace",
    .description =
        "The default namespace is where everything lands that nobody placed: RBAC granted "
        "there, NetworkPolicies written for it and Pod Security labels on it apply to "
        "unrelated workloads, and a workload there shares them. An object without a namespace "
        "goes wherever the kubectl context of whoever applies it points.",
    .remediation = "Give every namespaced object an explicit namespace of its own:\n"
                   "```yaml\nmetadata:\n  name: web\n  namespace: shop\n```\n"
                   "(kustomize's `namespace:` or `helm --namespace` set it when rendering).",
    .refs = {"AVD-KSV-0110", "kube-linter:use-namespace", "CIS-K8s-5.7.4", NULL},
    .notes = "Every namespaced object, as kube-linter's use-namespace (off by default there) "
             "does for workloads and Services; Trivy's KSV110 covers workloads only. Kinds "
             "known to be cluster-scoped, unknown kinds named Cluster*, and configuration "
             "files that are no API objects (kustomize, kubeadm, kubelet, kubeconfig) are "
             "skipped, and so are the objects the cluster keeps in default itself (the "
             "`kubernetes` Service and its endpoints, the `default` ServiceAccount, the "
             "`kube-root-ca.crt` ConfigMap).",
    .bad = "metadata:\n  name: web",
    .good = "metadata:\n  name: web\n  namespace: shop",
};

static const rp_rule r_kube_system = {
    .id = "RP-K8S-046",
    .name = "kube-system-workload",
    .analyzer = "kubernetes",
    .severity = RP_SEV_MEDIUM,
    .title = "Workload in the kube-system namespace",
    .description =
        "kube-system holds the cluster's own components and their credentials: service "
        "accounts of controllers with wide RBAC, bootstrap tokens, cloud-provider secrets. A "
        "workload placed there can usually mount or reach them, is exempt from policies that "
        "skip kube-system (many admission policies do), and its compromise is a control-plane "
        "compromise.",
    .remediation = "Deploy the workload into a namespace of its own, with its own service "
                   "account and only the RBAC it needs.",
    .refs = {"AVD-KSV-0037", NULL},
    .notes = "As Trivy's KSV037, the control-plane static pods are exempt: labels "
             "`tier: control-plane` and `component` one of kube-apiserver, etcd, "
             "kube-controller-manager, kube-scheduler, with priorityClassName "
             "system-node-critical. Trivy also flags Services and other objects with a spec "
             "there; rampart only workloads, which run code. Cluster add-ons installed in "
             "kube-system (CoreDNS, kube-proxy, CNI agents) fire by design: ignore them by "
             "object in .rampart.yaml.",
    .bad = "metadata:\n  name: log-shipper\n  namespace: kube-system",
    .good = "metadata:\n  name: log-shipper\n  namespace: logging",
};

static const rp_rule r_share_pid = {
    .id = "RP-K8S-054",
    .name = "share-process-namespace",
    .analyzer = "kubernetes",
    .severity = RP_SEV_LOW,
    .title = "Containers of the pod share one process namespace",
    .description =
        "With shareProcessNamespace: true, every container of the pod sees every other's "
        "processes: it can signal them, read their command lines and /proc/<pid>/environ "
        "(secrets passed as environment variables), and reach their root filesystems through "
        "/proc/<pid>/root. A compromised sidecar then owns the main container, and the pause "
        "process becomes PID 1 instead of the application.",
    .remediation = "Remove `shareProcessNamespace: true` unless a sidecar truly needs to see "
                   "the application's processes (a debugger: prefer `kubectl debug` with an "
                   "ephemeral container targeting one container).",
    .refs = {NULL},
    .notes = "None of Trivy, kubesec, kube-linter or Polaris checks it; rampart adds it (attack "
             "graphs such as KubeHound model it as a container-to-container edge). Only a boolean "
             "true fires (YAML 1.1 `yes` included); a string such as `\"true\"` is rejected by "
             "the API server and ignored here.",
    .bad = "spec:\n  shareProcessNamespace: true",
    .good = "spec:\n  shareProcessNamespace: false",
};

static const rp_rule r_sa_missing = {
    .id = "RP-K8S-058",
    .name = "service-account-missing",
    .analyzer = "kubernetes",
    .severity = RP_SEV_LOW,
    .title = "Pod names a ServiceAccount that the manifests do not define",
    .description =
        "serviceAccountName names a ServiceAccount missing from the input, while the input "
        "defines other ServiceAccounts of the same namespace: most likely a typo or a "
        "rename. The API server refuses to create the pods (the workload never becomes "
        "ready), or, if someone creates the account by hand, the pods run with whatever RBAC "
        "that account is given instead of the one reviewed with the manifests.",
    .remediation = "Fix the name, or add the ServiceAccount to the manifests:\n"
                   "```yaml\napiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: api\n"
                   "  namespace: shop\nautomountServiceAccountToken: false\n```",
    .refs = {"kube-linter:non-existent-service-account", NULL},
    .notes = "kube-linter fires whenever the account is not in the input; rampart only when "
             "the input holds ServiceAccounts of that namespace, so an account managed "
             "elsewhere (another repository, a Helm chart of its own) does not fire. The "
             "`default` account always exists. The deprecated `serviceAccount` field is used "
             "when serviceAccountName is absent, as the API server does.",
    .bad = "kind: ServiceAccount\nmetadata: {name: api, namespace: shop}\n---\n"
           "spec:\n  serviceAccountName: apii",
    .good = "spec:\n  serviceAccountName: api",
};

static const rp_rule r_sa_deprecated = {
    .id = "RP-K8S-059",
    .name = "deprecated-service-account-field",
    .analyzer = "kubernetes",
    .severity = RP_SEV_LOW,
    .title = "Pod uses the deprecated serviceAccount field",
    .description =
        "spec.serviceAccount is a deprecated alias of serviceAccountName. When both are "
        "written and differ, serviceAccountName wins, so a reviewer reading serviceAccount "
        "sees the wrong identity; tools that read only serviceAccountName judge the pod as "
        "using the default account.",
    .remediation = "Replace `serviceAccount:` with `serviceAccountName:`.",
    .refs = {"kube-linter:deprecated-service-account-field", NULL},
    .notes = "As kube-linter: any non-empty value fires. The message says when the two fields "
             "disagree.",
    .bad = "spec:\n  serviceAccount: api",
    .good = "spec:\n  serviceAccountName: api",
};

static const rp_rule *const rules[] = {
    &r_secret_env_ref, &r_secret_env_literal,
    &r_image_mutable,  &r_image_no_digest,
    &r_pull_policy,    &r_untrusted_registry,
    &r_resources,      &r_probes,
    &r_default_ns,     &r_kube_system,
    &r_share_pid,      &r_sa_missing,
    &r_sa_deprecated,  NULL,
};

/* ---- helpers ---- */

/* `container "app"`, `init container "setup"`, or `container #2` when it has no name. */
static const char *
who(char *buf, size_t size, const rp_k8s_container *k)
{
    if (k->name && *k->name)
        snprintf(buf, size, "%s \"%s\"", rp__k8s_ctype_name(k->type), k->name);
    else
        snprintf(buf, size, "%s #%zu", rp__k8s_ctype_name(k->type), k->index);
    return buf;
}

/* A scalar's text when it is a non-empty string-like scalar, else NULL. */
static const char *
text_of(const rp_node *n)
{
    const char *s = n && n->type != RP_NODE_BOOL ? rp_node_str(n) : NULL;

    return s && *s ? s : NULL;
}

/* The key node of key in map, where "key:" is written (a block map's own node starts at its
 * first child), or NULL. */
static const rp_node *
key_of(const rp_node *map, const char *key)
{
    for (size_t i = 0; map && map->type == RP_NODE_MAP && i < map->n; i++)
        if (strcmp(map->pairs[i].key->text, key) == 0)
            return map->pairs[i].key;
    return NULL;
}

/* A bounded, comma-separated list for messages; "..." once full. */
typedef struct list_buf {
    char s[400];
    size_t len;
    size_t n; /* items added, listed or not */
    bool cut;
} list_buf;

static void
list_add(list_buf *l, const char *item)
{
    size_t room = sizeof(l->s) - l->len, need = strlen(item) + (l->len ? 2 : 0);

    l->n++;
    if (l->cut)
        return;
    if (need + 4 > room) {
        snprintf(l->s + l->len, room, "%s...", l->len ? ", " : "");
        l->cut = true;
        return;
    }
    snprintf(l->s + l->len, room, "%s%s", l->len ? ", " : "", item);
    l->len += need;
}

/* ---- RP-K8S-037 / 038: secrets in the environment ---- */

static bool
word_start(const char *v, const char *p)
{
    return p == v || !isalnum((unsigned char)p[-1]);
}

/* n characters of p in the class: upper-case letters and digits, or any alphanumeric. */
static bool
run_of(const char *p, size_t n, bool upper_only)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)p[i];
        if (!(isdigit(ch) || isupper(ch) || (!upper_only && islower(ch))))
            return false;
    }
    return !isalnum((unsigned char)p[n]);
}

/* ghp_/gho_/ghu_/ghs_/ghr_ + 36 alphanumerics, or github_pat_ + 22 or more word chars. */
static bool
has_github_token(const char *v)
{
    for (const char *p = v; (p = strchr(p, 'g')); p++) {
        if (!word_start(v, p))
            continue;
        if (p[1] == 'h' && p[2] && strchr("pousr", p[2]) && p[3] == '_' && run_of(p + 4, 36, false))
            return true;
        if (!strncmp(p, "github_pat_", 11)) {
            size_t n = 0;
            while (isalnum((unsigned char)p[11 + n]) || p[11 + n] == '_')
                n++;
            if (n >= 22)
                return true;
        }
    }
    return false;
}

/* Describes in out the secret that env name=value holds: a credential whatever the name (a
 * PEM key, an AWS key id, a URL with a password, "password=..." inside the value, a GitHub
 * token), or a literal under a secret-like name. False when it looks like none. */
static bool
env_secret(char *out, size_t size, const char *name, const char *v)
{
    size_t n = strlen(v);
    rp__k8s_cred cred;
    bool known = false;
    char shown[16];

    if (rp__k8s_find_cred(&cred, v, n)) {
        snprintf(out, size, "%s", cred.what);
        return true;
    }
    if (has_github_token(v)) {
        rp__k8s_redact(shown, sizeof(shown), v, n);
        snprintf(out, size, "a GitHub token (%s)", shown);
        return true;
    }
    /* $(VAR) and ${VAR} are expanded from elsewhere; <password>, changeme are no secrets yet */
    if (rp__k8s_placeholder(v, n))
        return false;
    if (!rp__df_secret_name(name, &known) && !rp__str_find_ci(name, "bearer"))
        return false;
    if (rp__df_secret_value_exempt(name, known, v, true))
        return false;
    rp__k8s_redact(shown, sizeof(shown), v, n);
    snprintf(out, size, "a literal value (\"%s\")", shown);
    return true;
}

static void
check_env_literal(rp__k8s_check *c, const rp_k8s_object *o, const rp_k8s_container *k,
                  const rp_node *e, size_t i)
{
    const char *name = rp_node_get_str(e, "name", NULL);
    const rp_node *vn = rp_node_get(e, "value");
    const char *v = text_of(vn);
    char field[512], whom[300], what[400];

    if (!name || !v || !env_secret(what, sizeof(what), name, v))
        return;
    snprintf(field, sizeof(field), "%s.env[%zu].value", k->field, i);
    rp__k8s_report(c, &r_secret_env_literal, o, vn, field,
                   "%s of %s sets %s to %s: the secret is in the manifest and in the pod spec "
                   "that anyone who can read pods sees",
                   who(whom, sizeof(whom), k), o->id, name, what);
}

/* Where the first Secret reference of a container is, and the names of all of them. */
typedef struct secret_refs {
    list_buf list;
    const rp_node *first;
    char field[512];
} secret_refs;

/* Keeps the first reference: "<container>.<list>[i].<key>". */
static void
note_ref(secret_refs *s, const rp_node *at, const char *cfield, const char *list, size_t i,
         const char *key)
{
    if (s->first)
        return;
    s->first = at;
    snprintf(s->field, sizeof(s->field), "%s.%s[%zu].%s", cfield, list, i, key);
}

static void
check_env_refs(rp__k8s_check *c, const rp_k8s_object *o, const rp_k8s_container *k)
{
    const rp_node *env = rp_node_get(k->node, "env"), *from = rp_node_get(k->node, "envFrom");
    secret_refs s;
    char whom[300], item[300];

    if (!env && !from)
        return;
    memset(&s, 0, sizeof(s));
    for (size_t i = 0; env && env->type == RP_NODE_SEQ && i < env->n; i++) {
        const rp_node *from_node = rp_node_get(env->items[i], "valueFrom");
        const rp_node *ref = rp_node_get(from_node, "secretKeyRef");
        if (!ref || ref->type != RP_NODE_MAP)
            continue;
        note_ref(&s, key_of(from_node, "secretKeyRef"), k->field, "env", i,
                 "valueFrom.secretKeyRef");
        snprintf(item, sizeof(item), "%s (Secret %s, key %s)",
                 rp_node_get_str(env->items[i], "name", "?"), rp_node_get_str(ref, "name", "?"),
                 rp_node_get_str(ref, "key", "?"));
        list_add(&s.list, item);
    }
    for (size_t i = 0; from && from->type == RP_NODE_SEQ && i < from->n; i++) {
        const rp_node *ref = rp_node_get(from->items[i], "secretRef");
        if (!ref || ref->type != RP_NODE_MAP)
            continue;
        note_ref(&s, key_of(from->items[i], "secretRef"), k->field, "envFrom", i, "secretRef");
        snprintf(item, sizeof(item), "every key of Secret %s (envFrom)",
                 rp_node_get_str(ref, "name", "?"));
        list_add(&s.list, item);
    }
    if (!s.first)
        return;
    rp__k8s_report(c, &r_secret_env_ref, o, s.first, s.field,
                   "%s of %s reads Secret values into its environment: %s",
                   who(whom, sizeof(whom), k), o->id, s.list.s);
}

static void
check_env(rp__k8s_check *c, const rp_k8s_object *o, const rp_k8s_container *k)
{
    const rp_node *env = rp_node_get(k->node, "env");

    if (rp__k8s_on(c, &r_secret_env_literal))
        for (size_t i = 0; env && env->type == RP_NODE_SEQ && i < env->n; i++)
            check_env_literal(c, o, k, env->items[i], i);
    if (rp__k8s_on(c, &r_secret_env_ref))
        check_env_refs(c, o, k);
}

/* ---- RP-K8S-039..042: image references ---- */


static void
check_registry(rp__k8s_check *c, const rp_k8s_object *o, const rp_k8s_container *k,
               const rp_node *img, const rp_df_image_ref *ref, const char *whom)
{
    list_buf trusted;
    char field[512];

    if (rp_config_registry_trusted(c->cfg, ref->registry))
        return;
    memset(&trusted, 0, sizeof(trusted));
    for (size_t e = 0; e < c->cfg->ntrusted_registries; e++)
        if (c->cfg->trusted_registries[e])
            list_add(&trusted, c->cfg->trusted_registries[e]);
    snprintf(field, sizeof(field), "%s.image", k->field);
    rp__k8s_report(c, &r_untrusted_registry, o, img, field,
                   "%s of %s pulls %s from %s, which is not in trusted-registries (%s)", whom,
                   o->id, ref->raw, ref->registry, trusted.s);
}

/* RP-K8S-041: the pull policy the API server applies, for an image not pinned by digest. */
static void
check_pull_policy(rp__k8s_check *c, const rp_k8s_object *o, const rp_k8s_container *k,
                  const rp_node *img, bool floating, const char *whom)
{
    const rp_node *pol = rp_node_get(k->node, "imagePullPolicy");
    const char *set = text_of(pol), *image = rp_node_str(img);
    char field[512];

    if (set ? !strcmp(set, "Always") : floating)
        return; /* unset means Always for latest and untagged images */
    snprintf(field, sizeof(field), "%s.imagePullPolicy", k->field);
    if (set)
        rp__k8s_report(c, &r_pull_policy, o, pol, field,
                       "%s of %s pulls %s with imagePullPolicy %s: a node that cached the tag "
                       "keeps running its copy after the tag moves",
                       whom, o->id, image, set);
    else
        rp__k8s_report(c, &r_pull_policy, o, img, field,
                       "%s of %s pulls %s with the default imagePullPolicy IfNotPresent: a "
                       "node that cached the tag keeps running its copy after the tag moves",
                       whom, o->id, image);
}

/* A digest "algorithm:encoded" with both parts. */
static bool
is_digest(const char *d)
{
    const char *colon = d ? strchr(d, ':') : NULL;

    return colon && colon > d && colon[1];
}

static void
check_image(rp__k8s_check *c, const rp_k8s_object *o, const rp_k8s_container *k, rp_arena *a)
{
    const rp_node *img = rp_node_get(k->node, "image");
    const char *s = text_of(img);
    rp_df_image_ref ref;
    bool pinned, floating;
    char field[512], whom[300];

    /* an unexpanded $VAR (envsubst, a CI template) or a placeholder cannot be judged */
    if (!s || strpbrk(s, "$<>{} \t") || rp_df_parse_image_ref(&ref, a, s) || !ref.registry)
        return;
    pinned = is_digest(ref.digest);
    floating = !ref.tag || !*ref.tag || !strcmp(ref.tag, "latest");
    who(whom, sizeof(whom), k);
    snprintf(field, sizeof(field), "%s.image", k->field);
    if (!pinned && floating && rp__k8s_on(c, &r_image_mutable))
        rp__k8s_report(c, &r_image_mutable, o, img, field,
                       "%s of %s uses image %s%s moves with every push, so pods started at "
                       "different times run different code",
                       whom, o->id, s,
                       ref.tag && *ref.tag ? ": the tag latest"
                                           : " with no tag, which means :latest and");
    if (!pinned && rp__k8s_on(c, &r_image_no_digest))
        rp__k8s_report(c, &r_image_no_digest, o, img, field,
                       "%s of %s uses image %s, not pinned by digest", whom, o->id, s);
    if (!pinned && rp__k8s_on(c, &r_pull_policy))
        check_pull_policy(c, o, k, img, floating, whom);
    if (c->cfg->ntrusted_registries && rp__k8s_on(c, &r_untrusted_registry))
        check_registry(c, o, k, img, &ref, whom);
}

/* ---- RP-K8S-043 / 044: resources and probes ---- */

static bool
has_quantity(const rp_node *res, const char *section, const char *key)
{
    return text_of(rp_node_get(rp_node_get(res, section), key)) != NULL;
}

static void
check_resources(rp__k8s_check *c, const rp_k8s_object *o, const rp_k8s_workload *w,
                const rp_k8s_container *k)
{
    static const char *const need[][3] = {{"requests", "cpu", "cpu request"},
                                          {"limits", "cpu", "cpu limit"},
                                          {"requests", "memory", "memory request"},
                                          {"limits", "memory", "memory limit"}};
    const rp_node *res = rp_node_get(k->node, "resources");
    const rp_node *pod = rp_node_get(w->spec, "resources"); /* pod-level resources, 1.32+ */
    list_buf missing;
    char field[512], whom[300];

    if (k->type == RP_K8S_EPHEMERAL || !rp__k8s_on(c, &r_resources))
        return;
    memset(&missing, 0, sizeof(missing));
    for (size_t i = 0; i < sizeof(need) / sizeof(need[0]); i++)
        if (!has_quantity(res, need[i][0], need[i][1]) &&
            !has_quantity(pod, need[i][0], need[i][1]))
            list_add(&missing, need[i][2]);
    if (!missing.len)
        return;
    snprintf(field, sizeof(field), "%s.resources", k->field);
    rp__k8s_report(c, &r_resources, o, res ? key_of(k->node, "resources") : k->node, field,
                   "%s of %s sets no %s", who(whom, sizeof(whom), k), o->id,
                   missing.n == 4 ? "resource requests or limits" : missing.s);
}

/* Controllers that keep pods running, and bare Pods that restart. */
static bool
long_running(const rp_k8s_object *o, const rp_k8s_workload *w)
{
    static const char *const kinds[] = {
        "Deployment",       "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController",
        "DeploymentConfig", "Pod",         NULL};
    const char *restart;

    if (!rp__str_in(o->kind, kinds))
        return false;
    if (strcmp(o->kind, "Pod") != 0)
        return true;
    restart = rp_node_get_str(w->spec, "restartPolicy", "Always");
    return strcmp(restart, "Never") != 0 && strcmp(restart, "OnFailure") != 0;
}

static bool
has_probe(const rp_k8s_container *k, const char *key)
{
    const rp_node *p = rp_node_get(k->node, key);

    return p && p->type == RP_NODE_MAP;
}

static void
check_probes(rp__k8s_check *c, const rp_k8s_object *o, const rp_k8s_container *k)
{
    bool live = has_probe(k, "livenessProbe"), ready = has_probe(k, "readinessProbe");
    char field[512], whom[300];

    if (k->type != RP_K8S_CONTAINER || (live && ready))
        return;
    snprintf(field, sizeof(field), "%s.%s", k->field, live ? "readinessProbe" : "livenessProbe");
    rp__k8s_report(c, &r_probes, o, k->node, field, "%s of %s has %s", who(whom, sizeof(whom), k),
                   o->id,
                   !live && !ready ? "no livenessProbe and no readinessProbe"
                   : !live         ? "no livenessProbe: a hung process is never restarted"
                                   : "no readinessProbe: it gets traffic before it is ready");
}

/* ---- RP-K8S-045 / 046: namespaces ---- */

/* Configuration files with apiVersion and kind that are no API objects. */
static bool
not_an_api_object(const rp_k8s_object *o)
{
    static const char *const groups[] = {"kubeadm.k8s.io", "audit.k8s.io", "kind.x-k8s.io",
                                         "k3d.io", NULL};
    const char *api = o->api_version, *slash = strchr(api, '/');
    char group[128];

    if (!strcmp(o->kind, "Config") && !strcmp(api, "v1"))
        return true; /* a kubeconfig */
    if (!slash || (size_t)(slash - api) >= sizeof(group))
        return false;
    snprintf(group, sizeof(group), "%.*s", (int)(slash - api), api);
    return rp__str_ends(group, ".config.k8s.io") || rp__str_in(group, groups);
}

/* Objects the cluster itself keeps in the default namespace (seen in cluster dumps). */
static bool
cluster_managed(const rp_k8s_object *o)
{
    static const char *const kinds[] = {"Service", "Endpoints", "EndpointSlice", NULL};

    if (strcmp(o->ns, "default") != 0)
        return false;
    return (rp__str_in(o->kind, kinds) && !strcmp(o->name, "kubernetes")) ||
           (!strcmp(o->kind, "ServiceAccount") && !strcmp(o->name, "default")) ||
           (!strcmp(o->kind, "ConfigMap") && !strcmp(o->name, "kube-root-ca.crt"));
}

static void
check_default_ns(rp__k8s_check *c, const rp_k8s_object *o)
{
    const rp_node *ns = rp_node_get(o->metadata, "namespace");

    /* unknown kinds count as namespaced; Cluster* custom resources are not */
    if (!o->namespaced || rp__str_starts(o->kind, "Cluster") || not_an_api_object(o) ||
        cluster_managed(o))
        return;
    if (!o->ns_explicit)
        rp__k8s_report(c, &r_default_ns, o, ns ? ns : key_of(o->node, "metadata"),
                       "metadata.namespace",
                       "%s %s sets no namespace: it goes to the namespace of whoever applies it, "
                       "default unless their context says otherwise",
                       o->kind, o->name);
    else if (!strcmp(o->ns, "default"))
        rp__k8s_report(c, &r_default_ns, o, ns, "metadata.namespace",
                       "%s is in the default namespace", o->id);
}

/* A control-plane static pod as Trivy's KSV037 recognises it. */
static bool
control_plane_pod(const rp_k8s_workload *w)
{
    static const char *const components[] = {"kube-apiserver", "etcd", "kube-controller-manager",
                                             "kube-scheduler", NULL};

    return !strcmp(rp_node_get_str(w->pod_labels, "tier", ""), "control-plane") &&
           rp__str_in(rp_node_get_str(w->pod_labels, "component", ""), components) &&
           !strcmp(rp_node_get_str(w->spec, "priorityClassName", ""), "system-node-critical");
}

static void
check_namespace(rp__k8s_check *c, const rp_k8s_object *o, const rp_k8s_workload *w)
{
    if (rp__k8s_on(c, &r_default_ns))
        check_default_ns(c, o);
    if (w && !strcmp(o->ns, "kube-system") && rp__k8s_on(c, &r_kube_system) &&
        !control_plane_pod(w))
        rp__k8s_report(c, &r_kube_system, o, rp_node_get(o->metadata, "namespace"),
                       "metadata.namespace",
                       "%s runs in kube-system, next to the control plane's components and "
                       "credentials",
                       o->id);
}

/* ---- RP-K8S-054 / 059: pod-level fields ---- */

static void
check_pod(rp__k8s_check *c, const rp_k8s_object *o, const rp_k8s_workload *w)
{
    const rp_node *share = rp_node_get(w->spec, "shareProcessNamespace");
    const rp_node *sa = rp_node_get(w->spec, "serviceAccount");
    const char *old = text_of(sa), *san = text_of(rp_node_get(w->spec, "serviceAccountName"));
    char field[512];

    if (rp__k8s_is_true(share) && rp__k8s_on(c, &r_share_pid)) {
        snprintf(field, sizeof(field), "%s.shareProcessNamespace", w->spec_field);
        rp__k8s_report(c, &r_share_pid, o, share, field,
                       "%s sets shareProcessNamespace: true, so its containers can signal each "
                       "other's processes and read their environment and files through /proc",
                       o->id);
    }
    if (!old || !rp__k8s_on(c, &r_sa_deprecated))
        return;
    snprintf(field, sizeof(field), "%s.serviceAccount", w->spec_field);
    if (san && strcmp(san, old) != 0)
        rp__k8s_report(c, &r_sa_deprecated, o, sa, field,
                       "%s sets the deprecated serviceAccount: %s, which disagrees with "
                       "serviceAccountName: %s (the pod runs as %s)",
                       o->id, old, san, san);
    else
        rp__k8s_report(c, &r_sa_deprecated, o, sa, field,
                       "%s sets the deprecated field serviceAccount (%s); use "
                       "serviceAccountName",
                       o->id, old);
}

static void
check_object(rp__k8s_check *c, const rp_k8s_object *o)
{
    const rp_k8s_workload *w = rp__k8s_workload(c, o);
    rp_arena a;

    check_namespace(c, o, w);
    if (!w)
        return;
    check_pod(c, o, w);
    rp_arena_init(&a, 1024); /* image references of this object */
    for (size_t i = 0; i < w->ncontainers; i++) {
        const rp_k8s_container *k = &w->containers[i];
        check_env(c, o, k);
        check_image(c, o, k, &a);
        check_resources(c, o, w, k);
        if (rp__k8s_on(c, &r_probes) && long_running(o, w))
            check_probes(c, o, k);
    }
    rp_arena_dispose(&a);
}

/* ---- RP-K8S-058: service accounts the input should define ---- */

static int
cmp_cstr(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static void
check_sa(rp__k8s_check *c, const rp_k8s_workload *w, const char **nss, size_t nns)
{
    const rp_k8s_object *o = &c->ix->objects[w->object];
    const char *key = "serviceAccountName";
    const rp_node *n = rp_node_get(w->spec, key);
    const char *sa = text_of(n);
    char field[512];

    if (!sa) {
        key = "serviceAccount"; /* the deprecated alias, used when the name is absent */
        n = rp_node_get(w->spec, key);
        sa = text_of(n);
    }
    if (!sa || !strcmp(sa, "default") || rp_k8s_find(c->ix, "ServiceAccount", o->ns, sa) ||
        !bsearch(&o->ns, nss, nns, sizeof(*nss), cmp_cstr))
        return;
    snprintf(field, sizeof(field), "%s.%s", w->spec_field, key);
    rp__k8s_report(c, &r_sa_missing, o, n, field,
                   "%s runs as ServiceAccount %s, which the input does not define although it "
                   "defines other ServiceAccounts of namespace %s: the API server refuses the "
                   "pods until it exists",
                   o->id, sa, o->ns);
}

static void
check_index(rp__k8s_check *c)
{
    const rp_k8s_index *ix = c->ix;
    const char **nss;
    size_t n = 0;

    if (!rp__k8s_on(c, &r_sa_missing))
        return;
    for (size_t i = 0; i < ix->nobjects; i++)
        n += strcmp(ix->objects[i].kind, "ServiceAccount") == 0;
    if (!n || !(nss = malloc(n * sizeof(*nss))))
        return;
    n = 0;
    for (size_t i = 0; i < ix->nobjects; i++)
        if (strcmp(ix->objects[i].kind, "ServiceAccount") == 0)
            nss[n++] = ix->objects[i].ns;
    qsort(nss, n, sizeof(*nss), cmp_cstr);
    for (size_t i = 0; i < ix->nworkloads; i++)
        check_sa(c, &ix->workloads[i], nss, n);
    free(nss);
}

const rp__k8s_ruleset rp__k8s_set_pod = {rules, check_object, check_index};
