/* Docker Compose files: the services of a compose file, each field read in both its short and
 * long syntax with ${VAR} interpolation resolved as `docker compose` does, and the analyzer that
 * checks them against CIS Docker Benchmark section 5. */
#ifndef RAMPART_COMPOSE_H
#define RAMPART_COMPOSE_H

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

/* Stands for the value of a variable that has no default (${VAR}, $VAR, ${VAR:?err},
 * ${VAR:+alt}) in interpolated text: whatever part holds it is unknown at scan time. */
#define RP_COMPOSE_UNKNOWN '\x1a'

/* One service: services.<name>. Pointers are borrowed from the file. */
typedef struct rp_compose_service {
    const char *name;
    const rp_node *key;  /* the name's key node: where a missing field is reported */
    const rp_node *node; /* the service's map */
    const char *object;  /* "service/<name>" */
    const char *field;   /* "services.<name>" */
} rp_compose_service;

/* A parsed compose file. The file owns every node, string and array it points to. */
typedef struct rp_compose_file {
    rp_arena arena; /* interpolated values and the service list */
    const char *path;
    rp_docset *docs;
    const rp_node *root;          /* the first document that is a map, or NULL */
    rp_compose_service *services; /* every services.<name> of every document, in order */
    size_t nservices;
    bool has_services; /* some document has a services map */
    int err;           /* RP_ENOMEM once a value could not be read (the analysis fails) */
} rp_compose_file;

/* True when a file's name is a compose file's: compose.yaml, compose.yml, docker-compose.yaml,
 * docker-compose.yml, compose.*.y(a)ml, docker-compose.*.y(a)ml, *.compose.y(a)ml (any case;
 * path may hold directories). */
bool rp_compose_filename(const char *path);
/* True when text looks like a compose file rather than a manifest: a top-level services: key
 * and no top-level apiVersion: or kind: (for stdin). */
bool rp_compose_sniff(const char *buf, size_t len);

/* Parses a compose file (YAML; duplicate keys are an error, as in docker compose). Parse errors
 * are RP_EPARSE/RP_ELIMIT with ctx at path:line:column. Free *out with rp_compose_free. */
int rp_compose_parse(rp_compose_file **out, rp_ctx *ctx, const char *path, const char *buf,
                     size_t len, const rp_limits *lim);
void rp_compose_free(rp_compose_file *f);
/* The service called name (the last one when documents repeat it), or NULL. */
const rp_compose_service *rp_compose_find(const rp_compose_file *f, const char *name);

/* Interpolates len bytes of s with no variable set: $$ is $, ${VAR:-x} and ${VAR-x} are x
 * (itself interpolated), every other variable is RP_COMPOSE_UNKNOWN. The result (never longer
 * than s) lives in a; NULL when out of memory. */
char *rp_compose_interpolate(rp_arena *a, const char *s, size_t len);
/* The interpolated text of a scalar node (in f's arena); NULL for null, maps and sequences. */
const char *rp_compose_text(rp_compose_file *f, const rp_node *n);
/* True when s holds no unknown part. */
bool rp_compose_known(const char *s);
/* Compose's booleans after interpolation: y, yes, true, on / n, no, false, off (any case). */
bool rp_compose_true(rp_compose_file *f, const rp_node *n);
bool rp_compose_false(rp_compose_file *f, const rp_node *n);

/* A published port: "8080:80", "127.0.0.1:8080:80/udp", "80", "9000-9001:9000-9001",
 * "[::1]::80", or {target, published, host_ip, protocol}. */
typedef struct rp_compose_port {
    const char *host_ip;       /* "" when not given: every interface */
    uint32_t host_lo, host_hi; /* published host ports; 0 when Docker picks one */
    uint32_t target_lo, target_hi;
    const char *protocol; /* "tcp" unless given */
    bool ip_known;        /* host_ip holds no unknown part */
    bool host_known;      /* the host ports hold no unknown part */
} rp_compose_port;

/* Reads a ports entry. RP_EINVAL when it is no port (the entry is then ignored). */
int rp_compose_port_parse(rp_compose_port *out, rp_compose_file *f, const rp_node *n);

typedef enum rp_compose_mount_type {
    RP_COMPOSE_MOUNT_VOLUME = 0, /* a named or anonymous volume */
    RP_COMPOSE_MOUNT_BIND,       /* a host path */
    RP_COMPOSE_MOUNT_TMPFS,
    RP_COMPOSE_MOUNT_NPIPE,   /* a Windows named pipe */
    RP_COMPOSE_MOUNT_OTHER,   /* cluster, image, or a type rampart does not know */
    RP_COMPOSE_MOUNT_UNKNOWN, /* the source depends on a variable without a default */
} rp_compose_mount_type;

/* A volumes entry: "/host:/ctr:ro", "name:/ctr", "/ctr", "C:\\x:/ctr", or
 * {type, source, target, read_only}. */
typedef struct rp_compose_mount {
    rp_compose_mount_type type;
    const char *source; /* host path, pipe or volume name; "" for an anonymous volume */
    const char *target;
    bool read_only;
    const rp_node *at; /* the node holding the source (the entry in short syntax) */
} rp_compose_mount;

int rp_compose_mount_parse(rp_compose_mount *out, rp_compose_file *f, const rp_node *n);

/* An environment (or build.args) entry: "KEY=value" or "KEY" in a list, KEY: value in a map. */
typedef struct rp_compose_env {
    const char *name;
    const char *value; /* interpolated; NULL when taken from the shell (KEY, KEY: null) */
    const rp_node *at; /* the list item, or the map value (its key when null) */
    bool list;
} rp_compose_env;

/* The i-th entry of an environment map or list: false past the end or for a malformed entry. */
bool rp_compose_env_at(rp_compose_env *out, rp_compose_file *f, const rp_node *env, size_t i);
/* Number of entries of an environment map or list (0 for anything else). */
size_t rp_compose_env_count(const rp_node *env);

/* Runs every enabled compose rule over f, adding findings through em. */
int rp_compose_analyze(rp_emitter *em, rp_compose_file *f, const struct rp_config *cfg);
/* Registers the compose rules with a target (for JUnit and SARIF). */
int rp_compose_target_rules(rp_report *r, size_t target, const struct rp_config *cfg);

#ifdef __cplusplus
}
#endif
#endif
