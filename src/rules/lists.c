/* Each analyzer's rules as one flat list, built once; and registering them with a target. */
#include <stdlib.h>

#include "rampart/config.h"
#include "rules/tables.h"

size_t
rp__rule_list_get(rp__rule_list *l, const rp_rule *const *(*rules_of)(size_t i),
                  const rp_rule *const **out)
{
    pthread_mutex_lock(&l->lock);
    if (!l->built) {
        size_t n = 0, k = 0;
        const rp_rule *const *set;
        for (size_t s = 0; (set = rules_of(s)); s++)
            for (size_t r = 0; set[r]; r++)
                n++;
        /* out of memory leaves the list empty: the catalogue then misses these rules */
        if ((l->all = calloc(n ? n : 1, sizeof(*l->all)))) {
            for (size_t s = 0; (set = rules_of(s)); s++)
                for (size_t r = 0; set[r]; r++)
                    l->all[k++] = set[r];
            l->n = n;
        }
        l->built = true;
    }
    pthread_mutex_unlock(&l->lock);
    *out = l->all;
    return l->n;
}

int
rp__rules_register(rp_report *r, size_t target, const rp_config *cfg,
                   const rp_rule *const *rules, size_t n)
{
    rp_emitter em = {.report = r, .policy = cfg ? &cfg->policy : NULL};
    int err;

    for (size_t i = 0; i < n; i++)
        if (rp_emit_enabled(&em, rules[i]) && (err = rp_report_target_rule(r, target, rules[i])))
            return err;
    return RP_OK;
}
