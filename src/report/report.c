/* The report: targets, errors, findings, warnings; all strings in one arena. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/util.h"
#include "rampart/buf.h"
#include "rampart/config.h"
#include "rampart/report.h"

int
rp_report_new(rp_report **out)
{
    rp_report *r = calloc(1, sizeof(*r));

    *out = NULL;
    if (!r)
        return RP_ENOMEM;
    rp_arena_init(&r->arena, 0);
    *out = r;
    return RP_OK;
}

void
rp_report_free(rp_report *r)
{
    if (!r)
        return;
    rp_arena_dispose(&r->arena);
    free(r->targets);
    free(r->findings);
    free(r->warnings);
    free(r);
}

/* Grows a malloc'd array so that it holds at least need elements. */
static int
grow(void **arr, size_t *cap, size_t need, size_t size)
{
    size_t ncap = *cap ? *cap : 8;
    void *p;

    if (need <= *cap)
        return RP_OK;
    while (ncap < need) {
        if (ncap > SIZE_MAX / 2 / size)
            return RP_ENOMEM;
        ncap *= 2;
    }
    p = realloc(*arr, ncap * size);
    if (!p)
        return RP_ENOMEM;
    *arr = p;
    *cap = ncap;
    return RP_OK;
}

static const char *
dup(rp_report *r, const char *s)
{
    return s ? rp_arena_strdup(&r->arena, s) : NULL;
}

int
rp_report_add_target(size_t *out, rp_report *r, const char *name, const char *kind)
{
    rp_target *t;

    if (grow((void **)&r->targets, &r->targets_cap, r->ntargets + 1, sizeof(*t)))
        return RP_ENOMEM;
    t = &r->targets[r->ntargets];
    memset(t, 0, sizeof(*t));
    t->name = dup(r, name);
    t->kind = dup(r, kind);
    if (!t->name || !t->kind)
        return RP_ENOMEM;
    *out = r->ntargets++;
    return RP_OK;
}

int
rp_report_target_rule(rp_report *r, size_t target, const rp_rule *rule)
{
    rp_target *t = &r->targets[target];
    const rp_rule **rules;

    for (size_t i = 0; i < t->nrules; i++)
        if (t->rules[i] == rule)
            return RP_OK;
    /* arena arrays double in place: cheap, and freed with the report */
    if ((t->nrules & (t->nrules - 1)) == 0 || t->nrules == 0) {
        size_t ncap = t->nrules ? t->nrules * 2 : 16;
        rules = rp_arena_grow(&r->arena, (void *)t->rules, t->nrules, ncap, sizeof(*rules));
        if (!rules)
            return RP_ENOMEM;
        t->rules = rules;
    }
    t->rules[t->nrules++] = rule;
    return RP_OK;
}

static int
add_error(rp_report *r, size_t target, int code, const char *path, uint32_t line,
          uint32_t column, const char *msg)
{
    rp_target *t = &r->targets[target];
    rp_target_error *e;

    if (t->nerrors == t->errors_cap) {
        size_t ncap = t->errors_cap ? t->errors_cap * 2 : 4;
        e = rp_arena_grow(&r->arena, t->errors, t->nerrors, ncap, sizeof(*e));
        if (!e)
            return RP_ENOMEM;
        t->errors = e;
        t->errors_cap = ncap;
    }
    e = &t->errors[t->nerrors];
    e->code = code;
    e->path = dup(r, path && *path ? path : t->name);
    e->line = line;
    e->column = column;
    e->message = dup(r, msg);
    if (!e->path || !e->message)
        return RP_ENOMEM;
    t->nerrors++;
    return RP_OK;
}

int
rp_report_add_error(rp_report *r, size_t target, int code, const char *path, uint32_t line,
                    uint32_t column, const char *fmt, ...)
{
    char msg[2048];
    va_list ap;

    va_start(ap, fmt);
    vsnprintf(msg, sizeof(msg), fmt, ap);
    va_end(ap);
    return add_error(r, target, code, path, line, column, msg);
}

int
rp_report_add_error_ctx(rp_report *r, size_t target, const rp_ctx *ctx)
{
    return add_error(r, target, ctx->code, ctx->path, ctx->line, ctx->column,
                     ctx->msg[0] ? ctx->msg : rp_strerror(ctx->code));
}

int
rp_report_add_finding(rp_report *r, const rp_finding *f)
{
    rp_finding *d;

    if (grow((void **)&r->findings, &r->findings_cap, r->nfindings + 1, sizeof(*d)))
        return RP_ENOMEM;
    d = &r->findings[r->nfindings];
    *d = *f;
    d->message = dup(r, f->message);
    d->loc.path = dup(r, f->loc.path);
    d->loc.object = dup(r, f->loc.object);
    d->loc.field = dup(r, f->loc.field);
    d->loc.layer = dup(r, f->loc.layer);
    d->loc.file = dup(r, f->loc.file);
    d->snippet = dup(r, f->snippet);
    d->context = dup(r, f->context);
    d->suppress_reason = dup(r, f->suppress_reason);
    d->seq = r->next_seq++;
    if (!d->message)
        return RP_ENOMEM;
    r->nfindings++;
    return RP_OK;
}

int
rp_report_add_warning(rp_report *r, const char *fmt, ...)
{
    va_list ap;
    rp_buf b = RP_BUF_INIT;
    const char *s;
    int err;

    va_start(ap, fmt);
    err = rp_buf_vprintf(&b, fmt, ap);
    va_end(ap);
    if (err)
        goto out;
    for (size_t i = 0; i < r->nwarnings; i++)
        if (strcmp(r->warnings[i], b.ptr) == 0)
            goto out; /* said once is enough */
    if ((err = grow((void **)&r->warnings, &r->warnings_cap, r->nwarnings + 1, sizeof(char *))))
        goto out;
    if (!(s = dup(r, b.ptr))) {
        err = RP_ENOMEM;
        goto out;
    }
    r->warnings[r->nwarnings++] = s;
out:
    rp_buf_dispose(&b);
    return err;
}

int
rp_report_merge(rp_report *dst, const rp_report *src)
{
    size_t base = dst->ntargets;
    int err;

    for (size_t i = 0; i < src->ntargets; i++) {
        const rp_target *t = &src->targets[i];
        size_t idx;

        if ((err = rp_report_add_target(&idx, dst, t->name, t->kind)))
            return err;
        for (size_t k = 0; k < t->nerrors; k++) {
            const rp_target_error *e = &t->errors[k];
            if ((err = add_error(dst, idx, e->code, e->path, e->line, e->column, e->message)))
                return err;
        }
        for (size_t k = 0; k < t->nrules; k++)
            if ((err = rp_report_target_rule(dst, idx, t->rules[k])))
                return err;
    }
    for (size_t i = 0; i < src->nfindings; i++) {
        rp_finding f = src->findings[i];
        f.target += base;
        if ((err = rp_report_add_finding(dst, &f)))
            return err;
    }
    for (size_t i = 0; i < src->nwarnings; i++)
        if ((err = rp_report_add_warning(dst, "%s", src->warnings[i])))
            return err;
    return RP_OK;
}

void
rp_finding_fingerprint(char out[65], const rp_report *r, const rp_finding *f)
{
    rp_buf b = RP_BUF_INIT;
    const char *parts[] = {f->rule ? f->rule->id : "",
                           f->target < r->ntargets ? r->targets[f->target].name : "",
                           f->loc.path, f->loc.object, f->loc.field, f->loc.layer, f->loc.file};

    for (size_t i = 0; i < RP_COUNTOF(parts); i++) {
        rp_buf_puts(&b, parts[i] ? parts[i] : "");
        rp_buf_putc(&b, '\x1f');
    }
    if (f->context)
        rp_buf_puts(&b, f->context);
    else
        rp_buf_printf(&b, "line:%u", f->loc.line);
    rp__sha256_hex(out, b.ptr ? b.ptr : "", b.len);
    rp_buf_dispose(&b);
}

static int
cmp_str(const char *a, const char *b)
{
    return strcmp(a ? a : "", b ? b : "");
}

static int
by_position(const void *pa, const void *pb)
{
    const rp_finding *a = pa, *b = pb;
    int c;

    if (a->target != b->target)
        return a->target < b->target ? -1 : 1;
    if ((c = cmp_str(a->loc.path, b->loc.path)))
        return c;
    if ((c = cmp_str(a->loc.object, b->loc.object)))
        return c;
    if (a->loc.line != b->loc.line)
        return a->loc.line < b->loc.line ? -1 : 1;
    if (a->loc.column != b->loc.column)
        return a->loc.column < b->loc.column ? -1 : 1;
    if ((c = cmp_str(a->loc.layer, b->loc.layer)))
        return c;
    if ((c = cmp_str(a->loc.file, b->loc.file)))
        return c;
    if ((c = strcmp(a->rule->id, b->rule->id)))
        return c;
    return a->seq < b->seq ? -1 : a->seq > b->seq;
}

typedef struct fp_slot {
    char base[65];
    size_t idx;
} fp_slot;

static int
by_base(const void *pa, const void *pb)
{
    const fp_slot *a = pa, *b = pb;
    int c = strcmp(a->base, b->base);

    return c ? c : (a->idx < b->idx ? -1 : a->idx > b->idx);
}

/* Identical occurrences (same rule, place and text) get an ordinal, so that each keeps a
 * fingerprint of its own and a baseline hides exactly as many as it saw. */
static void
fingerprint_all(rp_report *r)
{
    fp_slot *slots;
    size_t n = 0;

    if (!r->nfindings || !(slots = calloc(r->nfindings, sizeof(*slots))))
        return;
    for (size_t i = 0; i < r->nfindings; i++) {
        if (r->findings[i].fingerprint[0])
            continue;
        rp_finding_fingerprint(slots[n].base, r, &r->findings[i]);
        slots[n++].idx = i;
    }
    qsort(slots, n, sizeof(*slots), by_base);
    for (size_t i = 0, ord = 0; i < n; i++) {
        rp_finding *f = &r->findings[slots[i].idx];

        ord = (i > 0 && strcmp(slots[i - 1].base, slots[i].base) == 0) ? ord + 1 : 0;
        if (ord == 0) {
            memcpy(f->fingerprint, slots[i].base, 65);
        } else {
            char tmp[96];
            int len = snprintf(tmp, sizeof(tmp), "%s#%zu", slots[i].base, ord);
            rp__sha256_hex(f->fingerprint, tmp, (size_t)len);
        }
    }
    free(slots);
}

void
rp_report_finalize(rp_report *r)
{
    if (r->nfindings) /* qsort wants a non-NULL base even for nothing */
        qsort(r->findings, r->nfindings, sizeof(*r->findings), by_position);
    fingerprint_all(r);
    memset(r->counts, 0, sizeof(r->counts));
    r->nsuppressed = 0;
    r->nerrors = 0;
    for (size_t i = 0; i < r->nfindings; i++) {
        if (r->findings[i].suppressed)
            r->nsuppressed++;
        else
            r->counts[r->findings[i].severity]++;
    }
    for (size_t i = 0; i < r->ntargets; i++)
        r->nerrors += r->targets[i].nerrors;
}

size_t
rp_report_count_at_least(const rp_report *r, rp_severity sev)
{
    size_t n = 0;

    for (int s = (int)sev; s < RP_SEV_COUNT; s++)
        n += r->counts[s];
    return n;
}

const char *
rp_suppress_kind_name(rp_suppress_kind k)
{
    switch (k) {
    case RP_SUPPRESS_INLINE: return "inline";
    case RP_SUPPRESS_CONFIG: return "config";
    case RP_SUPPRESS_BASELINE: return "baseline";
    default: return "none";
    }
}
