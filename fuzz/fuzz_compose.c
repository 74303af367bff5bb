/* Fuzzes the compose analyzer: parses the input as a compose file, runs every compose rule,
 * reads every ports, volumes and environment entry in both syntaxes, and interpolates the raw
 * input (deep ${A:-${B:-...}} nesting, unterminated braces). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "rampart/rampart.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define CHECK(c)                                                                                   \
    do {                                                                                           \
        if (!(c))                                                                                  \
            abort();                                                                               \
    } while (0)

static void
read_fields(rp_compose_file *f, const rp_compose_service *s)
{
    const rp_node *ports = rp_node_get(s->node, "ports");
    const rp_node *vols = rp_node_get(s->node, "volumes");
    const rp_node *env = rp_node_get(s->node, "environment");

    for (size_t i = 0; ports && ports->type == RP_NODE_SEQ && i < ports->n; i++) {
        rp_compose_port p;
        if (rp_compose_port_parse(&p, f, ports->items[i]) == RP_OK)
            CHECK(p.host_lo <= p.host_hi && p.host_hi <= 65535 && p.host_ip && p.protocol);
    }
    for (size_t i = 0; vols && vols->type == RP_NODE_SEQ && i < vols->n; i++) {
        rp_compose_mount m;
        if (rp_compose_mount_parse(&m, f, vols->items[i]) == RP_OK)
            CHECK(m.source && m.at);
    }
    for (size_t i = 0; i < rp_compose_env_count(env); i++) {
        rp_compose_env e;
        if (rp_compose_env_at(&e, f, env, i))
            CHECK(e.name && e.name[0] && e.at);
    }
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    rp_compose_file *f = NULL;
    rp_report *r = NULL;
    rp_arena a = RP_ARENA_INIT;
    rp_limits lim;
    rp_ctx ctx;
    size_t target;
    char *s;

    /* interpolation never grows its input */
    if ((s = rp_compose_interpolate(&a, (const char *)data, size)))
        CHECK(strlen(s) <= size);
    rp_arena_dispose(&a);
    (void)rp_compose_sniff((const char *)data, size);
    rp_limits_default(&lim);
    lim.max_doc_nodes = 200000;
    if (rp_compose_parse(&f, &ctx, "compose.yaml", (const char *)data, size, &lim) != 0)
        return 0;
    for (size_t i = 0; i < f->nservices; i++)
        read_fields(f, &f->services[i]);
    if (rp_report_new(&r) == 0 &&
        rp_report_add_target(&target, r, "compose.yaml", "compose") == 0) {
        rp_emitter em = {.report = r, .target = target, .path = "compose.yaml", .max = 10000};
        rp_compose_analyze(&em, f, NULL);
        rp_suppress_inline(r, 0, "compose.yaml", (const char *)data, size);
        rp_report_finalize(r);
    }
    rp_report_free(r);
    rp_compose_free(f);
    return 0;
}
