/* Stages after parsing: their extent, which ones the build needs, image references, and
 * variable lookup for the rules. */
#include <ctype.h>
#include <string.h>

#include "core/util.h"
#include "dockerfile/df_internal.h"

int
rp_df_stage_ref(const rp_dockerfile *df, const char *name, size_t before)
{
    uint64_t idx;

    if (!name)
        return -1;
    for (size_t i = before; i-- > 0;)
        if (df->stages[i].name && rp__str_eq_ci(df->stages[i].name, name))
            return (int)i;
    if (rp__parse_u64(&idx, name, 1000000) == 0 && idx < before)
        return (int)idx;
    return -1;
}

/* Marks the stages a used stage needs, from the last stage back. */
static void
mark_used(rp_dockerfile *df)
{
    if (!df->nstages)
        return;
    df->stages[df->nstages - 1].used = true;
    for (size_t s = df->nstages; s-- > 0;) {
        rp_df_stage *st = &df->stages[s];
        if (!st->used)
            continue;
        if (st->parent >= 0)
            df->stages[st->parent].used = true;
        for (size_t i = st->first; i < st->end; i++) {
            const rp_df_instr *in = &df->instrs[i];
            const rp_df_flag *from = rp_df_instr_flag(in, "from");
            int ref;
            if ((in->kind == RP_DF_COPY || in->kind == RP_DF_ADD) && from &&
                (ref = rp_df_stage_ref(df, from->value, s)) >= 0)
                df->stages[ref].used = true;
            for (size_t m = 0; m < in->nmounts; m++)
                if ((ref = rp_df_stage_ref(df, in->mounts[m].from, s)) >= 0)
                    df->stages[ref].used = true;
        }
    }
}

int
rp__df_build_stages(rp__df_parser *p)
{
    rp_dockerfile *df = p->df;

    for (size_t s = 0; s < df->nstages; s++)
        df->stages[s].end = s + 1 < df->nstages ? df->stages[s + 1].first : df->ninstrs;
    mark_used(df);
    return RP_OK;
}

int
rp_df_parse_image_ref(rp_df_image_ref *out, rp_arena *a, const char *ref)
{
    const char *at, *slash, *colon, *name;
    size_t first_len;

    memset(out, 0, sizeof(*out));
    if (!ref)
        return RP_OK;
    out->raw = ref;
    out->unresolved = strchr(ref, '$') != NULL;
    at = strchr(ref, '@');
    if (at && !(out->digest = rp_arena_strdup(a, at + 1)))
        return RP_ENOMEM;
    {
        size_t len = at ? (size_t)(at - ref) : strlen(ref);
        char *body = rp_arena_strndup(a, ref, len);
        if (!body)
            return RP_ENOMEM;
        /* the registry is the first component when it looks like a host */
        slash = strchr(body, '/');
        first_len = slash ? (size_t)(slash - body) : 0;
        if (slash && (memchr(body, '.', first_len) || memchr(body, ':', first_len) ||
                      (first_len == 9 && strncmp(body, "localhost", 9) == 0))) {
            out->registry = rp_arena_strndup(a, body, first_len);
            name = slash + 1;
        } else {
            out->registry = "docker.io";
            name = body;
        }
        slash = strrchr(name, '/');
        colon = strrchr(slash ? slash : name, ':');
        if (colon) {
            out->tag = colon + 1;
            *(char *)colon = '\0';
        }
        if (strcmp(out->registry, "docker.io") == 0 && !strchr(name, '/'))
            out->repository = rp_arena_printf(a, "library/%s", name);
        else
            out->repository = name;
        if (!out->registry || !out->repository)
            return RP_ENOMEM;
    }
    return RP_OK;
}

const char *
rp_df_lookup_var(const rp_dockerfile *df, size_t idx, const char *name)
{
    const rp_df_instr *at;
    const char *val = NULL;
    int chain[64];
    size_t nchain = 0;

    if (idx >= df->ninstrs)
        idx = df->ninstrs ? df->ninstrs - 1 : 0;
    if (!df->ninstrs)
        return NULL;
    at = &df->instrs[idx];
    /* the stage and the stages it builds FROM, outermost first */
    for (int s = at->stage; s >= 0 && nchain < RP_COUNTOF(chain); s = df->stages[s].parent)
        chain[nchain++] = s;
    for (size_t c = nchain; c-- > 0;) {
        const rp_df_stage *st = &df->stages[chain[c]];
        size_t end = c == 0 ? idx : st->end;
        for (size_t i = st->first; i < end; i++) {
            const rp_df_instr *in = &df->instrs[i];
            if (in->kind != RP_DF_ENV && (in->kind != RP_DF_ARG || c != 0))
                continue; /* ARGs do not carry into child stages */
            for (size_t k = 0; k < in->nkvs; k++)
                if (strcmp(in->kvs[k].key, name) == 0)
                    val = in->kvs[k].xvalue;
        }
    }
    return val;
}
