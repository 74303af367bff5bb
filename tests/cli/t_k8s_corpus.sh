# The real-world corpus (tests/k8s-corpus/: rendered charts, operators, kubectl output, kustomize
# and OpenShift output, hardened and sloppy apps) through `rampart k8s`: it loads without error,
# every file with objects is a target, and the findings are the ones a reviewer expects.
. "$SRCDIR/tests/cli/lib.sh"
cd "$SRCDIR" || exit 1

C=tests/k8s-corpus
run "$RAMPART" k8s "$C" -f json
cp "$T/out" "$T/corpus.json"
if [ "$rc" -eq 0 ] || [ "$rc" -eq 1 ]; then ok; else
    bad "rampart k8s $C: exit status $rc (2: usage, 3: input or runtime error)"
    sed 's/^/  err| /' "$T/err" | head -15 >&2
fi

# check NAME EXPR: EXPR is JavaScript over `r` (the report) with these helpers:
#   F             every finding
#   at(obj)       the findings of object Kind/ns/name
#   has(rule, obj[, field])   a finding of rule on obj (at that field path)
#   rules(obj)    the set of rule ids reported on obj
#   pss(f)        f is one of the Pod Security rules RP-K8S-001..021
#   lines(path)   the number of lines of a corpus file
H='const F = r.findings;
const at = (o) => F.filter(f => f.location.object === o);
const has = (rule, o, field) => at(o).some(f => f.rule === rule &&
    (field === undefined || f.location.field === field));
const rules = (o) => new Set(at(o).map(f => f.rule));
const pss = (f) => /^RP-K8S-0(0[1-9]|1[0-9]|2[01])$/.test(f.rule);
const fs = require("fs");
const lines = (p) => fs.readFileSync(p, "utf8").split("\n").length;'
check() {
    if node -e "const r = JSON.parse(require('fs').readFileSync(process.argv[1], 'utf8'));
                $H
                if (!($2)) process.exit(1)" "$T/corpus.json" 2>"$T/node.err"; then ok; else
        bad "$1: $2"
        head -5 "$T/node.err" >&2
    fi
}
W=spec.template.spec # the pod spec of the controllers

# ---- loading -------------------------------------------------------------------------------
check "no input error" "r.summary.errors === 0 && r.targets.every(t => t.errors.length === 0)"
want=$(find "$C" -type f \( -name '*.yaml' -o -name '*.yml' -o -name '*.json' \) \
    ! -name 'values-*.yaml' | sort | sed 's/.*/"&"/' | paste -sd, -)
nwant=$(printf '%s\n' "$want" | tr ',' '\n' | grep -c .)
if [ "$nwant" -ge 50 ]; then ok; else bad "the corpus has $nwant manifests, expected 50+"; fi
check "every file with objects is a target" "JSON.stringify(r.targets.map(t => t.target).sort()) === JSON.stringify([$want].sort()) && r.targets.every(t => t.kind === 'kubernetes')"
check "Helm values (no object) are skipped quietly" "!r.targets.some(t => /values-prod/.test(t.target)) && !r.warnings.some(w => /values-prod/.test(w))"
check "{{ }} inside strings is not a template" "!r.warnings.some(w => /template/.test(w)) && r.targets.some(t => t.target.endsWith('grafana-dashboards.yaml'))"
check "findings name object and field" "F.length > 300 && F.every(f => /^[A-Za-z]+\/[^/]+\/[^/]+$/.test(f.location.object) && typeof f.location.field === 'string' && f.location.field.length > 0)"
check "findings point at a line of their file" "F.every(f => f.location.path === f.target && f.location.path.startsWith('$C/') && f.location.line >= 1 && f.location.line <= lines(f.location.path))"
check "fingerprints unique" "new Set(F.map(f => f.fingerprint)).size === F.length"
pos=$(awk '/hostNetwork: true/ { print NR "," index($0, "true") }' $C/kube-prometheus-stack/node-exporter.yaml)
check "node-exporter hostNetwork located at its value" "at('DaemonSet/monitoring/kps-prometheus-node-exporter').some(f => f.rule === 'RP-K8S-002' && [f.location.line, f.location.column].join() === '$pos')"
line=$(grep -n '"privileged": true' $C/lists/kubectl-get-all.json | cut -d: -f1)
check "List item (kubectl get -A -o json) located in the JSON" "has('RP-K8S-001', 'DaemonSet/kube-system/aws-node', '$W.initContainers[0].securityContext.privileged') && at('DaemonSet/kube-system/aws-node').find(f => f.rule === 'RP-K8S-001').location.line === $line"
check "typed List items (DeploymentList) take the kind" "rules('Deployment/catalog/catalog-ui').has('RP-K8S-016') && rules('Deployment/catalog/search').size > 0"
check "kubectl get -o yaml List of Pods" "has('RP-K8S-005', 'Pod/default/netshoot', 'spec.containers[0].securityContext.capabilities.add[1]') && ![...rules('Pod/shop/storefront-5d9c8b7f6-abcde')].some(id => pss({rule: id}))"

# ---- node agents: host namespaces and host paths --------------------------------------------
NE=DaemonSet/monitoring/kps-prometheus-node-exporter
check "node-exporter: hostNetwork and hostPID" "has('RP-K8S-002', '$NE', '$W.hostNetwork') && has('RP-K8S-003', '$NE', '$W.hostPID')"
check "node-exporter: /proc, /sys and / are sensitive host paths" "['proc', 'sys', 'root'].every((v, i) => has('RP-K8S-024', '$NE', '$W.volumes[' + i + '].hostPath.path') && has('RP-K8S-006', '$NE', '$W.volumes[' + i + '].hostPath'))"
check "node-exporter: read-only mounts are not writable host paths" "!rules('$NE').has('RP-K8S-026') && !rules('$NE').has('RP-K8S-001')"
check "calico-node: privileged, in every init container too" "[0, 1, 2].every(i => has('RP-K8S-001', 'DaemonSet/kube-system/calico-node', '$W.initContainers[' + i + '].securityContext.privileged')) && has('RP-K8S-001', 'DaemonSet/kube-system/calico-node', '$W.containers[0].securityContext.privileged')"
CSI=DaemonSet/kube-system/ebs-csi-node
check "CSI node plugin: privileged, /dev, writable kubelet dir, root" "has('RP-K8S-001', '$CSI', '$W.containers[0].securityContext.privileged') && has('RP-K8S-024', '$CSI', '$W.volumes[3].hostPath.path') && has('RP-K8S-026', '$CSI', '$W.containers[0].volumeMounts[0].readOnly') && has('RP-K8S-018', '$CSI', '$W.securityContext.runAsUser') && has('RP-K8S-017', '$CSI', '$W.securityContext.runAsNonRoot')"
FB=DaemonSet/logging/fluent-bit
check "fluent-bit: /var/log hostPath written, spc_t, root" "has('RP-K8S-006', '$FB', '$W.volumes[1].hostPath') && has('RP-K8S-026', '$FB', '$W.containers[0].volumeMounts[1].readOnly') && !has('RP-K8S-026', '$FB', '$W.containers[0].volumeMounts[2].readOnly') && has('RP-K8S-009', '$FB', '$W.securityContext.seLinuxOptions.type') && has('RP-K8S-018', '$FB', '$W.containers[0].securityContext.runAsUser')"
check "kube-proxy: privileged on the host network" "has('RP-K8S-001', 'DaemonSet/kube-system/kube-proxy') && has('RP-K8S-002', 'DaemonSet/kube-system/kube-proxy')"
check "Jenkins agent: the Docker socket" "has('RP-K8S-025', 'Pod/ci/jenkins-agent-docker', 'spec.volumes[0].hostPath.path') && at('Pod/ci/jenkins-agent-docker').find(f => f.rule === 'RP-K8S-025').severity === 'critical'"
check "Windows exporter: HostProcess and hostPort" "has('RP-K8S-013', 'DaemonSet/monitoring/windows-exporter', '$W.securityContext.windowsOptions.hostProcess') && has('RP-K8S-007', 'DaemonSet/monitoring/windows-exporter', '$W.containers[0].ports[0].hostPort')"

# ---- Pod Security details --------------------------------------------------------------------
check "Elasticsearch: the privileged sysctl init container" "has('RP-K8S-001', 'StatefulSet/logging/elasticsearch-master', '$W.initContainers[0].securityContext.privileged') && !has('RP-K8S-001', 'StatefulSet/logging/elasticsearch-master', '$W.containers[0].securityContext.privileged')"
check "buildkitd: seccomp and AppArmor unconfined, unmasked /proc" "has('RP-K8S-011', 'Deployment/ci/buildkitd', '$W.containers[0].securityContext.seccompProfile.type') && has('RP-K8S-008', 'Deployment/ci/buildkitd', '$W.containers[0].securityContext.appArmorProfile.type') && rules('Deployment/ci/buildkitd').has('RP-K8S-008') && has('RP-K8S-010', 'Deployment/ci/buildkitd', '$W.containers[0].securityContext.procMount')"
check "Istio init container: NET_ADMIN and NET_RAW" "has('RP-K8S-005', 'Deployment/bookinfo/reviews-v2', '$W.initContainers[0].securityContext.capabilities.add[0]') && has('RP-K8S-023', 'Deployment/bookinfo/reviews-v2', '$W.initContainers[0].securityContext.capabilities.add[1]') && has('RP-K8S-021', 'Deployment/bookinfo/reviews-v2', '$W.initContainers[0].securityContext.capabilities.add[0]') && !has('RP-K8S-016', 'Deployment/bookinfo/reviews-v2', '$W.containers[1].securityContext.allowPrivilegeEscalation')"
check "CoreDNS adds only NET_BIND_SERVICE" "!rules('Deployment/kube-system/coredns').has('RP-K8S-005') && !rules('Deployment/kube-system/coredns').has('RP-K8S-021') && !rules('Deployment/kube-system/coredns').has('RP-K8S-020')"
check "memcached RC: SYS_ADMIN is dangerous" "has('RP-K8S-022', 'ReplicationController/legacy/memcached', '$W.containers[0].securityContext.capabilities.add[0]') && has('RP-K8S-005', 'ReplicationController/legacy/memcached')"
check "Redis: unsafe sysctl rejected by the namespace's baseline v1.30" "at('StatefulSet/orders/cache-redis-master').some(f => f.rule === 'RP-K8S-012' && /rejects/.test(f.message) && f.severity === 'high') && has('RP-K8S-018', 'StatefulSet/orders/cache-redis-master', '$W.initContainers[0].securityContext.runAsUser')"
check "privileged: yes (YAML 1.1) in a baseline namespace: rejected" "at('Deployment/legacy/label-printer').some(f => f.rule === 'RP-K8S-001' && /rejects/.test(f.message) && /yes/.test(f.message))"
check "jellyfin: host network, unsafe sysctl, SELinux user/role, nfs and gitRepo volumes" "has('RP-K8S-002', 'Deployment/media/jellyfin') && has('RP-K8S-012', 'Deployment/media/jellyfin', '$W.securityContext.sysctls[1].name') && !has('RP-K8S-012', 'Deployment/media/jellyfin', '$W.securityContext.sysctls[0].name') && has('RP-K8S-009', 'Deployment/media/jellyfin', '$W.containers[0].securityContext.seLinuxOptions.user') && has('RP-K8S-015', 'Deployment/media/jellyfin', '$W.volumes[3].gitRepo') && has('RP-K8S-027', 'Deployment/media/jellyfin')"
check "kubectl debug: the ephemeral container is checked" "has('RP-K8S-016', 'Pod/shop/checkout-7c9d8f6b5-x2x9k', 'spec.ephemeralContainers[0].securityContext.allowPrivilegeEscalation') && !has('RP-K8S-016', 'Pod/shop/checkout-7c9d8f6b5-x2x9k', 'spec.containers[0].securityContext.allowPrivilegeEscalation') && has('RP-K8S-054', 'Pod/shop/checkout-7c9d8f6b5-x2x9k', 'spec.shareProcessNamespace')"
check "CronJob nesting (batch/v1beta1, hostPath)" "has('RP-K8S-006', 'CronJob/legacy/nightly-report', 'spec.jobTemplate.spec.template.spec.volumes[0].hostPath') && has('RP-K8S-052', 'CronJob/legacy/nightly-report', 'apiVersion')"

# ---- hardened manifests: Pod Security restricted clean ---------------------------------------
check "hardened/ passes Pod Security restricted" "F.filter(f => f.location.path.startsWith('$C/hardened/')).every(f => !pss(f)) && F.some(f => f.location.path.startsWith('$C/hardened/'))"
check "restricted charts stay clean (kube-state-metrics, cert-manager, Argo CD, external-dns, Grafana)" "F.filter(f => pss(f) && /^(Deployment|StatefulSet)\/(monitoring\/kps-(kube-state-metrics|grafana)|cert-manager\/|argocd\/|external-dns\/)/.test(f.location.object)).length === 0"
check "kustomize overlay and the admission Jobs pass restricted" "F.filter(f => pss(f) && (f.location.object === 'Deployment/checkout-prod/prod-checkout' || /^Job\/ingress-nginx\//.test(f.location.object))).length === 0"
check "restricted namespaces with Localhost seccomp, csi and safe sysctls" "!F.some(f => pss(f) && f.location.object === 'Deployment/payments/payments-gateway')"

# ---- pods, images, secrets -------------------------------------------------------------------
check "inventory: hostIPC, hostPort, probe host, nfs, hostAliases, old serviceAccount field" "['RP-K8S-004', 'RP-K8S-007', 'RP-K8S-014', 'RP-K8S-015', 'RP-K8S-033', 'RP-K8S-059', 'RP-K8S-045'].every(id => rules('Deployment/default/inventory').has(id)) && has('RP-K8S-014', 'Deployment/default/inventory', '$W.containers[0].livenessProbe.httpGet.host')"
check "image without a tag is mutable" "has('RP-K8S-039', 'Deployment/default/inventory', '$W.containers[0].image') && !rules('Deployment/payments/payments-gateway').has('RP-K8S-039')"
check "literal secrets in env" "has('RP-K8S-038', 'Deployment/blog/wordpress-mysql', '$W.containers[0].env[0].value') && has('RP-K8S-038', 'Pod/ci/jenkins-agent-docker', 'spec.containers[0].env[1].value') && has('RP-K8S-038', 'DeploymentConfig/webapps/django-ex', '$W.containers[0].env[5].value') && !at('Deployment/blog/wordpress-mysql').some(f => /Wp-Db|changeme-root-2019/.test(f.message))"
check "secrets from secretKeyRef" "has('RP-K8S-037', 'CronJob/orders/orders-db-backup', 'spec.jobTemplate.spec.template.spec.containers[0].env[0].valueFrom.secretKeyRef') && has('RP-K8S-037', 'Deployment/monitoring/kps-grafana')"
check "Secrets in manifests (data and stringData)" "has('RP-K8S-051', 'Secret/monitoring/kps-grafana') && has('RP-K8S-051', 'Secret/blog/wordpress-mysql', 'stringData') && has('RP-K8S-051', 'Secret/argocd/argocd-repo-creds-example-org')"
check "ConfigMap with credentials, but not the dashboards" "has('RP-K8S-050', 'ConfigMap/default/inventory-config', 'data.AWS_SECRET_ACCESS_KEY') && has('RP-K8S-050', 'ConfigMap/default/inventory-config', 'data.application.properties') && at('ConfigMap/monitoring/kps-k8s-resources-namespace').length === 0 && at('ConfigMap/monitoring/kps-nodes').length === 0"
check "ssh port and privileged ports" "has('RP-K8S-036', 'StatefulSet/git/gitea', '$W.containers[0].ports[0].containerPort') && has('RP-K8S-035', 'Deployment/ingress-nginx/ingress-nginx-controller', '$W.containers[0].ports[0].containerPort')"
check "default service account" "has('RP-K8S-032', 'ReplicationController/legacy/memcached', '$W.serviceAccountName')"

# ---- objects -------------------------------------------------------------------------------
check "Helm v2 Tiller in kube-system on extensions/v1beta1" "has('RP-K8S-053', 'Deployment/kube-system/tiller-deploy') && has('RP-K8S-052', 'Deployment/kube-system/tiller-deploy', 'apiVersion') && has('RP-K8S-046', 'Deployment/kube-system/tiller-deploy') && has('RP-K8S-052', 'ClusterRoleBinding/-/tiller')"
check "deprecated autoscaling/v2beta2 and policy/v1beta1, not the v1/v2 ones" "has('RP-K8S-052', 'HorizontalPodAutoscaler/shop/cart') && has('RP-K8S-052', 'PodDisruptionBudget/shop/cart') && !has('RP-K8S-052', 'HorizontalPodAutoscaler/shop/storefront') && !has('RP-K8S-052', 'PodDisruptionBudget/shop/storefront')"
check "Service externalIPs" "has('RP-K8S-047', 'Service/default/inventory', 'spec.externalIPs')"
check "exposed Services: LoadBalancer and NodePort" "has('RP-K8S-048', 'Service/ingress-nginx/ingress-nginx-controller', 'spec.type') && has('RP-K8S-048', 'Service/blog/wordpress') && has('RP-K8S-048', 'Service/git/gitea-ssh') && !has('RP-K8S-048', 'Service/shop/storefront')"
check "Ingress without TLS, not those with it" "has('RP-K8S-049', 'Ingress/default/inventory', 'spec.tls') && !has('RP-K8S-049', 'Ingress/shop/storefront') && !has('RP-K8S-049', 'Ingress/argocd/argocd-server')"
check "dangling Service, not one whose pods are in the input" "has('RP-K8S-060', 'Service/default/inventory-v1', 'spec.selector') && !has('RP-K8S-060', 'Service/default/inventory') && !has('RP-K8S-060', 'Service/ingress-nginx/ingress-nginx-controller') && !has('RP-K8S-060', 'Service/orders/orders-db-postgresql') && !has('RP-K8S-060', 'Service/webapps/django-ex')"
check "Services of operator-run pods (Prometheus, Alertmanager CRs) are not dangling" "!has('RP-K8S-060', 'Service/monitoring/kps-prometheus') && !has('RP-K8S-060', 'Service/monitoring/kps-alertmanager')"
check "duplicate key in a hand-edited manifest" "has('RP-K8S-057', 'Deployment/legacy/label-printer', 'labels')"
check "cluster-scoped objects have namespace -" "F.filter(f => /^(ClusterRoleBinding|ClusterRole|Namespace|CustomResourceDefinition)\//.test(f.location.object)).every(f => f.location.object.split('/')[1] === '-')"

# the same corpus as one stream on stdin: objects keep their identity
cat "$C"/hardened/*.yaml >"$T/stream.yaml"
run sh -c "\"$RAMPART\" k8s - -f json <\"$T/stream.yaml\""
if [ "$rc" -le 1 ]; then ok; else bad "stdin stream: exit status $rc"; fi
json_eval "hardened stream on stdin: restricted clean" "$T/out" "r.summary.errors === 0 && r.findings.every(f => !/^RP-K8S-0(0[1-9]|1[0-9]|2[01])$/.test(f.rule))"

finish
