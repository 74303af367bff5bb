#ifndef RP_EMIT_INTERNAL_H
#define RP_EMIT_INTERNAL_H

#include "rampart/report.h"

/* rp_emit_loc with a message that is already formatted (the analyzers' hot path). */
int rp__emit_add(rp_emitter *em, const rp_rule *rule, const rp_location *loc, const char *snippet,
                 const char *context, const char *message);

#endif
