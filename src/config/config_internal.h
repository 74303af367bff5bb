#ifndef RP_CONFIG_INTERNAL_H
#define RP_CONFIG_INTERNAL_H

#include "rampart/config.h"

int rp__config_add_trusted(rp_config *cfg, const char *reg, rp_cfg_source src);

#endif
