/* The catalogue: the rule tables of every analyzer, sorted by id once. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/util.h"
#include "rules/tables.h"

static size_t (*const lists[])(const rp_rule *const **out) = {
    rp__df_rule_list,
    rp__k8s_rule_list,
    rp__compose_rule_list,
};

static const rp_rule **sorted;
static size_t nsorted;
static pthread_once_t once = PTHREAD_ONCE_INIT;

static int
by_id(const void *a, const void *b)
{
    const rp_rule *ra = *(const rp_rule *const *)a, *rb = *(const rp_rule *const *)b;

    return strcmp(ra->id, rb->id);
}

static void
build(void)
{
    size_t n = 0, k = 0;
    const rp_rule *const *rules;

    for (size_t t = 0; t < RP_COUNTOF(lists); t++)
        n += lists[t](&rules);
    sorted = calloc(n ? n : 1, sizeof(*sorted));
    if (!sorted)
        return; /* rp_rules_count() then reports an empty catalogue */
    for (size_t t = 0; t < RP_COUNTOF(lists); t++) {
        size_t m = lists[t](&rules);
        for (size_t i = 0; i < m; i++)
            sorted[k++] = rules[i];
    }
    qsort(sorted, n, sizeof(*sorted), by_id);
    nsorted = n;
}

size_t
rp_rules_count(void)
{
    pthread_once(&once, build);
    return nsorted;
}

const rp_rule *
rp_rules_at(size_t i)
{
    pthread_once(&once, build);
    return i < nsorted ? sorted[i] : NULL;
}

const rp_rule *
rp_rules_find(const char *s)
{
    pthread_once(&once, build);
    if (!s)
        return NULL;
    for (size_t i = 0; i < nsorted; i++)
        if (strcasecmp(sorted[i]->id, s) == 0 || strcasecmp(sorted[i]->name, s) == 0)
            return sorted[i];
    return NULL;
}

bool
rp_rule_matches(const rp_rule *r, const char *s)
{
    if (!r || !s)
        return false;
    if (strcasecmp(r->id, s) == 0 || strcasecmp(r->name, s) == 0)
        return true;
    for (size_t i = 0; i < RP_RULE_MAX_REFS && r->refs[i]; i++)
        if (strcasecmp(r->refs[i], s) == 0)
            return true;
    return false;
}

bool
rp_rules_known(const char *s)
{
    size_t n = rp_rules_count();

    for (size_t i = 0; i < n; i++)
        if (rp_rule_matches(sorted[i], s))
            return true;
    return false;
}

const char *
rp_rule_help_uri(const rp_rule *r, char *buf, size_t size)
{
    snprintf(buf, size, "%s%s.md", RP_DOCS_BASE_URL, r->id);
    return buf;
}

const char *
rp_severity_name(rp_severity sev)
{
    static const char *const names[] = {"info", "low", "medium", "high", "critical"};

    return (unsigned)sev < RP_SEV_COUNT ? names[sev] : "unknown";
}

int
rp_severity_parse(rp_severity *out, const char *s)
{
    static const struct {
        const char *name;
        rp_severity sev;
    } names[] = {
        {"info", RP_SEV_INFO},   {"low", RP_SEV_LOW},         {"medium", RP_SEV_MEDIUM},
        {"high", RP_SEV_HIGH},   {"critical", RP_SEV_CRITICAL}, {"style", RP_SEV_INFO},
        {"warning", RP_SEV_MEDIUM}, {"error", RP_SEV_HIGH},   {"moderate", RP_SEV_MEDIUM},
        {"unknown", RP_SEV_INFO}, {"note", RP_SEV_LOW},
    };

    for (size_t i = 0; s && i < RP_COUNTOF(names); i++) {
        if (strcasecmp(s, names[i].name) == 0) {
            *out = names[i].sev;
            return RP_OK;
        }
    }
    return RP_EINVAL;
}

size_t
rp__rules_index(const rp_rule *r)
{
    size_t lo = 0, hi = rp_rules_count();

    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = strcmp(sorted[mid]->id, r->id);
        if (c == 0)
            return mid;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return (size_t)-1;
}
