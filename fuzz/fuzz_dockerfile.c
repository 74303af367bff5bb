/* Fuzzes the Dockerfile parser and every Dockerfile rule on the parsed result. */
#include <stdint.h>
#include <stdlib.h>

#include "rampart/rampart.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    rp_dockerfile *df = NULL;
    rp_report *r = NULL;
    rp_limits lim;
    rp_ctx ctx;
    size_t target;

    rp_limits_default(&lim);
    lim.max_instructions = 2000;
    if (rp_dockerfile_parse(&df, &ctx, "Dockerfile", (const char *)data, size, &lim) != 0)
        return 0;
    if (rp_report_new(&r) == 0 && rp_report_add_target(&target, r, "Dockerfile", "dockerfile") == 0) {
        rp_emitter em = {.report = r, .target = target, .path = "Dockerfile", .max = 10000};
        rp_dockerfile_analyze(&em, df, NULL);
        for (size_t i = 0; i < df->ninstrs; i++)
            (void)rp_df_lookup_var(df, i, "PATH");
        rp_suppress_inline(r, 0, "Dockerfile", (const char *)data, size);
        rp_report_finalize(r);
    }
    rp_report_free(r);
    rp_dockerfile_free(df);
    return 0;
}
