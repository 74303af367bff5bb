/* The Dockerfile rule catalogue (data only; the checks live in rules_*.c). */
#include "rules/tables.h"

const rp_rule rp__df_rules[] = {
    {.id = "RP-DF-000", .name = "parse-error", .analyzer = "dockerfile", .severity = RP_SEV_HIGH,
     .title = "Dockerfile cannot be parsed",
     .description = "BuildKit would refuse this instruction, so the image cannot be built.",
     .remediation = "Fix the syntax of the instruction.", .refs = {NULL}},
};
const size_t rp__df_nrules = sizeof(rp__df_rules) / sizeof(rp__df_rules[0]);
