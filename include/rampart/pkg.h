/* Package inventory: the OS and language packages found in an image or a root filesystem.
 * Every parser is a pure function from a file's path and bytes to packages, so the image
 * reader can run them on each layer as it streams, and tests and fuzzers can run them alone. */
#ifndef RAMPART_PKG_H
#define RAMPART_PKG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Ecosystems, named as OSV names them (rp_ecosystem_name). */
typedef enum rp_ecosystem {
    RP_ECO_DEBIAN = 0, /* "Debian" (Ubuntu: "Ubuntu", chosen from os-release) */
    RP_ECO_UBUNTU,
    RP_ECO_ALPINE,     /* "Alpine" */
    RP_ECO_RPM,        /* "Red Hat", "Rocky Linux", "AlmaLinux", "openSUSE"... from os-release */
    RP_ECO_NPM,        /* "npm" */
    RP_ECO_PYPI,       /* "PyPI" */
    RP_ECO_GO,         /* "Go" */
    RP_ECO_MAVEN,      /* "Maven" */
    RP_ECO_RUBYGEMS,   /* "RubyGems" */
    RP_ECO_CARGO,      /* "crates.io" */
    RP_ECO_COUNT
} rp_ecosystem;

const char *rp_ecosystem_name(rp_ecosystem e);

/* /etc/os-release (or /usr/lib/os-release), Alpine's /etc/alpine-release. */
typedef struct rp_os_release {
    const char *id;               /* "debian", "ubuntu", "alpine", "rhel", "rocky" ... */
    const char *version_id;       /* "12", "22.04", "3.19.1" */
    const char *version_codename; /* "bookworm" */
    const char *pretty_name;
    const char *id_like;
} rp_os_release;

/* One package. Strings live in the arena of the list that holds it. */
typedef struct rp_package {
    rp_ecosystem eco;
    const char *name;
    const char *version;          /* as the package manager writes it: "2.36-9+deb12u4",
                                     "1:2.39.2-1.1" (epoch kept), "3.1.4-r5" */
    const char *source;           /* source package (dpkg Source:, apk origin, rpm source
                                     name); NULL when the same as name */
    const char *source_version;   /* when dpkg's Source: names another version; else NULL */
    const char *arch;             /* may be NULL */
    const char *licenses;         /* as declared (SPDX where the ecosystem uses it); may be NULL */
    const char *path;             /* file it was found in: "/var/lib/dpkg/status",
                                     "/app/node_modules/lodash/package.json", "/usr/bin/app" */
    const char *purl;             /* package URL, set by rp_pkg_list_finish */
    const char *layer;            /* diff_id of the layer that introduced it (image reader) */
    int64_t layer_index;          /* -1 when not from an image layer */
} rp_package;

typedef struct rp_pkg_list {
    rp_arena arena;
    rp_package *items;
    size_t n;
    size_t cap;
} rp_pkg_list;

void rp_pkg_list_init(rp_pkg_list *l);
void rp_pkg_list_dispose(rp_pkg_list *l);
/* Appends a copy of p (strings copied into the list's arena). */
int rp_pkg_list_add(rp_pkg_list *l, const rp_package *p);
/* Sorts by ecosystem, name, version, path; removes exact duplicates; sets every purl using os
 * (may be NULL) for the distro qualifier. */
int rp_pkg_list_finish(rp_pkg_list *l, const rp_os_release *os);

/* Which parser reads a file, decided from its path (and for binaries its mode and size). */
typedef enum rp_pkg_source {
    RP_PKG_NONE = 0,
    RP_PKG_OS_RELEASE,    /* /etc/os-release, /usr/lib/os-release, /etc/alpine-release */
    RP_PKG_DPKG_STATUS,   /* /var/lib/dpkg/status */
    RP_PKG_DPKG_STATUS_D, /* /var/lib/dpkg/status.d/<name> (distroless) */
    RP_PKG_APK_INSTALLED, /* /lib/apk/db/installed */
    RP_PKG_RPMDB_SQLITE,  /* /var/lib/rpm/rpmdb.sqlite (and /usr/lib/sysimage/rpm/) */
    RP_PKG_RPMDB_BDB,     /* /var/lib/rpm/Packages (BerkeleyDB) */
    RP_PKG_RPMDB_NDB,     /* /var/lib/rpm/Packages.db (ndb) */
    RP_PKG_NPM_PACKAGE,   /* node_modules/<name>/package.json (installed packages) */
    RP_PKG_NPM_LOCK,      /* package-lock.json, npm-shrinkwrap.json (v1-v3) */
    RP_PKG_PY_METADATA,   /* *.dist-info/METADATA, *.egg-info/PKG-INFO, *.egg-info (file) */
    RP_PKG_GEMSPEC,       /* specifications/<name>-<version>.gemspec */
    RP_PKG_JAVA_ARCHIVE,  /* *.jar, *.war, *.ear, *.hpi, *.jpi (zip; nested jars) */
    RP_PKG_BINARY,        /* an executable that may carry Go build info or cargo-auditable
                             data: the content decides */
} rp_pkg_source;

/* The parser for path (mode and size of the file; 0 when unknown). */
rp_pkg_source rp_pkg_detect(const char *path, uint32_t mode, uint64_t size);
/* The most bytes a parser of that kind reads from a file (larger files are skipped with a
 * note): package databases are small; archives and binaries are bounded too. */
size_t rp_pkg_max_bytes(rp_pkg_source kind);

/* Parses one file of the given kind, appending its packages to l. Malformed input is
 * RP_EPARSE with ctx naming the file and, where it makes sense, the line or entry; limits are
 * RP_ELIMIT. A file that is simply not of that kind (a binary without build info) adds
 * nothing and returns 0. */
int rp_pkg_parse(rp_pkg_list *l, rp_ctx *ctx, rp_pkg_source kind, const char *path,
                 const char *buf, size_t len, const rp_limits *lim);
int rp_pkg_parse_os_release(rp_os_release *out, rp_arena *a, const char *path, const char *buf,
                            size_t len);
/* The purl of p ("pkg:deb/debian/bash@5.2.15-2%2Bb2?arch=amd64&distro=debian-12"). */
int rp_pkg_purl(char *out, size_t size, const rp_package *p, const rp_os_release *os);

#ifdef __cplusplus
}
#endif
#endif
