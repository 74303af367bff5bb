/* Kubernetes rules about objects other than pod templates: Services, Ingresses, ConfigMaps,
 * Secrets, removed API versions, Helm v2 Tiller, and Services that select no pod. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "core/util.h"
#include "k8s/creds.h"
#include "k8s/rules.h"

/* ---- the rules ---------------------------------------------------------------------------- */

static const rp_rule r_external_ip = {
    .id = "RP-K8S-047",
    .name = "service-external-ips",
    .analyzer = "kubernetes",
    .severity = RP_SEV_HIGH,
    .title = "Service claims external IPs or aliases an internal address",
    .description =
        "spec.externalIPs makes kube-proxy on every node capture the traffic sent to those "
        "addresses and deliver it to the Service's pods. Nothing checks that the creator owns "
        "the address: anyone allowed to create a Service can claim the IP of a database, a DNS "
        "server or an external API and intercept the traffic every pod of the cluster sends to "
        "it (CVE-2020-8554, unfixed by design). An ExternalName Service is a DNS alias; when it "
        "names an IP address, localhost or a Service of the cluster, an ingress controller or "
        "gateway routing to it connects there from its own place in the network, crossing "
        "namespace and NetworkPolicy boundaries (CVE-2021-25740).",
    .remediation =
        "Remove spec.externalIPs and expose the Service through a LoadBalancer, an Ingress or a "
        "Gateway; enable the DenyServiceExternalIPs admission plugin (or an admission policy "
        "that allows only your own ranges). Point ExternalName Services at public DNS names "
        "only; clients that need a Service of another namespace call it by its name "
        "(`db.data.svc`).\n\n"
        "```yaml\n"
        "spec:\n"
        "  type: ClusterIP\n"
        "  selector:\n"
        "    app: web\n"
        "  ports:\n"
        "    - port: 80\n"
        "```",
    .refs = {"AVD-KSV-0108", NULL},
    .notes = "Trivy KSV108 fires on any externalName missing from an allowlist that is empty by "
             "default, i.e. on every ExternalName Service, whatever spec.type says. rampart "
             "reports ExternalName Services whose name reaches into the cluster or the node "
             "(IP addresses, localhost, *.svc, *.cluster.local, kubernetes.default, the cloud "
             "metadata host): aliasing a public DNS name is what ExternalName is for.",
    .bad = "kind: Service\nspec:\n  selector:\n    app: web\n  externalIPs:\n    - 10.0.0.53",
    .good = "kind: Service\nspec:\n  type: ClusterIP\n  selector:\n    app: web",
};

static const rp_rule r_exposed = {
    .id = "RP-K8S-048",
    .name = "service-exposed",
    .analyzer = "kubernetes",
    .severity = RP_SEV_LOW,
    .title = "Service exposed outside the cluster (NodePort or LoadBalancer)",
    .description =
        "A NodePort Service opens its port on every address of every node, beside the ingress "
        "layer and whatever TLS and authentication it adds; a LoadBalancer Service asks the "
        "cloud for an address in front of it, public unless said otherwise. Either puts the "
        "pods' port within reach of every network the nodes or the load balancer face. A "
        "LoadBalancer that does not restrict its sources (loadBalancerSourceRanges) and is not "
        "internal accepts connections from the whole internet: that case is medium.",
    .remediation = "Keep Services ClusterIP and publish them through an Ingress or a Gateway. "
                   "When a load balancer is needed, restrict its sources or make it internal "
                   "(service.beta.kubernetes.io/aws-load-balancer-internal: \"true\", "
                   "networking.gke.io/load-balancer-type: Internal, "
                   "service.beta.kubernetes.io/azure-load-balancer-internal: \"true\").\n\n"
                   "```yaml\n"
                   "spec:\n"
                   "  type: LoadBalancer\n"
                   "  loadBalancerSourceRanges:\n"
                   "    - 203.0.113.0/24\n"
                   "```",
    .refs = {"kube-linter:exposed-services", NULL},
    .notes = "kube-linter's exposed-services (off by default) treats both types alike. rampart "
             "raises a LoadBalancer to medium when it is open to any address (no "
             "loadBalancerSourceRanges nor the older service.beta.kubernetes.io/"
             "load-balancer-source-ranges annotation, or a range of 0.0.0.0/0 or ::/0) and no "
             "internal-load-balancer annotation; NodePort, internal and restricted load "
             "balancers stay low.",
    .bad = "kind: Service\nspec:\n  type: LoadBalancer\n  ports:\n    - port: 443",
    .good = "kind: Service\nspec:\n  type: LoadBalancer\n  loadBalancerSourceRanges:\n"
            "    - 203.0.113.0/24\n  ports:\n    - port: 443",
};

static const rp_rule r_ingress_tls = {
    .id = "RP-K8S-049",
    .name = "ingress-no-tls",
    .analyzer = "kubernetes",
    .severity = RP_SEV_LOW,
    .title = "Ingress serves hosts without TLS",
    .description =
        "An Ingress without spec.tls, or whose tls entries leave out a host that its rules "
        "serve, has the controller serve that host over plain HTTP: passwords, session cookies "
        "and tokens cross the network readable and modifiable by anyone on the path.",
    .remediation = "Add a tls entry covering every host of the rules, with the certificate in a "
                   "Secret (cert-manager can issue and renew it). When the load balancer "
                   "terminates TLS instead (AWS ALB certificate-arn, GKE pre-shared or managed "
                   "certificates, Azure Application Gateway), keep the annotation that says so: "
                   "rampart recognises it.\n\n"
                   "```yaml\n"
                   "spec:\n"
                   "  tls:\n"
                   "    - hosts: [shop.example.com]\n"
                   "      secretName: shop-tls\n"
                   "  rules:\n"
                   "    - host: shop.example.com\n"
                   "```",
    .refs = {"polaris:tlsSettingsMissing", NULL},
    .notes = "Polaris only checks that spec.tls is present, so `tls: []` and hosts left out of "
             "every tls entry pass; rampart reports both (a tls entry without hosts covers "
             "every host, *.example.com covers one label). Ingresses whose certificate is "
             "attached by annotation (alb.ingress.kubernetes.io/certificate-arn, HTTPS in "
             "alb.ingress.kubernetes.io/listen-ports, ingress.gcp.kubernetes.io/pre-shared-cert,"
             " networking.gke.io/managed-certificates, "
             "appgw.ingress.kubernetes.io/appgw-ssl-certificate) pass.",
    .bad = "kind: Ingress\nspec:\n  rules:\n    - host: shop.example.com",
    .good = "kind: Ingress\nspec:\n  tls:\n    - hosts: [shop.example.com]\n"
            "      secretName: shop-tls\n  rules:\n    - host: shop.example.com",
};

static const rp_rule r_configmap = {
    .id = "RP-K8S-050",
    .name = "configmap-secret",
    .analyzer = "kubernetes",
    .severity = RP_SEV_HIGH,
    .title = "Credential stored in a ConfigMap",
    .description =
        "ConfigMaps are for settings that are not secret: they are not encrypted at rest where "
        "Secrets are, every role that can read ConfigMaps sees them (the built-in view role "
        "included), kubectl describe prints them, and they are committed with the rest of the "
        "manifests. A password, token or private key kept in one is disclosed to all of those "
        "readers.",
    .remediation =
        "Move the value to a Secret (created from a secret store, or kept encrypted with Sealed "
        "Secrets or SOPS) and reference it from the pod; for a config file that embeds the "
        "password, mount the file from a Secret or have the application read the password from "
        "an environment variable or a file. Rotate the value that was exposed.\n\n"
        "```yaml\n"
        "env:\n"
        "  - name: DB_PASSWORD\n"
        "    valueFrom:\n"
        "      secretKeyRef: {name: db, key: password}\n"
        "```",
    .refs = {"AVD-KSV-01010", "AVD-KSV-0109", "polaris:sensitiveConfigmapContent", "C-0012", NULL},
    .notes = "Trivy KSV0109/KSV01010 match keys and lines by regex (password:, token:, key:, "
             "e-mail addresses, the words MD5 and SHA1) and Polaris matches key names alone, "
             "whatever the value: they fire on `secretName: db`, `PASSWORD_MIN_LENGTH: \"12\"` "
             "or empty defaults. rampart reports a key whose name says secret and whose value "
             "is a literal (not empty, a switch, a placeholder, a ${VAR}, a path for *_FILE "
             "names, a URL without password, a secret-store reference), or whose value holds a "
             "PEM private key, an AWS access key id, a URL with a password or a "
             "`password = literal` assignment of an embedded config file (properties, ini, "
             "YAML, JSON, .env). Personal data (KSV01010's e-mail and phone patterns) is not a "
             "credential and is not reported. Messages show at most 4 characters of a secret.",
    .bad = "kind: ConfigMap\ndata:\n  DB_PASSWORD: s3cr3t-Pa55w0rd",
    .good = "kind: ConfigMap\ndata:\n  LOG_LEVEL: info\n  DB_PASSWORD_FILE: /run/secrets/db",
};

static const rp_rule r_secret = {
    .id = "RP-K8S-051",
    .name = "secret-in-manifest",
    .analyzer = "kubernetes",
    .severity = RP_SEV_MEDIUM,
    .title = "Secret values committed in a manifest",
    .description =
        "A Secret's data is base64, an encoding and not encryption: whoever reads the "
        "manifest, its repository and history, a CI log or a rendered chart has the values. "
        "Once committed they stay in the history and must be rotated; the manifest should carry "
        "a reference to a secret store instead.",
    .remediation =
        "Keep only a reference in the repository and have the Secret created in the cluster: "
        "Sealed Secrets (a SealedSecret encrypted to the cluster's key), the External Secrets "
        "Operator (an ExternalSecret naming the entry of a vault), SOPS-encrypted files "
        "decrypted at deploy time, or `kubectl create secret` from CI variables. Rotate the "
        "values that were committed.\n\n"
        "```yaml\n"
        "apiVersion: external-secrets.io/v1beta1\n"
        "kind: ExternalSecret\n"
        "metadata: {name: db}\n"
        "spec:\n"
        "  secretStoreRef: {name: vault, kind: ClusterSecretStore}\n"
        "  target: {name: db}\n"
        "  data:\n"
        "    - secretKey: password\n"
        "      remoteRef: {key: prod/db, property: password}\n"
        "```",
    .refs = {"gitleaks:kubernetes-secret-yaml", NULL},
    .notes = "None of the manifest linters reports this: Trivy, kube-linter, kubesec and Polaris "
             "do not look at Secret objects, and Kubescape's C-0012 covers ConfigMaps and "
             "environment variables only. The secret scanner gitleaks does "
             "(kubernetes-secret-yaml: `kind: Secret` near `data:` with a base64 value of 10 "
             "characters or more); rampart also reads stringData and short values, and skips "
             "empty values and obvious placeholders (changeme, REPLACE_ME, <...>, ${VAR}, {{ }}, "
             "also after base64 decoding), values that are only public certificates (a "
             "webhook's ca.crt), and a kubernetes.io/service-account-token Secret without data, "
             "which the token controller fills.",
    .bad = "kind: Secret\ntype: Opaque\ndata:\n  password: aHVudGVyMg==",
    .good = "kind: ExternalSecret\nspec:\n  secretStoreRef: {name: vault, kind: "
            "ClusterSecretStore}\n  target: {name: db}",
};

static const rp_rule r_deprecated = {
    .id = "RP-K8S-052",
    .name = "deprecated-api",
    .analyzer = "kubernetes",
    .severity = RP_SEV_LOW,
    .title = "API version removed from Kubernetes",
    .description =
        "The object uses an API version that current Kubernetes releases no longer serve: "
        "`kubectl apply` fails with \"no matches for kind\", Helm upgrades of a release holding "
        "it break, and the cluster cannot be upgraded past that release without breaking the "
        "deployment. Such manifests also tend to rely on old defaults (extensions/v1beta1 "
        "Deployments had no required selector; PodSecurityPolicy no longer exists at all).",
    .remediation =
        "Move to the apiVersion named in the message and adapt the fields that changed: apps/v1 "
        "requires spec.selector; networking.k8s.io/v1 Ingress needs pathType and "
        "backend.service.name/port; PodSecurityPolicy has no replacement API, label the "
        "namespaces for Pod Security Admission instead. The kubectl convert plugin rewrites "
        "most objects.\n\n"
        "```yaml\n"
        "apiVersion: apps/v1\n"
        "kind: Deployment\n"
        "spec:\n"
        "  selector:\n"
        "    matchLabels: {app: web}\n"
        "```",
    .refs = {"AVD-KSV-0107", "kube-linter:no-extensions-v1beta", NULL},
    .notes = "kube-linter's no-extensions-v1beta covers extensions/v1beta1 only, and Trivy "
             "KSV107 keeps its own table. rampart reports every API version removed up to "
             "Kubernetes 1.32, with the release that stopped serving it and the replacement; "
             "group versions removed as a whole (extensions/v1beta1, apps/v1beta1, "
             "apps/v1beta2, rbac.authorization.k8s.io/v1beta1 and v1alpha1) are reported "
             "whatever the kind.",
    .bad = "apiVersion: extensions/v1beta1\nkind: Deployment",
    .good = "apiVersion: apps/v1\nkind: Deployment",
};

static const rp_rule r_tiller = {
    .id = "RP-K8S-053",
    .name = "tiller",
    .analyzer = "kubernetes",
    .severity = RP_SEV_CRITICAL,
    .title = "Helm v2 Tiller deployed",
    .description =
        "Tiller, the in-cluster half of Helm v2, usually runs with cluster-admin rights and by "
        "default serves an unauthenticated gRPC API on port 44134: any pod that can reach it "
        "can install a chart that does anything, such as a privileged DaemonSet on every node. "
        "Helm v2 has been out of support since 2020 and gets no security fixes.",
    .remediation = "Migrate the releases to Helm 3 (`helm 2to3 convert`), which has no "
                   "in-cluster component, then delete Tiller's Deployment, Service and "
                   "ServiceAccount binding. Until then, make Tiller listen on localhost only "
                   "(`--listen=localhost:44134`), enable its TLS, and bind its ServiceAccount "
                   "to a namespace-scoped Role.",
    .refs = {"AVD-KSV-0102", NULL},
    .notes = "Trivy KSV102 fires when an image or the object's name contains `tiller` anywhere, "
             "or on the labels app=helm or name=tiller. rampart matches `tiller` as a word of "
             "the image repository or the object name (`distiller` does not fire) and the same "
             "labels on the object or its pod template.",
    .bad = "kind: Deployment\nmetadata:\n  name: tiller-deploy\n  labels: {app: helm, name: "
           "tiller}\nspec:\n  template:\n    spec:\n      containers:\n        - name: tiller\n"
           "          image: gcr.io/kubernetes-helm/tiller:v2.16.12",
    .good = NULL,
};

static const rp_rule r_dangling = {
    .id = "RP-K8S-060",
    .name = "dangling-service",
    .analyzer = "kubernetes",
    .severity = RP_SEV_LOW,
    .title = "Service selects no pod of the manifests",
    .description =
        "The Service's selector matches the pod template labels of no workload of its "
        "namespace among the scanned manifests: it has no endpoints and its clients get "
        "connection errors. The stale or misspelt label behind it often hides the same mistake "
        "in a NetworkPolicy, and a pod that later copies the labels (a debug pod) silently "
        "receives the traffic.",
    .remediation = "Make spec.selector a subset of the pod template labels "
                   "(spec.template.metadata.labels) of the workload the Service fronts, in the "
                   "same namespace.\n\n"
                   "```yaml\n"
                   "kind: Service\n"
                   "spec:\n"
                   "  selector: {app: web}\n"
                   "---\n"
                   "kind: Deployment\n"
                   "spec:\n"
                   "  template:\n"
                   "    metadata:\n"
                   "      labels: {app: web, tier: frontend}\n"
                   "```",
    .refs = {"kube-linter:dangling-service", NULL},
    .notes = "kube-linter also fires on Services without a selector (made on purpose for "
             "hand-written Endpoints or EndpointSlices) and whatever else the input holds; "
             "rampart reports only when the input has a workload controller (Deployment, "
             "StatefulSet, DaemonSet, Job, CronJob, ReplicaSet, or a custom kind such as an Argo "
             "Rollout or a Knative Service with the usual spec.template layout) in the "
             "Service's namespace: otherwise its pods are deployed from elsewhere, and bare Pods "
             "alone (kube-system's static pods) do not say otherwise. Bare Pods still count as "
             "matches. A selector value that names a custom resource of the namespace describing "
             "pods (a Prometheus or a Kafka cluster with spec.replicas, image or version) means "
             "an operator's pods, which no manifest holds: not reported. Namespaces are compared "
             "after defaulting (kube-linter treats an omitted namespace and `default` as "
             "different).",
    .bad = "kind: Service\nspec:\n  selector: {app: web}\n---\nkind: Deployment\nspec:\n"
           "  template:\n    metadata:\n      labels: {app: website}",
    .good = "kind: Service\nspec:\n  selector: {app: web}\n---\nkind: Deployment\nspec:\n"
            "  template:\n    metadata:\n      labels: {app: web}",
};

static const rp_rule *const rules[] = {&r_external_ip, &r_exposed,  &r_ingress_tls,
                                       &r_configmap,   &r_secret,   &r_deprecated,
                                       &r_tiller,      &r_dangling, NULL};

/* ---- helpers ------------------------------------------------------------------------------ */

/* The key node of key in map (a finding's location), or NULL. */
static const rp_node *
key_node(const rp_node *map, const char *key)
{
    for (size_t i = 0; map && map->type == RP_NODE_MAP && i < map->n; i++)
        if (strcmp(map->pairs[i].key->text, key) == 0)
            return map->pairs[i].key;
    return NULL;
}

static const rp_node *
map_get(const rp_node *map, const char *key)
{
    const rp_node *n = rp_node_get(map, key);

    return n && n->type == RP_NODE_MAP ? n : NULL;
}

static const rp_node *
seq_get(const rp_node *map, const char *key)
{
    const rp_node *n = rp_node_get(map, key);

    return n && n->type == RP_NODE_SEQ ? n : NULL;
}

static const char *
str_get(const rp_node *map, const char *key)
{
    const rp_node *n = rp_node_get(map, key);

    return n && n->type == RP_NODE_STRING ? n->text : NULL;
}

/* The first node of the list that exists, for a location. */
static const rp_node *
first_of(const rp_node *a, const rp_node *b, const rp_node *c)
{
    return a ? a : b ? b : c;
}

/* A comma-separated list for messages, capped: "a, b, c and 4 more". */
typedef struct list {
    char buf[400];
    size_t len;
    size_t count, shown;
} list;

static void
list_addn(list *l, const char *s, size_t n)
{
    size_t sep = l->shown ? 2 : 0;

    l->count++;
    if (n > 80)
        n = 80;
    if (l->len + sep + n + 1 >= sizeof(l->buf) - 24)
        return;
    memcpy(l->buf + l->len, ", ", sep);
    memcpy(l->buf + l->len + sep, s, n);
    l->len += sep + n;
    l->buf[l->len] = '\0';
    l->shown++;
}

/* True when s is one of the items shown. */
static bool
list_has(const list *l, const char *s)
{
    size_t n = strlen(s);

    for (const char *p = l->buf; l->len && p < l->buf + l->len;) {
        size_t k = strcspn(p, ",");
        if (k == n && memcmp(p, s, n) == 0)
            return true;
        p += k;
        p += *p == ',' ? 2 : 0;
    }
    return false;
}

static void
list_add(list *l, const char *s)
{
    list_addn(l, s, strlen(s));
}

/* The list as text; valid until the next add. */
static const char *
list_str(list *l)
{
    if (l->count > l->shown)
        snprintf(l->buf + l->len, sizeof(l->buf) - l->len, " and %zu more", l->count - l->shown);
    else
        l->buf[l->len] = '\0';
    return l->buf;
}

static bool
api_group_is(const rp_k8s_object *o, const char *group)
{
    size_t n = strlen(group);

    return strncmp(o->api_version, group, n) == 0 && o->api_version[n] == '/';
}

/* ---- RP-K8S-047, RP-K8S-048: Services ----------------------------------------------------- */

static bool
ipv4_literal(const char *h)
{
    int parts = 0, digits = 0;

    for (; *h; h++) {
        if (isdigit((unsigned char)*h) && digits < 3) {
            digits++;
        } else if (*h == '.' && digits) {
            parts++;
            digits = 0;
        } else {
            return false;
        }
    }
    return digits && parts == 3;
}

/* Why an ExternalName target reaches inside the cluster or the node, or NULL. */
static const char *
external_name_risk(const char *name)
{
    static const char *const metadata[] = {"metadata.google.internal", "metadata",
                                           "instance-data.ec2.internal", NULL};
    char h[256];
    size_t n = 0;

    for (; name[n] && n + 1 < sizeof(h); n++)
        h[n] = (char)tolower((unsigned char)name[n]);
    while (n && h[n - 1] == '.')
        n--;
    h[n] = '\0';
    if (!n)
        return NULL;
    if (ipv4_literal(h) || strchr(h, ':'))
        return "an IP address: whatever routes to this Service connects to it from its own "
               "network position (node-local ports, the metadata service, other tenants)";
    if (strcmp(h, "localhost") == 0 || rp__str_ends(h, ".localhost"))
        return "the loopback interface of whatever resolves it: an ingress controller routing "
               "here reaches its own status and admin ports";
    if (strcmp(h, "kubernetes") == 0 || strcmp(h, "kubernetes.default") == 0 ||
        rp__str_starts(h, "kubernetes.default."))
        return "the Kubernetes API server, reached with the credentials and network position of "
               "the proxy that follows the alias";
    if (rp__str_in(h, metadata))
        return "the cloud metadata service, which hands out the node's credentials";
    if (rp__str_ends(h, ".svc") || rp__str_ends(h, ".svc.cluster.local") ||
        rp__str_ends(h, ".cluster.local"))
        return "a name inside the cluster: an ingress controller or gateway routing here "
               "crosses into another namespace past its NetworkPolicies";
    return NULL;
}

static void
check_external(rp__k8s_check *c, const rp_k8s_object *o, const rp_node *spec, const char *type)
{
    const rp_node *ips = seq_get(spec, "externalIPs");
    const char *name, *why;
    list l = {0};

    for (size_t i = 0; ips && i < ips->n; i++)
        if (rp_node_str(ips->items[i]))
            list_add(&l, ips->items[i]->text);
    if (l.count)
        rp__k8s_report(c, &r_external_ip, o, key_node(spec, "externalIPs"), "spec.externalIPs",
                       "%s sets spec.externalIPs (%s): kube-proxy on every node sends "
                       "the traffic for those addresses to this Service, whoever it was meant "
                       "for (CVE-2020-8554)",
                       o->id, list_str(&l));
    if (!type || strcmp(type, "ExternalName") != 0 || !(name = str_get(spec, "externalName")))
        return;
    if ((why = external_name_risk(name)))
        rp__k8s_report(c, &r_external_ip, o, key_node(spec, "externalName"), "spec.externalName",
                       "%s is an ExternalName alias of \"%.200s\", %s (CVE-2021-25740)", o->id,
                       name, why);
}

/* Annotations that make a cloud load balancer internal. */
static bool
internal_lb(const rp_k8s_object *o)
{
    static const struct {
        const char *key, *value; /* value NULL: any value but false */
    } marks[] = {
        {"service.beta.kubernetes.io/aws-load-balancer-internal", NULL},
        {"service.beta.kubernetes.io/aws-load-balancer-scheme", "internal"},
        {"networking.gke.io/load-balancer-type", "Internal"},
        {"cloud.google.com/load-balancer-type", "Internal"},
        {"service.beta.kubernetes.io/azure-load-balancer-internal", "true"},
        {"service.beta.kubernetes.io/oci-load-balancer-internal", "true"},
        {"service.beta.kubernetes.io/openstack-internal-load-balancer", "true"},
        {"service.kubernetes.io/ibm-load-balancer-cloud-provider-ip-type", "private"},
    };

    for (size_t i = 0; i < RP_COUNTOF(marks); i++) {
        const char *v = rp_k8s_annotation(o, marks[i].key);
        if (v &&
            (marks[i].value ? rp__str_eq_ci(v, marks[i].value) : *v && !rp__str_eq_ci(v, "false")))
            return true;
    }
    return false;
}

/* The source ranges of a LoadBalancer, in l; false when it accepts any address. */
static bool
lb_restricted(const rp_k8s_object *o, const rp_node *spec, list *l)
{
    const rp_node *ranges = seq_get(spec, "loadBalancerSourceRanges");
    const char *ann =
        rp_k8s_annotation(o, "service.beta.kubernetes.io/load-balancer-source-ranges");
    bool open = false;

    for (size_t i = 0; ranges && i < ranges->n; i++) {
        const char *r = rp_node_str(ranges->items[i]);
        if (!r)
            continue;
        open = open || strcmp(r, "0.0.0.0/0") == 0 || strcmp(r, "::/0") == 0;
        list_add(l, r);
    }
    if (!l->count && ann && *ann) {
        open = strstr(ann, "0.0.0.0/0") || strstr(ann, "::/0");
        list_add(l, ann);
    }
    return l->count && !open;
}

/* The ports of a Service in l: nodePort values (node) or port values. */
static void
service_ports(list *l, const rp_node *spec, bool node)
{
    const rp_node *ports = seq_get(spec, "ports");

    for (size_t i = 0; ports && i < ports->n; i++) {
        const char *p = rp_node_str(rp_node_get(ports->items[i], node ? "nodePort" : "port"));
        if (p)
            list_add(l, p);
    }
}

static void
check_exposed(rp__k8s_check *c, const rp_k8s_object *o, const rp_node *spec, const char *type)
{
    const rp_node *at = key_node(spec, "type");
    list pl = {0}, rl = {0};

    if (strcmp(type, "NodePort") == 0) {
        service_ports(&pl, spec, true);
        rp__k8s_report(c, &r_exposed, o, at, "spec.type",
                       "%s is type NodePort: every node accepts connections on %s %s on all its "
                       "addresses, beside any ingress and its TLS",
                       o->id, pl.count ? "port" : "an allocated port",
                       pl.count ? list_str(&pl) : "(30000-32767)");
        return;
    }
    if (strcmp(type, "LoadBalancer") != 0)
        return;
    service_ports(&pl, spec, false);
    if (internal_lb(o))
        rp__k8s_report(c, &r_exposed, o, at, "spec.type",
                       "%s is type LoadBalancer (internal): the load balancer and every node's "
                       "port for it are reachable from the private network",
                       o->id);
    else if (lb_restricted(o, spec, &rl))
        rp__k8s_report(c, &r_exposed, o, at, "spec.type",
                       "%s is type LoadBalancer, restricted to %s: its node ports stay open on "
                       "every node",
                       o->id, list_str(&rl));
    else
        rp__k8s_report_sev(c, &r_exposed, RP_SEV_MEDIUM, o, at, "spec.type",
                           "%s is type LoadBalancer %s: the cloud load balancer accepts "
                           "connections from any address on the internet%s%s",
                           o->id,
                           rl.count ? "open to every source" : "without loadBalancerSourceRanges",
                           pl.count ? " to port " : "", pl.count ? list_str(&pl) : "");
}

static void
check_service(rp__k8s_check *c, const rp_k8s_object *o)
{
    const rp_node *spec = map_get(o->node, "spec");
    const char *type = str_get(spec, "type");

    if (!spec)
        return;
    if (rp__k8s_on(c, &r_external_ip))
        check_external(c, o, spec, type);
    if (type && rp__k8s_on(c, &r_exposed))
        check_exposed(c, o, spec, type);
}

/* ---- RP-K8S-049: Ingress TLS -------------------------------------------------------------- */

/* A certificate attached by the cloud load balancer's annotations. */
static bool
tls_by_annotation(const rp_k8s_object *o)
{
    static const char *const certs[] = {"alb.ingress.kubernetes.io/certificate-arn",
                                        "ingress.gcp.kubernetes.io/pre-shared-cert",
                                        "networking.gke.io/managed-certificates",
                                        "appgw.ingress.kubernetes.io/appgw-ssl-certificate", NULL};
    const char *ports = rp_k8s_annotation(o, "alb.ingress.kubernetes.io/listen-ports");

    for (size_t i = 0; certs[i]; i++) {
        const char *v = rp_k8s_annotation(o, certs[i]);
        if (v && *v)
            return true;
    }
    return ports && strstr(ports, "HTTPS");
}

/* True when a tls host ("*.example.com" or a name) covers host. */
static bool
tls_host_covers(const char *tls, const char *host)
{
    const char *dot;

    if (rp__str_eq_ci(tls, host))
        return true;
    return tls[0] == '*' && tls[1] == '.' && (dot = strchr(host, '.')) && dot != host &&
           rp__str_eq_ci(tls + 2, dot + 1);
}

/* True when some tls entry covers host (NULL: a rule without host). */
static bool
tls_covers(const rp_node *tls, const char *host)
{
    for (size_t i = 0; i < tls->n; i++) {
        const rp_node *hosts = seq_get(tls->items[i], "hosts");
        if (tls->items[i]->type != RP_NODE_MAP)
            continue;
        if (!hosts || !hosts->n)
            return true; /* the controller's default certificate, for every host */
        for (size_t k = 0; host && k < hosts->n; k++)
            if (rp_node_str(hosts->items[k]) && tls_host_covers(hosts->items[k]->text, host))
                return true;
    }
    return false;
}

/* The hosts of the rules that tls (may be NULL) does not cover, in l. */
static void
uncovered_hosts(const rp_node *spec, const rp_node *tls, list *l)
{
    const rp_node *rs = seq_get(spec, "rules");
    bool anyhost = false;

    /* rules x tls hosts: bounded for hostile objects; real Ingresses have a few dozen rules */
    for (size_t i = 0; rs && i < rs->n && i < 1024; i++) {
        const char *h = str_get(rs->items[i], "host");
        if (h && !*h)
            h = NULL;
        if (tls && tls_covers(tls, h))
            continue;
        if (!h) {
            anyhost = true;
            continue;
        }
        /* rules repeat hosts; lists stay short */
        if (!list_has(l, h))
            list_add(l, h);
    }
    if (anyhost || (!rs && !tls))
        list_add(l, "any host (rules without host or the default backend)");
}

static void
check_ingress(rp__k8s_check *c, const rp_k8s_object *o)
{
    const rp_node *spec = map_get(o->node, "spec"), *tls;
    list l = {0};

    if (!rp__k8s_on(c, &r_ingress_tls) || !spec || tls_by_annotation(o))
        return;
    tls = seq_get(spec, "tls");
    if (tls && !tls->n)
        tls = NULL;
    uncovered_hosts(spec, tls, &l);
    if (!tls)
        rp__k8s_report(
            c, &r_ingress_tls, o, first_of(key_node(spec, "tls"), key_node(o->node, "spec"), NULL),
            "spec.tls", "%s has %s spec.tls: %s %s served over plain HTTP", o->id,
            key_node(spec, "tls") ? "an empty" : "no", list_str(&l), l.count > 1 ? "are" : "is");
    else if (l.count)
        rp__k8s_report(c, &r_ingress_tls, o, key_node(spec, "tls"), "spec.tls",
                       "%s: spec.tls does not cover %s, served over plain HTTP", o->id,
                       list_str(&l));
}

/* ---- RP-K8S-050: ConfigMap credentials ------------------------------------------------------ */

/* A key that names a file ("nginx.conf"): its value is judged by content, not by name. */
static bool
file_key(const char *key)
{
    static const char *const exts[] = {
        "conf", "cfg", "cnf",  "ini", "yaml", "yml", "json", "properties", "props", "xml", "toml",
        "env",  "txt", "sh",   "py",  "js",   "lua", "tpl",  "tmpl",       "rules", "sql", "config",
        "pem",  "crt", "cert", "key", "html", "csv", "hcl",  "tf",         "rb",    "php", NULL};
    const char *dot = strrchr(key, '.');
    char ext[16];
    size_t n;

    if (!dot || (n = strlen(dot + 1)) == 0 || n >= sizeof(ext))
        return false;
    for (size_t i = 0; i <= n; i++)
        ext[i] = (char)tolower((unsigned char)dot[1 + i]);
    return rp__str_in(ext, exts);
}

static bool
one_line(const char *p, size_t n)
{
    while (n && isspace((unsigned char)p[n - 1]))
        n--;
    return !memchr(p, '\n', n);
}

static void
configmap_value(rp__k8s_check *c, const rp_k8s_object *o, const rp_pair *kv, const char *field)
{
    const char *key = kv->key->text, *v = kv->value->text;
    size_t n = kv->value->len, klen = strlen(key);
    rp__k8s_cred cred;
    char red[16], where[48] = "";
    bool known;

    if (rp__k8s_find_cred(&cred, v, n)) {
        if (cred.line > 1)
            snprintf(where, sizeof(where), " on line %u of the value", cred.line);
        rp__k8s_report(c, &r_configmap, o, kv->key, field,
                       "%s key \"%.100s\" holds %s%s: ConfigMaps are neither encrypted "
                       "nor access-restricted like Secrets",
                       o->id, key, cred.what, where);
        return;
    }
    if (file_key(key) || !one_line(v, n) || !rp__k8s_secret_key(key, klen, &known) ||
        rp__k8s_secret_value_exempt(key, klen, known, v, n))
        return;
    while (n && isspace((unsigned char)*v)) {
        v++;
        n--;
    }
    rp__k8s_redact(red, sizeof(red), v, n);
    rp__k8s_report(c, &r_configmap, o, kv->key, field,
                   "%s key \"%.100s\" has a secret's name and a literal value (%s): "
                   "ConfigMaps are neither encrypted nor access-restricted like Secrets",
                   o->id, key, red);
}

/* binaryData: keystores by name, PEM private keys by content. */
static void
configmap_binary(rp__k8s_check *c, const rp_k8s_object *o, const rp_pair *kv, const char *field)
{
    const char *key = kv->key->text;
    char low[128];
    unsigned char stackbuf[8192], *buf = stackbuf;
    size_t n = 0, cap = sizeof(stackbuf), want = kv->value->len / 4 * 3 + 3;
    bool ok, hit;

    for (; key[n] && n + 1 < sizeof(low); n++)
        low[n] = (char)tolower((unsigned char)key[n]);
    low[n] = '\0';
    /* truststores hold public certificates only */
    if ((rp__str_ends(low, ".p12") || rp__str_ends(low, ".pfx") || strstr(low, "keystore")) &&
        !strstr(low, "trust")) {
        rp__k8s_report(c, &r_configmap, o, kv->key, field,
                       "%s binary key \"%.100s\" holds a PKCS#12 or Java keystore, "
                       "which carries private keys",
                       o->id, key);
        return;
    }
    if (want > cap && want <= (8u << 20) && (buf = malloc(want)))
        cap = want;
    if (!buf) {
        buf = stackbuf;
        cap = sizeof(stackbuf);
    }
    n = rp__k8s_b64_decode(buf, cap, kv->value->text, kv->value->len, &ok);
    hit = rp__k8s_has_private_key((const char *)buf, n < cap ? n : cap);
    if (buf != stackbuf)
        free(buf);
    if (hit)
        rp__k8s_report(c, &r_configmap, o, kv->key, field,
                       "%s binary key \"%.100s\" holds a PEM private key", o->id, key);
}

static void
check_configmap(rp__k8s_check *c, const rp_k8s_object *o)
{
    static const char *const lists[] = {"data", "binaryData"};
    char field[512];

    if (!rp__k8s_on(c, &r_configmap))
        return;
    for (size_t l = 0; l < RP_COUNTOF(lists); l++) {
        const rp_node *m = map_get(o->node, lists[l]);
        for (size_t i = 0; m && i < m->n; i++) {
            const rp_pair *kv = &m->pairs[i];
            if (!rp_node_str(kv->value))
                continue;
            snprintf(field, sizeof(field), "%s.%s", lists[l], kv->key->text);
            if (l == 0)
                configmap_value(c, o, kv, field);
            else
                configmap_binary(c, o, kv, field);
        }
    }
}

/* ---- RP-K8S-051: Secrets in manifests ------------------------------------------------------ */

static bool
contains(const char *p, size_t n, const char *s)
{
    size_t k = strlen(s);

    for (size_t i = 0; i + k <= n; i++)
        if (p[i] == s[0] && memcmp(p + i, s, k) == 0)
            return true;
    return false;
}

/* Public certificates only (a CA bundle): nothing secret. */
static bool
public_only(const char *p, size_t n)
{
    return contains(p, n, "-----BEGIN CERTIFICATE-----") && !contains(p, n, "PRIVATE KEY");
}

/* True when a Secret value holds something: not empty, not a placeholder, not a public
 * certificate. b64 for data (decoded first), false for stringData. */
static bool
secret_value_real(const rp_node *v, bool b64)
{
    unsigned char stackbuf[4096], *buf = stackbuf;
    size_t n, cap = sizeof(stackbuf), want;
    bool ok, real;

    if (!rp_node_str(v) || rp__k8s_placeholder(v->text, v->len))
        return false;
    if (!b64)
        return !public_only(v->text, v->len);
    want = v->len / 4 * 3 + 3;
    if (want > cap && want <= (8u << 20) && (buf = malloc(want)))
        cap = want;
    if (!buf) {
        buf = stackbuf;
        cap = sizeof(stackbuf);
    }
    n = rp__k8s_b64_decode(buf, cap, v->text, v->len, &ok);
    if (n > cap)
        n = cap;
    /* not base64: the API server refuses it, but the text is in the repository all the same */
    real =
        !ok || (!rp__k8s_placeholder((const char *)buf, n) && !public_only((const char *)buf, n));
    if (buf != stackbuf)
        free(buf);
    return real;
}

static void
secret_keys(list *l, const rp_node *m, const char *prefix, bool b64)
{
    char name[160];

    for (size_t i = 0; m && i < m->n; i++) {
        if (!secret_value_real(m->pairs[i].value, b64))
            continue;
        snprintf(name, sizeof(name), "%s.%.120s", prefix, m->pairs[i].key->text);
        list_add(l, name);
    }
}

static void
check_secret(rp__k8s_check *c, const rp_k8s_object *o)
{
    const rp_node *data = map_get(o->node, "data"), *sdata = map_get(o->node, "stringData");
    const char *type = str_get(o->node, "type");
    list l = {0};
    size_t nd;

    if (!rp__k8s_on(c, &r_secret))
        return;
    secret_keys(&l, data, "data", true);
    nd = l.count;
    secret_keys(&l, sdata, "stringData", false);
    if (!l.count)
        return;
    rp__k8s_report(c, &r_secret, o, key_node(o->node, nd ? "data" : "stringData"),
                   nd ? "data" : "stringData",
                   "%s%s%s%s commits %zu value%s to the manifest (%s): %s, anyone who reads "
                   "the file or its history has them",
                   o->id, type ? " (type " : "", type ? type : "", type ? ")" : "", l.count,
                   l.count > 1 ? "s" : "", list_str(&l),
                   nd ? "base64 is an encoding, not encryption" : "stringData is plain text");
}

/* ---- RP-K8S-052: removed API versions ------------------------------------------------------- */

static const struct {
    const char *api;
    const char *kind; /* NULL: every kind of the group version */
    const char *removed;
    const char *use; /* the replacement apiVersion ("group/version"), or advice */
} removed_apis[] = {
    {"extensions/v1beta1", "Deployment", "1.16", "apps/v1"},
    {"extensions/v1beta1", "DaemonSet", "1.16", "apps/v1"},
    {"extensions/v1beta1", "ReplicaSet", "1.16", "apps/v1"},
    {"extensions/v1beta1", "NetworkPolicy", "1.16", "networking.k8s.io/v1"},
    {"extensions/v1beta1", "PodSecurityPolicy", "1.16",
     "PodSecurityPolicy itself was removed in 1.25 without a replacement API: label the "
     "namespaces for Pod Security Admission instead"},
    {"extensions/v1beta1", "Ingress", "1.22", "networking.k8s.io/v1"},
    {"extensions/v1beta1", NULL, "1.22", "move it to the current API group of its kind"},
    {"apps/v1beta1", NULL, "1.16", "apps/v1"},
    {"apps/v1beta2", NULL, "1.16", "apps/v1"},
    {"policy/v1beta1", "PodSecurityPolicy", "1.25",
     "PodSecurityPolicy has no replacement API: label the namespaces for Pod Security "
     "Admission instead"},
    {"policy/v1beta1", "PodDisruptionBudget", "1.25", "policy/v1"},
    {"batch/v1beta1", "CronJob", "1.25", "batch/v1"},
    {"batch/v2alpha1", "CronJob", "1.21", "batch/v1"},
    {"networking.k8s.io/v1beta1", "Ingress", "1.22", "networking.k8s.io/v1"},
    {"networking.k8s.io/v1beta1", "IngressClass", "1.22", "networking.k8s.io/v1"},
    {"rbac.authorization.k8s.io/v1beta1", NULL, "1.22", "rbac.authorization.k8s.io/v1"},
    {"rbac.authorization.k8s.io/v1alpha1", NULL, "1.22", "rbac.authorization.k8s.io/v1"},
    {"autoscaling/v2beta1", "HorizontalPodAutoscaler", "1.25", "autoscaling/v2"},
    {"autoscaling/v2beta2", "HorizontalPodAutoscaler", "1.26", "autoscaling/v2"},
    {"apiextensions.k8s.io/v1beta1", "CustomResourceDefinition", "1.22", "apiextensions.k8s.io/v1"},
    {"admissionregistration.k8s.io/v1beta1", "MutatingWebhookConfiguration", "1.22",
     "admissionregistration.k8s.io/v1"},
    {"admissionregistration.k8s.io/v1beta1", "ValidatingWebhookConfiguration", "1.22",
     "admissionregistration.k8s.io/v1"},
    {"apiregistration.k8s.io/v1beta1", "APIService", "1.22", "apiregistration.k8s.io/v1"},
    {"certificates.k8s.io/v1beta1", "CertificateSigningRequest", "1.22", "certificates.k8s.io/v1"},
    {"storage.k8s.io/v1beta1", "CSIDriver", "1.22", "storage.k8s.io/v1"},
    {"storage.k8s.io/v1beta1", "CSINode", "1.22", "storage.k8s.io/v1"},
    {"storage.k8s.io/v1beta1", "StorageClass", "1.22", "storage.k8s.io/v1"},
    {"storage.k8s.io/v1beta1", "VolumeAttachment", "1.22", "storage.k8s.io/v1"},
    {"storage.k8s.io/v1beta1", "CSIStorageCapacity", "1.27", "storage.k8s.io/v1"},
    {"scheduling.k8s.io/v1beta1", "PriorityClass", "1.22", "scheduling.k8s.io/v1"},
    {"coordination.k8s.io/v1beta1", "Lease", "1.22", "coordination.k8s.io/v1"},
    {"discovery.k8s.io/v1beta1", "EndpointSlice", "1.25", "discovery.k8s.io/v1"},
    {"events.k8s.io/v1beta1", "Event", "1.25", "events.k8s.io/v1"},
    {"flowcontrol.apiserver.k8s.io/v1beta1", NULL, "1.26", "flowcontrol.apiserver.k8s.io/v1"},
    {"flowcontrol.apiserver.k8s.io/v1beta2", NULL, "1.29", "flowcontrol.apiserver.k8s.io/v1"},
    {"flowcontrol.apiserver.k8s.io/v1beta3", NULL, "1.32", "flowcontrol.apiserver.k8s.io/v1"},
    {"node.k8s.io/v1beta1", "RuntimeClass", "1.25", "node.k8s.io/v1"},
};

static void
check_deprecated(rp__k8s_check *c, const rp_k8s_object *o)
{
    const char *api = o->api_version;

    if (!strstr(api, "beta") && !strstr(api, "alpha"))
        return; /* every removed version is a beta or an alpha: the common case is quick */
    if (!rp__k8s_on(c, &r_deprecated))
        return;
    for (size_t i = 0; i < RP_COUNTOF(removed_apis); i++) {
        if (strcmp(api, removed_apis[i].api) != 0 ||
            (removed_apis[i].kind && strcmp(o->kind, removed_apis[i].kind) != 0))
            continue;
        rp__k8s_report(c, &r_deprecated, o, key_node(o->node, "apiVersion"), "apiVersion",
                       "%s uses apiVersion %s, which Kubernetes %s stopped serving: %s%s", o->id,
                       api, removed_apis[i].removed, strchr(removed_apis[i].use, '/') ? "use " : "",
                       removed_apis[i].use);
        return;
    }
}

/* ---- RP-K8S-053: Tiller ------------------------------------------------------------------- */

/* True when s holds the word "tiller" ("gcr.io/kubernetes-helm/tiller:v2", "tiller-deploy"),
 * not a longer word ("distiller"). */
static bool
tiller_word(const char *s)
{
    size_t n = strlen(s);

    for (size_t i = 0; i + 6 <= n; i++) {
        bool w = true;
        for (size_t k = 0; k < 6 && w; k++)
            w = tolower((unsigned char)s[i + k]) == "tiller"[k];
        if (w && (i == 0 || strchr("/-_.", s[i - 1])) && (i + 6 == n || strchr("-_.:/@", s[i + 6])))
            return true;
    }
    return false;
}

/* Tiller's labels (app=helm, name=tiller) in a labels map: the key node, or NULL. */
static const rp_node *
tiller_label(const rp_node *labels, const char **which)
{
    const char *app = rp_node_get_str(labels, "app", NULL);
    const char *name = rp_node_get_str(labels, "name", NULL);

    if (app && strcmp(app, "helm") == 0) {
        *which = "app=helm";
        return key_node(labels, "app");
    }
    if (name && strcmp(name, "tiller") == 0) {
        *which = "name=tiller";
        return key_node(labels, "name");
    }
    return NULL;
}

static void
check_tiller(rp__k8s_check *c, const rp_k8s_object *o, const rp_k8s_workload *w)
{
    char field[512];
    const char *which = NULL;
    const rp_node *at;
    size_t n;

    if (!rp__k8s_on(c, &r_tiller))
        return;
    for (size_t i = 0; i < w->ncontainers; i++) {
        const rp_k8s_container *k = &w->containers[i];
        const char *img = rp_node_get_str(k->node, "image", NULL);
        if (!img || !tiller_word(img))
            continue;
        snprintf(field, sizeof(field), "%s.image", k->field);
        rp__k8s_report(c, &r_tiller, o, key_node(k->node, "image"), field,
                       "%s \"%s\" of %s runs the Helm v2 Tiller image %.200s",
                       rp__k8s_ctype_name(k->type), k->name, o->id, img);
        return;
    }
    if ((at = tiller_label(o->labels, &which))) {
        snprintf(field, sizeof(field), "metadata.labels.%s", which[0] == 'a' ? "app" : "name");
    } else if ((at = tiller_label(w->pod_labels, &which))) {
        /* the pod template's metadata sits beside its spec: "spec.template.metadata" */
        n = strlen(w->spec_field) - 4;
        snprintf(field, sizeof(field), "%.*smetadata.labels.%s", (int)n, w->spec_field,
                 which[0] == 'a' ? "app" : "name");
    } else if (tiller_word(o->name)) {
        at = key_node(o->metadata, "name");
        snprintf(field, sizeof(field), "metadata.name");
        which = NULL;
    } else {
        return;
    }
    if (which)
        rp__k8s_report(c, &r_tiller, o, at, field,
                       "%s carries Tiller's label %s: a Helm v2 Tiller deployment", o->id, which);
    else
        rp__k8s_report(c, &r_tiller, o, at, field,
                       "%s is named like Helm v2's Tiller (%s): a Tiller deployment", o->id,
                       o->name);
}

/* ---- RP-K8S-060: Services that select no pod ----------------------------------------------- */

/* One label of one pod template. */
typedef struct label_pair {
    const char *ns, *key, *val;
    const rp_node *labels; /* all the labels of that pod template */
} label_pair;

static int
cmp_pair(const void *pa, const void *pb)
{
    const label_pair *a = pa, *b = pb;
    int r = strcmp(a->ns, b->ns);

    if (!r)
        r = strcmp(a->key, b->key);
    return r ? r : strcmp(a->val, b->val);
}

static int
cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The first element of a sorted array not less than key (upper: greater than key). */
static size_t
bound(const void *base, size_t n, size_t size, const void *key,
      int (*cmp)(const void *, const void *), bool upper)
{
    size_t lo = 0, hi = n;

    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int r = cmp((const char *)base + mid * size, key);
        if (r < 0 || (upper && r == 0))
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* The pod template labels of o; *carrier when o has a pod template at all: an indexed
 * workload, or a custom kind (Rollout, Knative Service) with spec.template.spec.containers. */
static const rp_node *
template_labels(const rp__k8s_check *c, const rp_k8s_object *o, bool *carrier)
{
    const rp_k8s_workload *w = rp__k8s_workload(c, o);
    const rp_node *t;

    *carrier = w != NULL;
    if (w)
        return w->pod_labels;
    t = map_get(map_get(o->node, "spec"), "template");
    *carrier = seq_get(map_get(t, "spec"), "containers") != NULL;
    return *carrier ? map_get(map_get(t, "metadata"), "labels") : NULL;
}

typedef struct pod_labels {
    label_pair *pairs; /* sorted */
    size_t npairs;
    const char **ns; /* the namespace of each workload controller, sorted */
    size_t nns;
    label_pair *operands; /* custom resources an operator makes pods for: {ns, name, ""} */
    size_t noperands;
} pod_labels;

/* A custom resource that describes pods an operator runs (a Prometheus, a Kafka cluster):
 * a group of its own and a spec with replicas, an image, a version... */
static bool
operator_resource(const rp__k8s_check *c, const rp_k8s_object *o)
{
    static const char *const podish[] = {
        "replicas",    "image",     "version",  "serviceAccountName",
        "podTemplate", "instances", "nodeSets", "members",
        "nodes",       "size",      NULL};
    const char *slash = strchr(o->api_version, '/');
    const rp_node *spec = map_get(o->node, "spec");
    char group[128];
    size_t n = slash ? (size_t)(slash - o->api_version) : 0;

    if (!spec || rp__k8s_workload(c, o) || !n || n >= sizeof(group))
        return false;
    memcpy(group, o->api_version, n);
    group[n] = '\0';
    if (!strchr(group, '.') || rp__str_ends(group, ".k8s.io") ||
        rp__str_ends(group, ".openshift.io"))
        return false;
    for (size_t i = 0; podish[i]; i++)
        if (rp_node_get(spec, podish[i]))
            return true;
    return false;
}

static int
pod_labels_build(pod_labels *pl, const rp__k8s_check *c)
{
    const rp_k8s_index *ix = c->ix;
    size_t np = 0;
    bool carrier;

    memset(pl, 0, sizeof(*pl));
    for (size_t i = 0; i < ix->nobjects; i++) {
        const rp_node *l = template_labels(c, &ix->objects[i], &carrier);
        np += l ? l->n : 0;
    }
    pl->pairs = malloc((np ? np : 1) * sizeof(*pl->pairs));
    pl->ns = malloc((ix->nobjects ? ix->nobjects : 1) * sizeof(*pl->ns));
    pl->operands = malloc((ix->nobjects ? ix->nobjects : 1) * sizeof(*pl->operands));
    if (!pl->pairs || !pl->ns || !pl->operands)
        return RP_ENOMEM;
    for (size_t i = 0; i < ix->nobjects; i++) {
        const rp_k8s_object *o = &ix->objects[i];
        const rp_node *l = template_labels(c, o, &carrier);
        if (!carrier) {
            if (operator_resource(c, o))
                pl->operands[pl->noperands++] = (label_pair){o->ns, o->name, "", NULL};
            continue;
        }
        /* a namespace's workloads are in the input when its controllers are: bare Pods are
         * mostly static pods (kube-system's etcd) or one-offs beside installer-made workloads */
        if (strcmp(o->kind, "Pod") != 0 && strcmp(o->kind, "PodTemplate") != 0)
            pl->ns[pl->nns++] = o->ns;
        for (size_t k = 0; l && k < l->n; k++) {
            const char *v = rp_node_str(l->pairs[k].value);
            if (v)
                pl->pairs[pl->npairs++] = (label_pair){o->ns, l->pairs[k].key->text, v, l};
        }
    }
    qsort(pl->pairs, pl->npairs, sizeof(*pl->pairs), cmp_pair);
    qsort(pl->ns, pl->nns, sizeof(*pl->ns), cmp_str);
    qsort(pl->operands, pl->noperands, sizeof(*pl->operands), cmp_pair);
    return RP_OK;
}

/* True when labels hold every pair of the selector. */
static bool
selects(const rp_node *sel, const rp_node *labels)
{
    for (size_t i = 0; i < sel->n; i++) {
        const char *want = rp_node_str(sel->pairs[i].value);
        const char *have = rp_node_str(rp_node_get(labels, sel->pairs[i].key->text));
        if (!want || !have || strcmp(want, have) != 0)
            return false;
    }
    return true;
}

/* True when a selector value names a custom resource of the namespace that an operator makes
 * pods for: operators label those pods with the resource's name (alertmanager=main,
 * strimzi.io/cluster=kafka), and their pods are not in the manifests. */
static bool
operand_selected(const pod_labels *pl, const char *ns, const rp_node *sel)
{
    for (size_t i = 0; i < sel->n && pl->noperands; i++) {
        label_pair k = {ns, rp_node_str(sel->pairs[i].value), "", NULL};
        size_t a;
        if (!k.key)
            continue;
        a = bound(pl->operands, pl->noperands, sizeof(*pl->operands), &k, cmp_pair, false);
        if (a < pl->noperands && cmp_pair(&pl->operands[a], &k) == 0)
            return true;
    }
    return false;
}

static void
check_dangling(rp__k8s_check *c, const rp_k8s_object *o, const pod_labels *pl)
{
    const rp_node *spec = map_get(o->node, "spec"), *sel = map_get(spec, "selector");
    const char *type = str_get(spec, "type");
    size_t lo = 0, best = SIZE_MAX, nlo, nhi;
    char kv[256];
    list l = {0};

    if (!sel || !sel->n || (type && strcmp(type, "ExternalName") == 0))
        return;
    nlo = bound(pl->ns, pl->nns, sizeof(*pl->ns), &o->ns, cmp_str, false);
    nhi = bound(pl->ns, pl->nns, sizeof(*pl->ns), &o->ns, cmp_str, true);
    if (nlo == nhi)
        return; /* no controller of this namespace in the input: its pods live elsewhere */
    /* candidates: the pod templates holding the selector's rarest label */
    for (size_t i = 0; i < sel->n; i++) {
        label_pair k = {o->ns, sel->pairs[i].key->text, rp_node_str(sel->pairs[i].value), NULL};
        size_t a, b;
        if (!k.val)
            return; /* not a string: the API server rejects the Service */
        snprintf(kv, sizeof(kv), "%.120s=%.120s", k.key, k.val);
        list_add(&l, kv);
        a = bound(pl->pairs, pl->npairs, sizeof(*pl->pairs), &k, cmp_pair, false);
        b = bound(pl->pairs, pl->npairs, sizeof(*pl->pairs), &k, cmp_pair, true);
        if (b - a < best) {
            best = b - a;
            lo = a;
        }
    }
    for (size_t i = lo; i < lo + best; i++)
        if (selects(sel, pl->pairs[i].labels))
            return;
    if (operand_selected(pl, o->ns, sel))
        return;
    rp__k8s_report(c, &r_dangling, o, key_node(spec, "selector"), "spec.selector",
                   "%s selects %s, but no pod template of namespace %s (%zu workload%s in "
                   "the input) has these labels: the Service has no endpoints",
                   o->id, list_str(&l), o->ns, nhi - nlo, nhi - nlo > 1 ? "s" : "");
}

static void
check_index(rp__k8s_check *c)
{
    pod_labels pl;

    if (!rp__k8s_on(c, &r_dangling) || !c->ix->nobjects)
        return;
    if (pod_labels_build(&pl, c) == RP_OK)
        for (size_t i = 0; i < c->ix->nobjects; i++) {
            const rp_k8s_object *o = &c->ix->objects[i];
            if (strcmp(o->kind, "Service") == 0 && strcmp(o->api_version, "v1") == 0)
                check_dangling(c, o, &pl);
        }
    free(pl.pairs);
    free(pl.ns);
    free(pl.operands);
}

/* ---- the pass ----------------------------------------------------------------------------- */

static void
check_object(rp__k8s_check *c, const rp_k8s_object *o)
{
    const rp_k8s_workload *w = rp__k8s_workload(c, o);
    bool core = strcmp(o->api_version, "v1") == 0;

    check_deprecated(c, o);
    if (w)
        check_tiller(c, o, w);
    else if (core && strcmp(o->kind, "Service") == 0)
        check_service(c, o);
    else if (core && strcmp(o->kind, "ConfigMap") == 0)
        check_configmap(c, o);
    else if (core && strcmp(o->kind, "Secret") == 0)
        check_secret(c, o);
    else if (strcmp(o->kind, "Ingress") == 0 &&
             (api_group_is(o, "networking.k8s.io") || api_group_is(o, "extensions")))
        check_ingress(c, o);
}

const rp__k8s_ruleset rp__k8s_set_objects = {rules, check_object, check_index};
