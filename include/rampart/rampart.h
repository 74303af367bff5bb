/* rampart: audits and guards container workloads. The umbrella header. */
#ifndef RAMPART_H
#define RAMPART_H

#include "common.h"
#include "arena.h"
#include "buf.h"
#include "rules.h"
#include "finding.h"
#include "report.h"
#include "doc.h"
#include "shell.h"
#include "dockerfile.h"
#include "compose.h"
#include "config.h"
#include "scan.h"

#endif
