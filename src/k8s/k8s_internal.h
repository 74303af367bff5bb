/* Kubernetes internals shared across src/k8s/. */
#ifndef RP_K8S_INTERNAL_H
#define RP_K8S_INTERNAL_H

#include "rampart/k8s.h"

/* The identity lookup: every object's id, sorted (ties keep file order). */
struct rp_k8s_hash {
    const char *id;
    size_t object;
};

#endif
