/* The two syntaxes of the compose fields the rules read: ports, volumes, environment and
 * security_opt, each read the way compose-go and the Docker engine read them. */
#include <ctype.h>
#include <string.h>

#include "compose/compose_internal.h"

/* "80" or "8000-8010" (no more than 65535); "" is 0-0 (Docker picks the port). */
static bool
port_range(uint32_t *lo, uint32_t *hi, const char *s, size_t len)
{
    uint32_t v[2] = {0, 0};
    size_t k = 0;

    *lo = *hi = 0;
    if (!len)
        return true;
    for (size_t i = 0; i < len; i++) {
        if (s[i] == '-' && i > 0 && k == 0) {
            k = 1;
            continue;
        }
        if (!isdigit((unsigned char)s[i]))
            return false;
        v[k] = v[k] * 10 + (uint32_t)(s[i] - '0');
        if (v[k] > 65535)
            return false;
    }
    if (s[len - 1] == '-')
        return false;
    *lo = v[0];
    *hi = k ? v[1] : v[0];
    return *lo <= *hi;
}

static bool
has_unknown(const char *s, size_t len)
{
    return memchr(s, RP_COMPOSE_UNKNOWN, len) != NULL;
}

/* The last ':' of [s, s+len), or NULL. */
static const char *
last_colon(const char *s, size_t len)
{
    while (len--)
        if (s[len] == ':')
            return s + len;
    return NULL;
}

/* "[IP:][HOST:]CONTAINER[/PROTO]", split as go-connections' nat.ParsePortSpec does: the last
 * part is the container port, the one before the host port, everything before that the IP. */
static int
port_short(rp_compose_port *out, rp_compose_file *f, const char *s)
{
    const char *slash = strrchr(s, '/'), *c1, *c2 = NULL;
    size_t len = slash ? (size_t)(slash - s) : strlen(s);
    const char *ip = "", *host = "";
    size_t iplen = 0, hostlen = 0;

    if (slash && !(out->protocol = rp_arena_strdup(&f->arena, slash + 1)))
        return f->err = RP_ENOMEM;
    if ((c1 = last_colon(s, len)))
        c2 = last_colon(s, (size_t)(c1 - s));
    if (c1) {
        host = c2 ? c2 + 1 : s;
        hostlen = (size_t)(c1 - host);
    }
    if (c2) {
        ip = s;
        iplen = (size_t)(c2 - s);
        if (iplen >= 2 && ip[0] == '[' && ip[iplen - 1] == ']')
            ip++, iplen -= 2;
    }
    if (!(out->host_ip = rp_arena_strndup(&f->arena, ip, iplen)))
        return f->err = RP_ENOMEM;
    out->ip_known = !has_unknown(ip, iplen);
    out->host_known = !has_unknown(host, hostlen);
    {
        const char *ctr = c1 ? c1 + 1 : s;
        size_t clen = (size_t)(s + len - ctr);
        if (!has_unknown(ctr, clen) &&
            (!clen || !port_range(&out->target_lo, &out->target_hi, ctr, clen)))
            return RP_EINVAL;
    }
    if (out->host_known && !port_range(&out->host_lo, &out->host_hi, host, hostlen))
        return RP_EINVAL;
    return RP_OK;
}

static int
port_long(rp_compose_port *out, rp_compose_file *f, const rp_node *n)
{
    const char *target = rp_compose_text(f, rp_node_get(n, "target"));
    const char *pub = rp_compose_text(f, rp_node_get(n, "published"));
    const char *ip = rp_compose_text(f, rp_node_get(n, "host_ip"));
    const char *proto = rp_compose_text(f, rp_node_get(n, "protocol"));

    if (!target)
        return RP_EINVAL;
    if (rp_compose_known(target) &&
        !port_range(&out->target_lo, &out->target_hi, target, strlen(target)))
        return RP_EINVAL;
    out->host_ip = ip ? ip : "";
    out->ip_known = !ip || rp_compose_known(ip);
    out->host_known = !pub || rp_compose_known(pub);
    if (proto)
        out->protocol = proto;
    if (pub && out->host_known && !port_range(&out->host_lo, &out->host_hi, pub, strlen(pub)))
        return RP_EINVAL;
    return RP_OK;
}

int
rp_compose_port_parse(rp_compose_port *out, rp_compose_file *f, const rp_node *n)
{
    const char *s;

    memset(out, 0, sizeof(*out));
    out->protocol = "tcp";
    out->host_ip = "";
    if (n && n->type == RP_NODE_MAP)
        return port_long(out, f, n);
    if (!(s = rp_compose_text(f, n)))
        return RP_EINVAL;
    return port_short(out, f, s);
}

/* ---- volumes ---- */

static bool
windows_drive(const char *s)
{
    return isalpha((unsigned char)s[0]) && s[1] == ':';
}

/* compose-go's isFilePath: a source that names a host path rather than a volume. */
static bool
file_path(const char *s)
{
    if (!s[0])
        return false;
    if (s[0] == '.' || s[0] == '/' || s[0] == '~')
        return true;
    return (s[0] == '\\' && s[1] == '\\') || windows_drive(s);
}

static rp_compose_mount_type
type_of_source(const char *src)
{
    if (!rp_compose_known(src))
        return RP_COMPOSE_MOUNT_UNKNOWN;
    return file_path(src) ? RP_COMPOSE_MOUNT_BIND : RP_COMPOSE_MOUNT_VOLUME;
}

/* The mode part ("ro", "rw,z", "ro,nocopy"): an unknown mode is taken as read-only, so that a
 * variable never makes a finding. */
static bool
mode_read_only(const char *m, size_t len)
{
    bool ro = false;

    if (has_unknown(m, len))
        return true;
    for (size_t i = 0; i < len;) {
        size_t e = i;
        while (e < len && m[e] != ',')
            e++;
        if (e - i == 2 && (memcmp(m + i, "ro", 2) == 0 || memcmp(m + i, "rw", 2) == 0))
            ro = m[i + 1] == 'o';
        i = e + 1;
    }
    return ro;
}

/* compose-go's ParseVolume: "[SOURCE:]TARGET[:MODE]", a drive letter ("C:") not being a
 * separator. */
static int
mount_short(rp_compose_mount *out, rp_compose_file *f, const char *s)
{
    const char *part[3];
    size_t plen[3], np = 0, len = strlen(s), start = 0;

    if (len == 0)
        return RP_EINVAL;
    if (len <= 2) {
        out->target = s;
        return RP_OK;
    }
    for (size_t i = 0; i <= len; i++) {
        if (i < len && (s[i] != ':' || (i - start == 1 && isalpha((unsigned char)s[start]))))
            continue;
        if (i == start || np == 3)
            return RP_EINVAL; /* "empty section between colons", "too many colons" */
        part[np] = s + start;
        plen[np++] = i - start;
        start = i + 1;
    }
    if (np == 1) {
        out->target = s;
        return RP_OK;
    }
    if (!(out->source = rp_arena_strndup(&f->arena, part[0], plen[0])) ||
        !(out->target = rp_arena_strndup(&f->arena, part[1], plen[1])))
        return f->err = RP_ENOMEM;
    out->read_only = np == 3 && mode_read_only(part[2], plen[2]);
    out->type = type_of_source(out->source);
    return RP_OK;
}

static int
mount_long(rp_compose_mount *out, rp_compose_file *f, const rp_node *n)
{
    static const struct {
        const char *name;
        rp_compose_mount_type type;
    } types[] = {{"volume", RP_COMPOSE_MOUNT_VOLUME},
                 {"bind", RP_COMPOSE_MOUNT_BIND},
                 {"tmpfs", RP_COMPOSE_MOUNT_TMPFS},
                 {"npipe", RP_COMPOSE_MOUNT_NPIPE}};
    const rp_node *src = rp_node_get(n, "source");
    const char *type = rp_compose_text(f, rp_node_get(n, "type"));
    const char *source = rp_compose_text(f, src), *ro;

    out->source = source ? source : "";
    out->target = rp_compose_text(f, rp_node_get(n, "target"));
    ro = rp_compose_text(f, rp_node_get(n, "read_only"));
    /* as in short syntax, a mode from a variable without a default counts as read-only */
    out->read_only =
        rp_compose_true(f, rp_node_get(n, "read_only")) || (ro && !rp_compose_known(ro));
    out->at = src ? src : n;
    if (!type) {
        out->type = type_of_source(out->source);
        return RP_OK;
    }
    out->type = RP_COMPOSE_MOUNT_OTHER;
    for (size_t i = 0; i < sizeof(types) / sizeof(types[0]); i++)
        if (strcmp(type, types[i].name) == 0)
            out->type = types[i].type;
    if (!rp_compose_known(type) ||
        (out->type != RP_COMPOSE_MOUNT_TMPFS && !rp_compose_known(out->source)))
        out->type = RP_COMPOSE_MOUNT_UNKNOWN;
    return RP_OK;
}

int
rp_compose_mount_parse(rp_compose_mount *out, rp_compose_file *f, const rp_node *n)
{
    const char *s;

    memset(out, 0, sizeof(*out));
    out->source = "";
    out->at = n;
    if (n && n->type == RP_NODE_MAP)
        return mount_long(out, f, n);
    if (!(s = rp_compose_text(f, n)))
        return RP_EINVAL;
    return mount_short(out, f, s);
}

/* ---- environment ---- */

size_t
rp_compose_env_count(const rp_node *env)
{
    return env && (env->type == RP_NODE_MAP || env->type == RP_NODE_SEQ) ? env->n : 0;
}

bool
rp_compose_env_at(rp_compose_env *out, rp_compose_file *f, const rp_node *env, size_t i)
{
    memset(out, 0, sizeof(*out));
    if (i >= rp_compose_env_count(env))
        return false;
    if (env->type == RP_NODE_MAP) {
        const rp_pair *p = &env->pairs[i];
        if (p->value->type == RP_NODE_MAP || p->value->type == RP_NODE_SEQ)
            return false;
        out->name = p->key->text;
        out->value = rp_compose_text(f, p->value); /* NULL for KEY: (from the shell) */
        out->at = p->value->type == RP_NODE_NULL ? p->key : p->value;
        return out->name[0] != '\0';
    }
    {
        const char *s = rp_compose_text(f, env->items[i]), *eq;
        if (!s || !s[0] || s[0] == '=')
            return false;
        out->list = true;
        out->at = env->items[i];
        if (!(eq = strchr(s, '='))) {
            out->name = s;
            return rp_compose_known(s);
        }
        if (!(out->name = rp_arena_strndup(&f->arena, s, (size_t)(eq - s)))) {
            f->err = RP_ENOMEM;
            return false;
        }
        out->value = eq + 1;
        return rp_compose_known(out->name);
    }
}

/* ---- security_opt ---- */

bool
rp__cmp_secopt(char *key, size_t ksize, const char **value, const char *entry)
{
    const char *sep = strchr(entry, '=');
    size_t n;

    /* Docker: "no-new-privileges" alone is true; "key=value"; else the legacy "key:value" */
    if (!sep)
        sep = strchr(entry, ':');
    n = sep ? (size_t)(sep - entry) : strlen(entry);
    if (n == 0 || n >= ksize)
        return false;
    memcpy(key, entry, n);
    key[n] = '\0';
    *value = sep ? sep + 1 : "";
    return true;
}
