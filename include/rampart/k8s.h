/* Kubernetes objects: loading manifests into an index built once per scan, the pod templates
 * of every workload kind with each container's effective security context, and the analyzer. */
#ifndef RAMPART_K8S_H
#define RAMPART_K8S_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "common.h"
#include "doc.h"
#include "report.h"

#ifdef __cplusplus
extern "C" {
#endif

struct rp_config;

/* One Kubernetes object from a manifest (a document, or an item of a List). All pointers are
 * borrowed from the index and live as long as it. */
typedef struct rp_k8s_object {
    const char *api_version;
    const char *kind;
    const char *name;          /* metadata.name, or metadata.generateName, or "" */
    const char *ns;            /* metadata.namespace; "default" when absent for namespaced
                                  kinds; "-" for cluster-scoped kinds */
    bool namespaced;
    bool ns_explicit;          /* metadata.namespace was written */
    const char *id;            /* "Kind/namespace/name" */
    const rp_node *node;       /* the object's map */
    const rp_node *metadata;
    const rp_node *labels;     /* map or NULL */
    const rp_node *annotations; /* map or NULL */
    const char *path;          /* the file it came from ("-" for stdin) */
    uint32_t line;             /* where the object starts */
    size_t file;               /* index into rp_k8s_index.files */
    size_t workload;           /* index into rp_k8s_index.workloads, or (size_t)-1 */
} rp_k8s_object;

typedef enum rp_k8s_ctype {
    RP_K8S_INIT = 0,
    RP_K8S_CONTAINER,
    RP_K8S_EPHEMERAL,
} rp_k8s_ctype;

/* A security-context field as the kubelet sees it: the container's own value, else the pod's
 * (for the fields the pod level can set). node NULL = unset at both levels. */
typedef struct rp_k8s_field {
    const rp_node *node;
    bool from_pod;
    const char *field;         /* JSON path of node within the object, "" when unset */
} rp_k8s_field;

/* The effective security context of one container. */
typedef struct rp_k8s_secctx {
    /* inherited from spec.securityContext when the container leaves them unset */
    rp_k8s_field run_as_user, run_as_group, run_as_non_root, se_linux_options, seccomp_profile,
        windows_options, app_armor_profile;
    /* container-only */
    rp_k8s_field privileged, allow_privilege_escalation, capabilities, read_only_root_fs,
        proc_mount;
} rp_k8s_secctx;

typedef struct rp_k8s_container {
    const char *name;
    rp_k8s_ctype type;
    size_t index;              /* within its list */
    const rp_node *node;       /* the container's map */
    const char *field;         /* "spec.template.spec.containers[0]" */
    const rp_node *sc;         /* its own securityContext map, or NULL */
    rp_k8s_secctx eff;         /* resolved once */
} rp_k8s_container;

/* A pod template and where it sits in its object. */
typedef struct rp_k8s_workload {
    size_t object;             /* index into rp_k8s_index.objects */
    const rp_node *spec;       /* the pod spec map */
    const char *spec_field;    /* "spec", "template.spec", "spec.template.spec",
                                  "spec.jobTemplate.spec.template.spec" */
    const rp_node *pod_meta;   /* the pod template's metadata (Pod: its own metadata) */
    const rp_node *pod_annotations; /* the pod template's annotations, or NULL */
    const rp_node *pod_labels; /* the pod template's labels, or NULL */
    const rp_node *pod_sc;     /* spec.securityContext map, or NULL */
    rp_k8s_container *containers; /* init, then regular, then ephemeral */
    size_t ncontainers;
} rp_k8s_workload;

/* One input file and what it gave. */
typedef struct rp_k8s_file {
    const char *path;
    const char *src;           /* the text, kept for inline pragmas */
    size_t len;
    rp_docset *docs;           /* owned by the index */
    size_t first, end;         /* its objects: [first, end) */
    size_t target;             /* report target, set by the scanner */
} rp_k8s_file;

typedef struct rp_k8s_index {
    rp_arena arena;
    rp_k8s_file *files;
    size_t nfiles;
    rp_k8s_object *objects;
    size_t nobjects;
    rp_k8s_workload *workloads;
    size_t nworkloads;
    size_t cap_files, cap_objects, cap_workloads;
    struct rp_k8s_hash *byid;  /* private: identity lookup */
} rp_k8s_index;

/* What rp_k8s_index_add found in one file. */
typedef enum rp_k8s_content {
    RP_K8S_OBJECTS = 0,        /* at least one Kubernetes object */
    RP_K8S_NOT_K8S,            /* valid YAML/JSON without any object: skip quietly */
    RP_K8S_TEMPLATE,           /* a Helm/Go template ({{ }}): render it first */
    RP_K8S_EMPTY,              /* nothing in it */
} rp_k8s_content;

int rp_k8s_index_new(rp_k8s_index **out);
void rp_k8s_index_free(rp_k8s_index *ix);

/* Parses a file (YAML streams, JSON, List kinds, kubectl get -o json|yaml) and adds its
 * objects. The index keeps a copy of buf. *what says what the file held. Parse errors are
 * RP_EPARSE/RP_ELIMIT with ctx set (path:line:column); the file is then not added. */
int rp_k8s_index_add(rp_k8s_index *ix, rp_k8s_content *what, rp_ctx *ctx, const char *path,
                     const char *buf, size_t len, const rp_limits *lim);
/* Like rp_k8s_index_add with a document set parsed elsewhere (the index takes it). */
int rp_k8s_index_add_docs(rp_k8s_index *ix, rp_k8s_content *what, rp_ctx *ctx, const char *path,
                          const char *buf, size_t len, rp_docset *docs, const rp_limits *lim);
/* Resolves pod templates and security contexts, and builds the identity lookup. Call once
 * after the last add. */
int rp_k8s_index_finish(rp_k8s_index *ix);

/* The object Kind/namespace/name, or NULL. ns is ignored for cluster-scoped kinds. */
const rp_k8s_object *rp_k8s_find(const rp_k8s_index *ix, const char *kind, const char *ns,
                                 const char *name);
/* True when kind is namespaced (unknown kinds are assumed namespaced). */
bool rp_k8s_kind_namespaced(const char *kind);
/* A label or annotation value of o, or NULL. */
const char *rp_k8s_label(const rp_k8s_object *o, const char *key);
const char *rp_k8s_annotation(const rp_k8s_object *o, const char *key);

/* Pod Security Standards versions: "v1.30" -> 130; "latest" -> RP_PSS_LATEST. */
#define RP_PSS_LATEST 9999
int rp_pss_version_parse(unsigned *out, const char *s);

/* Runs every enabled Kubernetes rule over the index. Findings of an object go to the report
 * target of its file (rp_k8s_file.target). */
int rp_k8s_analyze(rp_report *r, const rp_k8s_index *ix, const struct rp_config *cfg);
/* Registers the Kubernetes rules with a target (for JUnit and SARIF). */
int rp_k8s_target_rules(rp_report *r, size_t target, const struct rp_config *cfg);

#ifdef __cplusplus
}
#endif
#endif
