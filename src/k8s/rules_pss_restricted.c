/* Kubernetes rules: the Pod Security Standards checks of the restricted level (rules_pss.c
 * has the baseline ones, the shared helpers and the pass). */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "core/util.h"
#include "k8s/rules_pss.h"

/* ---- the rules: restricted ---- */

const rp_rule rp__pss_r_volume_type = {
    .id = "RP-K8S-015",
    .name = "restricted-volume-type",
    .analyzer = "kubernetes",
    .severity = RP_SEV_LOW,
    .title = "Volume type outside the Pod Security restricted allowlist",
    .description =
        "The restricted profile allows only volume types that do not reach the node or "
        "external storage directly: configMap, csi, downwardAPI, emptyDir, ephemeral, image, "
        "persistentVolumeClaim, projected, secret. Others (hostPath, nfs, iscsi, rbd, "
        "gitRepo...) bypass the storage admin's PersistentVolume controls; gitRepo runs git "
        "on the node and allowed code execution as root (CVE-2024-10220).",
    .remediation = "Use a PersistentVolumeClaim bound to a PersistentVolume of that type "
                   "(the cluster admin owns its details), or emptyDir plus an init container "
                   "(`git clone`) instead of gitRepo.",
    .refs = {"PSS:restrictedVolumes", "AVD-KSV-0028", NULL},
    .notes = "An allowlist, so hostPath fails here too (also RP-K8S-006 at baseline) and csi "
             "passes (older PSS pages listed it as forbidden; Trivy KSV028 leaves hostPath to "
             "KSV023). gitRepo is reported at medium severity. A volume naming no source is "
             "defaulted to emptyDir by the API server and passes; an unknown source key fails.",
    .bad = "volumes:\n  - name: data\n    nfs:\n      server: nfs.example.com\n      path: /data",
    .good = "volumes:\n  - name: data\n    persistentVolumeClaim:\n      claimName: data",
};

const rp_rule rp__pss_r_priv_esc = {
    .id = "RP-K8S-016",
    .name = "privilege-escalation",
    .analyzer = "kubernetes",
    .severity = RP_SEV_MEDIUM,
    .title = "Privilege escalation not disabled",
    .description =
        "Unless allowPrivilegeEscalation is false, the kernel's no_new_privs flag is off and "
        "a process in the container can gain privileges through setuid binaries or file "
        "capabilities (sudo, su, ping in old images): a path from the application user back "
        "to root. Pod Security \"restricted\" requires it explicitly false.",
    .remediation = "Set `allowPrivilegeEscalation: false` in every container's securityContext "
                   "(init and ephemeral containers included).",
    .refs = {"PSS:allowPrivilegeEscalation", "AVD-KSV-0001",
             "kube-linter:privilege-escalation-container", "kubesec:AllowPrivilegeEscalation",
             "polaris:privilegeEscalationAllowed", "CIS-K8s-5.2.6", NULL},
    .notes = "Unset fails, as in PSA and Trivy KSV001; kubesec only penalises an explicit "
             "true. It is a container-only field: set under spec.securityContext it is ignored "
             "(Polaris accepts it there). From policy v1.25 pods with `spec.os.name: windows` "
             "are exempt. A non-boolean value fails.",
    .bad = "securityContext:\n  runAsNonRoot: true",
    .good = "securityContext:\n  runAsNonRoot: true\n  allowPrivilegeEscalation: false",
};

const rp_rule rp__pss_r_non_root = {
    .id = "RP-K8S-017",
    .name = "run-as-non-root",
    .analyzer = "kubernetes",
    .severity = RP_SEV_MEDIUM,
    .title = "runAsNonRoot not enforced",
    .description =
        "Without runAsNonRoot: true the kubelet starts the container as whatever user the "
        "image says, root for most images. Root in a container is one kernel bug, one "
        "mounted socket or one writable host path away from root on the node. Pod Security "
        "\"restricted\" requires runAsNonRoot: true on the pod or on every container.",
    .remediation = "Set `runAsNonRoot: true` in `spec.securityContext` (it covers every "
                   "container) and give the image a numeric non-root USER, or set "
                   "`runAsUser: 10001`.",
    .refs = {"PSS:runAsNonRoot", "AVD-KSV-0012", "kube-linter:run-as-non-root",
             "kubesec:RunAsNonRoot", "polaris:runAsRootAllowed", "CIS-K8s-5.2.7", NULL},
    .notes = "As in PSA, a pod-level `runAsNonRoot: false` fails even when every container "
             "sets true (Trivy KSV012 passes it); a container without its own value inherits "
             "the pod's. From policy v1.35 pods with `hostUsers: false` are exempt (root in a "
             "user namespace is not root on the node). A non-boolean value fails.",
    .bad = "spec:\n  containers:\n    - name: app\n      image: app:1.0",
    .good = "spec:\n  securityContext:\n    runAsNonRoot: true\n  containers:\n"
            "    - name: app\n      image: app:1.0",
};

const rp_rule rp__pss_r_root_uid = {
    .id = "RP-K8S-018",
    .name = "run-as-root-uid",
    .analyzer = "kubernetes",
    .severity = RP_SEV_HIGH,
    .title = "runAsUser is 0 (root)",
    .description = "The pod or a container explicitly runs as UID 0: root in the container, "
                   "with every escape path that implies, whatever runAsNonRoot says elsewhere "
                   "(the kubelet refuses to start it when runAsNonRoot is true). Pod Security "
                   "\"restricted\" forbids it from v1.23.",
    .remediation = "Set runAsUser to a non-zero UID (e.g. 10001) or remove it and rely on a "
                   "non-root USER in the image with `runAsNonRoot: true`.",
    .refs = {"PSS:runAsUser", "AVD-KSV-0105", "polaris:runAsRootAllowed", NULL},
    .notes = "Checked from policy v1.23; unset passes. From v1.35 pods with `hostUsers: false` "
             "are exempt. The pod and each container are checked separately, so a container "
             "overriding a pod-level 0 with its own UID still leaves the pod-level 0 reported "
             "(PSA does the same).",
    .bad = "securityContext:\n  runAsUser: 0",
    .good = "securityContext:\n  runAsUser: 10001\n  runAsNonRoot: true",
};

const rp_rule rp__pss_r_seccomp_missing = {
    .id = "RP-K8S-019",
    .name = "seccomp-not-set",
    .analyzer = "kubernetes",
    .severity = RP_SEV_MEDIUM,
    .title = "No seccomp profile (RuntimeDefault or Localhost)",
    .description =
        "Kubernetes runs containers Unconfined unless a seccomp profile is asked for (or the "
        "kubelet's SeccompDefault is on), leaving every system call open, including the rare "
        "ones most kernel exploits need. Pod Security \"restricted\" requires RuntimeDefault "
        "or Localhost on the pod or on every container.",
    .remediation = "Set `seccompProfile: {type: RuntimeDefault}` in `spec.securityContext`: "
                   "every container inherits it.",
    .refs = {"PSS:seccompProfile_restricted", "AVD-KSV-0030", "kubesec:SeccompAny", "CIS-K8s-5.7.2",
             NULL},
    .notes = "A pod-level profile covers containers that set none; a container's own valid "
             "profile covers it whatever the pod says. When the pod-level profile is invalid "
             "(Unconfined), PSA counts the containers without their own profile as failing "
             "too; rampart reports that once, at the pod field (fixing it fixes them), and "
             "explicit invalid values are reported here and by RP-K8S-011. Checked from policy "
             "v1.19; from v1.25 pods with `spec.os.name: windows` are exempt. `Localhost` without "
             "a localhostProfile passes Pod Security (the API server's validation rejects it).",
    .bad = "spec:\n  containers:\n    - name: app\n      image: app:1.0",
    .good = "spec:\n  securityContext:\n    seccompProfile:\n      type: RuntimeDefault\n"
            "  containers:\n    - name: app\n      image: app:1.0",
};

const rp_rule rp__pss_r_caps_drop = {
    .id = "RP-K8S-020",
    .name = "capabilities-not-dropped",
    .analyzer = "kubernetes",
    .severity = RP_SEV_LOW,
    .title = "Capabilities not dropped (drop: [ALL])",
    .description =
        "The runtime gives every container a default set of capabilities (CHOWN, "
        "DAC_OVERRIDE, FOWNER, SETUID, SETGID, NET_RAW...): root in the container can still "
        "bypass file permissions, change owners and craft raw packets. Pod Security "
        "\"restricted\" requires every container to drop ALL from v1.22.",
    .remediation = "Add `capabilities: {drop: [ALL]}` to every container's securityContext, "
                   "and add back NET_BIND_SERVICE only if it binds a port below 1024.",
    .refs = {"PSS:capabilities_restricted", "AVD-KSV-0003", "AVD-KSV-0004", "kubesec:CapDropAll",
             "polaris:insecureCapabilities", NULL},
    .notes = "PSA compares exactly: `drop: [\"all\"]` fails (Trivy KSV003 and Polaris accept "
             "any case, and the runtime honours it) and rampart says why. capabilities is a "
             "container-only field. From policy v1.25 pods with `spec.os.name: windows` are "
             "exempt.",
    .bad = "securityContext:\n  capabilities:\n    drop: [\"all\"]",
    .good = "securityContext:\n  capabilities:\n    drop: [\"ALL\"]",
};

const rp_rule rp__pss_r_caps_add = {
    .id = "RP-K8S-021",
    .name = "capabilities-added-restricted",
    .analyzer = "kubernetes",
    .severity = RP_SEV_MEDIUM,
    .title = "Capability added other than NET_BIND_SERVICE",
    .description = "The restricted profile lets a container add back one capability only, "
                   "NET_BIND_SERVICE (binding ports below 1024). Any other added capability, "
                   "even one of the runtime defaults such as CHOWN or SETUID, widens what a "
                   "compromised process can do. Pod Security \"restricted\" forbids it from "
                   "v1.22.",
    .remediation = "Remove the capability from `capabilities.add`; keep `drop: [ALL]` and at "
                   "most `add: [NET_BIND_SERVICE]`.",
    .refs = {"PSS:capabilities_restricted", "AVD-KSV-0106", NULL},
    .notes = "Exact names, as in PSA. A capability outside the baseline set is also reported "
             "by RP-K8S-005 (the check restricted replaces). From policy v1.25 pods with "
             "`spec.os.name: windows` are exempt. One finding per added capability.",
    .bad = "securityContext:\n  capabilities:\n    drop: [ALL]\n    add: [CHOWN]",
    .good = "securityContext:\n  capabilities:\n    drop: [ALL]\n    add: [NET_BIND_SERVICE]",
};

/* ---- checks ---- */

/* The first volume source key of vol that restricted forbids, or NULL when it passes. */
static const rp_pair *
volume_forbidden(const rp_node *vol)
{
    static const char *const allowed[] = {
        "configMap", "csi",   "downwardAPI",           "emptyDir",
        "ephemeral", "image", "persistentVolumeClaim", "projected",
        "secret",
    };
    const rp_pair *bad = NULL;

    for (size_t i = 0; vol && vol->type == RP_NODE_MAP && i < vol->n; i++) {
        const rp_pair *pr = &vol->pairs[i];
        bool ok = false;
        if (strcmp(pr->key->text, "name") == 0 || pr->value->type == RP_NODE_NULL)
            continue;
        for (size_t k = 0; k < RP_COUNTOF(allowed); k++)
            ok = ok || strcmp(pr->key->text, allowed[k]) == 0;
        if (ok)
            return NULL; /* PSA's switch tests the allowed sources first */
        if (!bad)
            bad = pr;
    }
    return bad; /* no source at all: the API server defaults it to emptyDir */
}

static bool
volume_known(const char *key)
{
    static const char *const known[] = {
        "hostPath",
        "gcePersistentDisk",
        "awsElasticBlockStore",
        "gitRepo",
        "nfs",
        "iscsi",
        "glusterfs",
        "rbd",
        "flexVolume",
        "cinder",
        "cephfs",
        "flocker",
        "fc",
        "azureFile",
        "vsphereVolume",
        "quobyte",
        "azureDisk",
        "photonPersistentDisk",
        "portworxVolume",
        "scaleIO",
        "storageos",
    };

    for (size_t i = 0; i < RP_COUNTOF(known); i++)
        if (strcmp(key, known[i]) == 0)
            return true;
    return false;
}

static void
check_volume_types(rp__pss *p)
{
    const rp_node *vols = rp__pss_get(p->w->spec, "volumes");
    char field[512];

    if (!rp__k8s_on(p->c, &rp__pss_r_volume_type) || !vols || vols->type != RP_NODE_SEQ)
        return;
    for (size_t i = 0; i < vols->n; i++) {
        const rp_pair *bad = volume_forbidden(vols->items[i]);
        const char *name = rp_node_get_str(vols->items[i], "name", ""), *key;
        if (!bad)
            continue;
        key = bad->key->text;
        snprintf(field, sizeof(field), "%s.volumes[%zu].%s", p->w->spec_field, i, key);
        if (strcmp(key, "gitRepo") == 0)
            rp__k8s_report_pss_sev(p->c, &rp__pss_r_volume_type, RP_PSS_RESTRICTED, RP_SEV_MEDIUM,
                                   p->o, bad->key, field,
                                   "volume \"%s\" of %s is a gitRepo volume: deprecated, it "
                                   "runs git on the node as root (CVE-2024-10220); clone in "
                                   "an init container into an emptyDir",
                                   name, p->o->id);
        else
            rp__pss_say(p, &rp__pss_r_volume_type, RP_PSS_RESTRICTED, bad->key, field,
                        "volume \"%s\" of %s uses %s volume type %s (restricted allows configMap, "
                        "csi, downwardAPI, emptyDir, ephemeral, image, persistentVolumeClaim, "
                        "projected, secret)",
                        name, p->o->id, volume_known(key) ? "the" : "the unknown", key);
    }
}

/* Where a missing container field is reported: its securityContext, else the container. */
static const rp_node *
missing_at(const rp_k8s_container *ct)
{
    return ct->sc ? ct->sc : ct->node;
}

static void
check_priv_esc(rp__pss *p, const rp_k8s_container *ct)
{
    const rp_node *n = rp__pss_get(ct->sc, "allowPrivilegeEscalation");
    char field[512], v[64];

    if (!rp__k8s_on(p->c, &rp__pss_r_priv_esc) || p->ver < RP_PSS_V(8) ||
        (p->ver >= RP_PSS_V(25) && p->windows) || rp__k8s_is_false(n))
        return;
    snprintf(field, sizeof(field), "%s.securityContext.allowPrivilegeEscalation", ct->field);
    if (!n)
        rp__pss_say(
            p, &rp__pss_r_priv_esc, RP_PSS_RESTRICTED, missing_at(ct), field,
            RP_PSS_CT_FMT " of %s does not set allowPrivilegeEscalation: false (unset allows it)%s",
            RP_PSS_CT_ARGS(ct), p->o->id,
            rp__pss_get(p->w->pod_sc, "allowPrivilegeEscalation")
                ? "; the pod-level allowPrivilegeEscalation is not a pod field and is ignored"
                : "");
    else
        rp__pss_say(
            p, &rp__pss_r_priv_esc, RP_PSS_RESTRICTED, n, field,
            RP_PSS_CT_FMT " of %s sets allowPrivilegeEscalation: %s%s", RP_PSS_CT_ARGS(ct),
            p->o->id, rp__pss_shown(v, sizeof(v), n),
            n->type == RP_NODE_BOOL ? "" : " (not the boolean false: the API server rejects it)");
}

static void
check_non_root(rp__pss *p)
{
    const rp_node *pod = rp__pss_get(p->w->pod_sc, "runAsNonRoot");
    char field[512], v[64];

    if (!rp__k8s_on(p->c, &rp__pss_r_non_root) || (p->ver >= RP_PSS_V(35) && p->userns))
        return;
    if (pod && !rp__k8s_is_true(pod)) {
        snprintf(field, sizeof(field), "%s.securityContext.runAsNonRoot", p->w->spec_field);
        rp__pss_say(p, &rp__pss_r_non_root, RP_PSS_RESTRICTED, pod, field,
                    "the pod of %s sets runAsNonRoot: %s%s; Pod Security fails it even where "
                    "containers set true",
                    p->o->id, rp__pss_shown(v, sizeof(v), pod),
                    pod->type == RP_NODE_BOOL ? "" : " (not a boolean: the API server rejects it)");
    }
    for (size_t i = 0; i < p->w->ncontainers; i++) {
        const rp_k8s_container *ct = &p->w->containers[i];
        const rp_node *n = rp__pss_get(ct->sc, "runAsNonRoot");
        snprintf(field, sizeof(field), "%s.securityContext.runAsNonRoot", ct->field);
        if (n && !rp__k8s_is_true(n))
            rp__pss_say(p, &rp__pss_r_non_root, RP_PSS_RESTRICTED, n, field,
                        RP_PSS_CT_FMT " of %s sets runAsNonRoot: %s%s", RP_PSS_CT_ARGS(ct),
                        p->o->id, rp__pss_shown(v, sizeof(v), n),
                        n->type == RP_NODE_BOOL ? ""
                                                : " (not a boolean: the API server rejects it)");
        else if (!n && !pod) /* a bad pod value is reported once, above */
            rp__pss_say(p, &rp__pss_r_non_root, RP_PSS_RESTRICTED, missing_at(ct), field,
                        "neither the pod nor " RP_PSS_CT_FMT " of %s sets runAsNonRoot: true",
                        RP_PSS_CT_ARGS(ct), p->o->id);
    }
}

/* runAsUser 0: an INT 0, or the string "0" (rejected by the API server, not a pass). */
static bool
uid_zero(const rp_node *n)
{
    if (!n)
        return false;
    return n->type == RP_NODE_INT ? n->v.i == 0 : strcmp(rp__pss_text(n), "0") == 0;
}

static void
check_root_uid(rp__pss *p)
{
    const rp_node *n = rp__pss_get(p->w->pod_sc, "runAsUser");
    char field[512], v[64];

    if (!rp__k8s_on(p->c, &rp__pss_r_root_uid) || p->ver < RP_PSS_V(23) ||
        (p->ver >= RP_PSS_V(35) && p->userns))
        return;
    if (uid_zero(n)) {
        snprintf(field, sizeof(field), "%s.securityContext.runAsUser", p->w->spec_field);
        rp__pss_say(p, &rp__pss_r_root_uid, RP_PSS_RESTRICTED, n, field,
                    "the pod of %s sets runAsUser: %s", p->o->id, rp__pss_shown(v, sizeof(v), n));
    }
    for (size_t i = 0; i < p->w->ncontainers; i++) {
        const rp_k8s_container *ct = &p->w->containers[i];
        if (!uid_zero(n = rp__pss_get(ct->sc, "runAsUser")))
            continue;
        snprintf(field, sizeof(field), "%s.securityContext.runAsUser", ct->field);
        rp__pss_say(p, &rp__pss_r_root_uid, RP_PSS_RESTRICTED, n, field,
                    RP_PSS_CT_FMT " of %s sets runAsUser: %s", RP_PSS_CT_ARGS(ct), p->o->id,
                    rp__pss_shown(v, sizeof(v), n));
    }
}

static void
check_seccomp_restricted(rp__pss *p)
{
    const rp_node *pod = rp__pss_get(p->w->pod_sc, "seccompProfile"), *own;
    char field[512], who[320];

    if (!rp__k8s_on(p->c, &rp__pss_r_seccomp_missing) || p->ver < RP_PSS_V(19) ||
        (p->ver >= RP_PSS_V(25) && p->windows))
        return;
    if (pod && !rp__pss_seccomp_ok(pod)) {
        snprintf(who, sizeof(who), "the pod of %s", p->o->id);
        rp__pss_seccomp_bad(p, &rp__pss_r_seccomp_missing, RP_PSS_RESTRICTED, pod, p->w->spec_field,
                            who, "; containers without a profile of their own inherit it");
    }
    for (size_t i = 0; i < p->w->ncontainers; i++) {
        const rp_k8s_container *ct = &p->w->containers[i];
        snprintf(who, sizeof(who), RP_PSS_CT_FMT " of %s", RP_PSS_CT_ARGS(ct), p->o->id);
        if ((own = rp__pss_get(ct->sc, "seccompProfile"))) {
            if (!rp__pss_seccomp_ok(own))
                rp__pss_seccomp_bad(p, &rp__pss_r_seccomp_missing, RP_PSS_RESTRICTED, own,
                                    ct->field, who, "");
            continue;
        }
        if (pod) /* valid: inherited; invalid: reported once at the pod */
            continue;
        snprintf(field, sizeof(field), "%s.securityContext.seccompProfile.type", ct->field);
        rp__pss_say(p, &rp__pss_r_seccomp_missing, RP_PSS_RESTRICTED, missing_at(ct), field,
                    "neither the pod nor %s sets a seccomp profile (RuntimeDefault or Localhost)",
                    who);
    }
}

/* drop must hold the exact string "ALL". */
static void
caps_drop(rp__pss *p, const rp_k8s_container *ct, const rp_node *caps)
{
    const rp_node *drop = rp__pss_get(caps, "drop");
    const char *spelt = NULL; /* "all", "All": the runtime takes it, PSA does not */
    char field[512];
    rp__pss_items it;

    /* a lone string is rejected by the API server: it drops nothing */
    rp__pss_items_of(&it, drop && drop->type == RP_NODE_SEQ ? drop : NULL);
    for (size_t i = 0; i < it.n; i++) {
        if (strcmp(rp__pss_text(it.v[i]), "ALL") == 0)
            return;
        if (!spelt && strcasecmp(rp__pss_text(it.v[i]), "ALL") == 0)
            spelt = rp__pss_text(it.v[i]);
    }
    snprintf(field, sizeof(field), "%s.securityContext.capabilities.drop", ct->field);
    if (!drop)
        rp__pss_say(p, &rp__pss_r_caps_drop, RP_PSS_RESTRICTED, caps ? caps : missing_at(ct), field,
                    RP_PSS_CT_FMT " of %s does not drop ALL capabilities (no capabilities.drop)",
                    RP_PSS_CT_ARGS(ct), p->o->id);
    else if (drop->type != RP_NODE_SEQ)
        rp__pss_say(p, &rp__pss_r_caps_drop, RP_PSS_RESTRICTED, drop, field,
                    RP_PSS_CT_FMT " of %s sets capabilities.drop to %s, not a list (the API "
                                  "server rejects it): write drop: [\"ALL\"]",
                    RP_PSS_CT_ARGS(ct), p->o->id,
                    rp_node_is_scalar(drop) ? rp__pss_text(drop) : "a map");
    else if (spelt)
        rp__pss_say(p, &rp__pss_r_caps_drop, RP_PSS_RESTRICTED, rp__pss_at_key(caps, "drop"), field,
                    RP_PSS_CT_FMT
                    " of %s drops \"%s\", not \"ALL\": Pod Security compares names exactly",
                    RP_PSS_CT_ARGS(ct), p->o->id, spelt);
    else
        rp__pss_say(p, &rp__pss_r_caps_drop, RP_PSS_RESTRICTED, rp__pss_at_key(caps, "drop"), field,
                    RP_PSS_CT_FMT " of %s does not drop \"ALL\" (drops only some capabilities)",
                    RP_PSS_CT_ARGS(ct), p->o->id);
}

/* add may hold NET_BIND_SERVICE only. */
static void
caps_add(rp__pss *p, const rp_k8s_container *ct, const rp_node *caps)
{
    const rp_node *add = rp__pss_get(caps, "add");
    char field[512];
    rp__pss_items it;

    rp__pss_items_of(&it, add);
    for (size_t i = 0; i < it.n; i++) {
        if (rp_node_is_scalar(it.v[i]) && strcmp(rp__pss_text(it.v[i]), "NET_BIND_SERVICE") == 0)
            continue;
        if (add->type == RP_NODE_SEQ)
            snprintf(field, sizeof(field), "%s.securityContext.capabilities.add[%zu]", ct->field,
                     i);
        else
            snprintf(field, sizeof(field), "%s.securityContext.capabilities.add", ct->field);
        rp__pss_say(p, &rp__pss_r_caps_add, RP_PSS_RESTRICTED, it.v[i], field,
                    RP_PSS_CT_FMT
                    " of %s adds capability %s (restricted allows only NET_BIND_SERVICE)",
                    RP_PSS_CT_ARGS(ct), p->o->id,
                    rp_node_is_scalar(it.v[i]) ? rp__pss_text(it.v[i]) : "(not a name)");
    }
}

static void
check_caps_restricted(rp__pss *p, const rp_k8s_container *ct)
{
    const rp_node *caps = rp__pss_get(ct->sc, "capabilities");

    if (p->ver < RP_PSS_V(22) || (p->ver >= RP_PSS_V(25) && p->windows))
        return;
    if (rp__k8s_on(p->c, &rp__pss_r_caps_drop))
        caps_drop(p, ct, caps);
    /* PSA stops at a missing capabilities block; there is nothing added then anyway */
    if (rp__k8s_on(p->c, &rp__pss_r_caps_add))
        caps_add(p, ct, caps);
}

/* ---- entry points (called by rules_pss.c for each pod template) ---- */

void
rp__pss_restricted_pod(rp__pss *p)
{
    check_volume_types(p);
    check_non_root(p);
    check_root_uid(p);
    check_seccomp_restricted(p);
}

void
rp__pss_restricted_container(rp__pss *p, const rp_k8s_container *ct)
{
    check_priv_esc(p, ct);
    check_caps_restricted(p, ct);
}
