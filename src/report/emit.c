/* The emitter: analyzers add findings through it; it applies rule policy and the cap. */
#include <stdio.h>
#include <string.h>

#include "rampart/buf.h"
#include "rampart/config.h"
#include "rampart/report.h"
#include "report/emit_internal.h"
#include "rules/tables.h"

static int
policy_at(const rp_rule_policy *p, const rp_rule *rule, size_t *idx)
{
    if (!p || !p->n)
        return 0;
    *idx = rp__rules_index(rule);
    return *idx < p->n;
}

bool
rp_emit_enabled(const rp_emitter *em, const rp_rule *rule)
{
    size_t i;

    if (policy_at(em->policy, rule, &i) && em->policy->enabled[i] >= 0)
        return em->policy->enabled[i] == 1;
    return !(rule->flags & RP_RULE_DEFAULT_OFF);
}

static rp_severity
effective_severity(const rp_emitter *em, const rp_rule *rule)
{
    size_t i;

    if (policy_at(em->policy, rule, &i) && em->policy->severity[i] >= 0)
        return (rp_severity)em->policy->severity[i];
    return rule->severity;
}

int
rp__emit_add(rp_emitter *em, const rp_rule *rule, const rp_location *loc, const char *snippet,
             const char *context, const char *message)
{
    rp_finding f;
    int err;

    if (em->err)
        return em->err;
    if (!rp_emit_enabled(em, rule))
        return RP_OK;
    if (em->max && em->count >= em->max) {
        if (em->count == em->max) {
            rp_report_add_error(em->report, em->target, RP_ELIMIT, em->path, 0, 0,
                                "more than %zu findings; the rest are not reported", em->max);
            em->count++;
        }
        return RP_OK; /* the error above makes the exit code say so */
    }
    memset(&f, 0, sizeof(f));
    f.rule = rule;
    f.severity = effective_severity(em, rule);
    f.message = message && *message ? message : rule->title;
    f.target = em->target;
    f.loc = *loc;
    if (!f.loc.path)
        f.loc.path = em->path;
    f.snippet = snippet;
    f.context = context;
    if ((err = rp_report_add_finding(em->report, &f)))
        em->err = err;
    else
        em->count++;
    return err;
}

static int emit_va(rp_emitter *em, const rp_rule *rule, const rp_location *loc, const char *snippet,
                   const char *context, const char *fmt, va_list ap) RP_PRINTF(6, 0);

static int
emit_va(rp_emitter *em, const rp_rule *rule, const rp_location *loc, const char *snippet,
        const char *context, const char *fmt, va_list ap)
{
    rp_buf msg = RP_BUF_INIT;
    int err;

    if (em->err || !rp_emit_enabled(em, rule))
        return em->err;
    rp_buf_set_cap(&msg, 64 * 1024);
    /* an over-long message keeps nothing: the title stands in for it */
    if ((err = rp_buf_vprintf(&msg, fmt, ap)) == RP_ELIMIT)
        err = RP_OK;
    if (!err)
        err = rp__emit_add(em, rule, loc, snippet, context, msg.ptr);
    else
        em->err = err;
    rp_buf_dispose(&msg);
    return err;
}

int
rp_emit(rp_emitter *em, const rp_rule *rule, uint32_t line, uint32_t end_line, const char *snippet,
        const char *fmt, ...)
{
    rp_location loc = {0};
    va_list ap;
    int err;

    loc.line = line;
    loc.end_line = end_line > line ? end_line : 0;
    va_start(ap, fmt);
    /* the fingerprint context is the offending text, so that it survives line moves */
    err = emit_va(em, rule, &loc, snippet, snippet, fmt, ap);
    va_end(ap);
    return err;
}

int
rp_emit_loc(rp_emitter *em, const rp_rule *rule, const rp_location *loc, const char *snippet,
            const char *context, const char *fmt, ...)
{
    va_list ap;
    int err;

    va_start(ap, fmt);
    err = emit_va(em, rule, loc, snippet, context, fmt, ap);
    va_end(ap);
    return err;
}
