#ifndef RP_SCAN_INTERNAL_H
#define RP_SCAN_INTERNAL_H

#include "rampart/scan.h"

/* Reads path and scans it as kind, adding one target named display. */
int rp__scan_file(rp_report *r, const char *path, const char *display, const char *kind,
                  const rp_scan_opts *o);

#endif
