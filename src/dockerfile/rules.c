/* The Dockerfile analyzer: runs every ruleset over a parsed Dockerfile. */
#include <pthread.h>
#include <stdlib.h>

#include "core/util.h"
#include "dockerfile/rules.h"
#include "rules/tables.h"

extern const rp__df_ruleset rp__df_set_from, rp__df_set_user, rp__df_set_instr,
    rp__df_set_secret, rp__df_set_copy, rp__df_set_run, rp__df_set_pkg, rp__df_set_lang;

static const rp_rule r_parse = {
    .id = "RP-DF-000",
    .name = "parse-error",
    .analyzer = "dockerfile",
    .severity = RP_SEV_HIGH,
    .title = "Instruction cannot be parsed",
    .description = "BuildKit rejects this instruction, so the image cannot be built as written. "
                   "rampart reports the broken instruction, skips it and checks the rest.",
    .remediation = "Fix the instruction's syntax; the message says what is wrong.",
    .refs = {NULL},
    .bad = "FORM debian:12\nCOPY onlyone\nHEALTHCHECK --interval=5s curl localhost",
    .good = "FROM debian:12\nCOPY app /app\nHEALTHCHECK --interval=5s CMD curl -f localhost",
};

static const rp_rule *const parse_rules[] = {&r_parse, NULL};

static void
check_parse(rp__df_check *c)
{
    for (size_t i = 0; i < c->df->ninstrs; i++) {
        const rp_df_instr *in = &c->df->instrs[i];
        const char *err = in->error ? in->error : (in->sub ? in->sub->error : NULL);
        if (err)
            rp__df_report(c, &r_parse, in, "%s", err);
    }
}

static const rp__df_ruleset set_parse = {parse_rules, check_parse};

const rp__df_ruleset *const rp__df_rulesets[] = {
    &set_parse,      &rp__df_set_from, &rp__df_set_user, &rp__df_set_instr, &rp__df_set_secret,
    &rp__df_set_copy, &rp__df_set_run, &rp__df_set_pkg,  &rp__df_set_lang,  NULL,
};

static const rp_rule *const *
rules_of(size_t i)
{
    return rp__df_rulesets[i] ? rp__df_rulesets[i]->rules : NULL;
}

static rp__rule_list list = RP__RULE_LIST_INIT;

size_t
rp__df_rule_list(const rp_rule *const **out)
{
    return rp__rule_list_get(&list, rules_of, out);
}

int
rp_dockerfile_target_rules(rp_report *r, size_t target, const struct rp_config *cfg)
{
    const rp_rule *const *rules;
    size_t n = rp__df_rule_list(&rules);

    return rp__rules_register(r, target, cfg, rules, n);
}

int
rp_dockerfile_analyze(rp_emitter *em, const rp_dockerfile *df, const struct rp_config *cfg)
{
    rp__df_check c = {em, df, cfg};

    for (size_t s = 0; rp__df_rulesets[s] && !em->err; s++)
        rp__df_rulesets[s]->check(&c);
    return em->err;
}
