#ifndef RP_DF_LABEL_VALUES_H
#define RP_DF_LABEL_VALUES_H

#include <stdbool.h>
#include <stddef.h>

#include "rampart/config.h"

/* Checks a label value against its schema type; false with the expected form in *want and,
 * for SPDX, the offending part in bad. */
bool rp__df_label_value_ok(rp_label_type type, const char *v, const char **want, char *bad,
                           size_t size);

#endif
