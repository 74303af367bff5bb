/* Trusted registries (hadolint's trustedRegistries): the one matcher for Dockerfiles,
 * manifests and, later, admission. */
#include <stdio.h>
#include <string.h>

#include "core/util.h"
#include "rampart/config.h"

static const char *const docker_hub[] = {"docker.io", "index.docker.io", "registry-1.docker.io",
                                         "hub.docker.com", NULL};

static bool
is_docker_hub(const char *reg)
{
    for (size_t k = 0; docker_hub[k]; k++)
        if (rp__str_eq_ci(reg, docker_hub[k]))
            return true;
    return false;
}

/* One trusted-registries entry against one registry name, as hadolint: "*" allows all,
 * "*suffix" and "prefix*" match by suffix and prefix, anything else exactly. */
static bool
entry_matches(const char *entry, const char *reg)
{
    size_t n = strlen(entry);

    if (!strcmp(entry, "*"))
        return true;
    if (n && entry[0] == '*')
        return rp__str_ends_ci(reg, entry + 1);
    if (n && entry[n - 1] == '*') {
        char prefix[256];
        snprintf(prefix, sizeof(prefix), "%.*s", (int)(n - 1), entry);
        return rp__str_starts_ci(reg, prefix);
    }
    if (is_docker_hub(entry) && is_docker_hub(reg))
        return true;
    return rp__str_eq_ci(entry, reg);
}

bool
rp_config_registry_trusted(const rp_config *cfg, const char *reg)
{
    bool hub = is_docker_hub(reg);

    for (size_t e = 0; e < cfg->ntrusted_registries; e++) {
        const char *entry = cfg->trusted_registries[e];
        if (!entry)
            continue;
        if (entry_matches(entry, reg))
            return true;
        /* Docker Hub under any of its names, for wildcard entries too */
        for (size_t k = 0; hub && docker_hub[k]; k++)
            if (entry_matches(entry, docker_hub[k]))
                return true;
    }
    return false;
}

