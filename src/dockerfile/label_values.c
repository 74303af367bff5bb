/* Label value types for the label-schema rules (hadolint's DL3052..DL3058): URL, RFC 3339
 * date-time, SPDX license expression, git hash, semantic version, e-mail address. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/util.h"
#include "dockerfile/label_values.h"

/* The SPDX license list (3.0.12 with its deprecated ids, and later common additions) and
 * its exceptions, sorted case-insensitively for bsearch. */
/* clang-format off */
static const char *const spdx_licenses[] = {
    "0BSD", "AAL", "Abstyles", "Adobe-2006", "Adobe-Glyph", "ADSL", "AFL-1.1", "AFL-1.2",
    "AFL-2.0", "AFL-2.1", "AFL-3.0", "Afmparse", "AGPL-1.0", "AGPL-1.0-only", "AGPL-1.0-or-later",
    "AGPL-3.0", "AGPL-3.0-only", "AGPL-3.0-or-later", "Aladdin", "AMDPLPA", "AML", "AMPAS",
    "ANTLR-PD", "ANTLR-PD-fallback", "any-OSI", "Apache-1.0", "Apache-1.1", "Apache-2.0", "APAFML",
    "APL-1.0", "App-s2p", "APSL-1.0", "APSL-1.1", "APSL-1.2", "APSL-2.0", "Arphic-1999",
    "Artistic-1.0", "Artistic-1.0-cl8", "Artistic-1.0-Perl", "Artistic-2.0", "Baekmuk", "Bahyph",
    "Barr", "Beerware", "Bitstream-Vera", "BitTorrent-1.0", "BitTorrent-1.1", "blessing",
    "BlueOak-1.0.0", "Borceux", "BSD-1-Clause", "BSD-2-Clause", "BSD-2-Clause-FreeBSD",
    "BSD-2-Clause-NetBSD", "BSD-2-Clause-Patent", "BSD-2-Clause-Views", "BSD-3-Clause",
    "BSD-3-Clause-Attribution", "BSD-3-Clause-Clear", "BSD-3-Clause-HP", "BSD-3-Clause-LBNL",
    "BSD-3-Clause-Modification", "BSD-3-Clause-No-Military-License",
    "BSD-3-Clause-No-Nuclear-License", "BSD-3-Clause-No-Nuclear-License-2014",
    "BSD-3-Clause-No-Nuclear-Warranty", "BSD-3-Clause-Open-MPI", "BSD-4-Clause",
    "BSD-4-Clause-Shortened", "BSD-4-Clause-UC", "BSD-Protection", "BSD-Source-Code",
    "BSD-Systemics", "BSL-1.0", "BUSL-1.1", "bzip2-1.0.5", "bzip2-1.0.6", "C-UDA-1.0", "CAL-1.0",
    "CAL-1.0-Combined-Work-Exception", "Caldera", "CATOSL-1.1", "CC-BY-1.0", "CC-BY-2.0",
    "CC-BY-2.5", "CC-BY-2.5-AU", "CC-BY-3.0", "CC-BY-3.0-AT", "CC-BY-3.0-DE", "CC-BY-3.0-IGO",
    "CC-BY-3.0-NL", "CC-BY-3.0-US", "CC-BY-4.0", "CC-BY-NC-1.0", "CC-BY-NC-2.0", "CC-BY-NC-2.5",
    "CC-BY-NC-3.0", "CC-BY-NC-3.0-DE", "CC-BY-NC-4.0", "CC-BY-NC-ND-1.0", "CC-BY-NC-ND-2.0",
    "CC-BY-NC-ND-2.5", "CC-BY-NC-ND-3.0", "CC-BY-NC-ND-3.0-DE", "CC-BY-NC-ND-3.0-IGO",
    "CC-BY-NC-ND-4.0", "CC-BY-NC-SA-1.0", "CC-BY-NC-SA-2.0", "CC-BY-NC-SA-2.0-FR",
    "CC-BY-NC-SA-2.0-UK", "CC-BY-NC-SA-2.5", "CC-BY-NC-SA-3.0", "CC-BY-NC-SA-3.0-DE",
    "CC-BY-NC-SA-3.0-IGO", "CC-BY-NC-SA-4.0", "CC-BY-ND-1.0", "CC-BY-ND-2.0", "CC-BY-ND-2.5",
    "CC-BY-ND-3.0", "CC-BY-ND-3.0-DE", "CC-BY-ND-4.0", "CC-BY-SA-1.0", "CC-BY-SA-2.0",
    "CC-BY-SA-2.0-UK", "CC-BY-SA-2.1-JP", "CC-BY-SA-2.5", "CC-BY-SA-3.0", "CC-BY-SA-3.0-AT",
    "CC-BY-SA-3.0-DE", "CC-BY-SA-4.0", "CC-PDDC", "CC0-1.0", "CDDL-1.0", "CDDL-1.1", "CDL-1.0",
    "CDLA-Permissive-1.0", "CDLA-Permissive-2.0", "CDLA-Sharing-1.0", "CECILL-1.0", "CECILL-1.1",
    "CECILL-2.0", "CECILL-2.1", "CECILL-B", "CECILL-C", "CERN-OHL-1.1", "CERN-OHL-1.2",
    "CERN-OHL-P-2.0", "CERN-OHL-S-2.0", "CERN-OHL-W-2.0", "ClArtistic", "CNRI-Jython",
    "CNRI-Python", "CNRI-Python-GPL-Compatible", "COIL-1.0", "Community-Spec-1.0", "Condor-1.1",
    "copyleft-next-0.3.0", "copyleft-next-0.3.1", "CPAL-1.0", "CPL-1.0", "CPOL-1.02", "Crossword",
    "CrystalStacker", "CUA-OPL-1.0", "Cube", "curl", "D-FSL-1.0", "diffmark", "DL-DE-BY-2.0",
    "DOC", "Dotseqn", "DRL-1.0", "DSDP", "dvipdfm", "ECL-1.0", "ECL-2.0", "eCos-2.0", "EFL-1.0",
    "EFL-2.0", "eGenix", "Elastic-2.0", "Entessa", "EPICS", "EPL-1.0", "EPL-2.0", "ErlPL-1.1",
    "etalab-2.0", "EUDatagrid", "EUPL-1.0", "EUPL-1.1", "EUPL-1.2", "Eurosym", "Fair", "FDK-AAC",
    "Frameworx-1.0", "FreeBSD-DOC", "FreeImage", "FSFAP", "FSFUL", "FSFULLR", "FTL", "GD",
    "GFDL-1.1", "GFDL-1.1-invariants-only", "GFDL-1.1-invariants-or-later",
    "GFDL-1.1-no-invariants-only", "GFDL-1.1-no-invariants-or-later", "GFDL-1.1-only",
    "GFDL-1.1-or-later", "GFDL-1.2", "GFDL-1.2-invariants-only", "GFDL-1.2-invariants-or-later",
    "GFDL-1.2-no-invariants-only", "GFDL-1.2-no-invariants-or-later", "GFDL-1.2-only",
    "GFDL-1.2-or-later", "GFDL-1.3", "GFDL-1.3-invariants-only", "GFDL-1.3-invariants-or-later",
    "GFDL-1.3-no-invariants-only", "GFDL-1.3-no-invariants-or-later", "GFDL-1.3-only",
    "GFDL-1.3-or-later", "Giftware", "GL2PS", "Glide", "Glulxe", "GLWTPL", "gnuplot", "GPL-1.0",
    "GPL-1.0+", "GPL-1.0-only", "GPL-1.0-or-later", "GPL-2.0", "GPL-2.0+", "GPL-2.0-only",
    "GPL-2.0-or-later", "GPL-2.0-with-autoconf-exception", "GPL-2.0-with-bison-exception",
    "GPL-2.0-with-classpath-exception", "GPL-2.0-with-font-exception",
    "GPL-2.0-with-GCC-exception", "GPL-3.0", "GPL-3.0+", "GPL-3.0-only", "GPL-3.0-or-later",
    "GPL-3.0-with-autoconf-exception", "GPL-3.0-with-GCC-exception", "gSOAP-1.3b", "HaskellReport",
    "Hippocratic-2.1", "HPND", "HPND-sell-variant", "HTMLTIDY", "IBM-pibs", "ICU", "IJG",
    "ImageMagick", "iMatix", "Imlib2", "Info-ZIP", "Intel", "Intel-ACPI", "Interbase-1.0", "IPA",
    "IPL-1.0", "ISC", "ISC-Veillard", "Jam", "JasPer-2.0", "JPNIC", "JSON", "LAL-1.2", "LAL-1.3",
    "Latex2e", "Leptonica", "LGPL-2.0", "LGPL-2.0+", "LGPL-2.0-only", "LGPL-2.0-or-later",
    "LGPL-2.1", "LGPL-2.1+", "LGPL-2.1-only", "LGPL-2.1-or-later", "LGPL-3.0", "LGPL-3.0+",
    "LGPL-3.0-only", "LGPL-3.0-or-later", "LGPLLR", "Libpng", "libpng-2.0", "libselinux-1.0",
    "libtiff", "LiLiQ-P-1.1", "LiLiQ-R-1.1", "LiLiQ-Rplus-1.1", "Linux-man-pages-copyleft",
    "Linux-OpenIB", "LPL-1.0", "LPL-1.02", "LPPL-1.0", "LPPL-1.1", "LPPL-1.2", "LPPL-1.3a",
    "LPPL-1.3c", "LZMA-SDK-9.11-to-9.20", "LZMA-SDK-9.22", "MakeIndex", "Minpack", "MirOS", "MIT",
    "MIT-0", "MIT-advertising", "MIT-CMU", "MIT-enna", "MIT-feh", "MIT-Khronos-old",
    "MIT-Modern-Variant", "MIT-open-group", "MITNFA", "Motosoto", "mpi-permissive", "mpich2",
    "MPL-1.0", "MPL-1.1", "MPL-2.0", "MPL-2.0-no-copyleft-exception", "mplus", "MS-LPL", "MS-PL",
    "MS-RL", "MTLL", "MulanPSL-1.0", "MulanPSL-2.0", "Multics", "Mup", "NAIST-2003", "NASA-1.3",
    "Naumen", "NBPL-1.0", "NCGL-UK-2.0", "NCSA", "Net-SNMP", "NetCDF", "Newsletr", "NGPL",
    "NICTA-1.0", "NIST-PD", "NIST-PD-fallback", "NIST-Software", "NLOD-1.0", "NLOD-2.0", "NLPL",
    "Nokia", "NOSL", "Noweb", "NPL-1.0", "NPL-1.1", "NPOSL-3.0", "NRL", "NTP", "NTP-0", "Nunit",
    "O-UDA-1.0", "OCCT-PL", "OCLC-2.0", "ODbL-1.0", "ODC-By-1.0", "OFL-1.0", "OFL-1.0-no-RFN",
    "OFL-1.0-RFN", "OFL-1.1", "OFL-1.1-no-RFN", "OFL-1.1-RFN", "OGC-1.0", "OGDL-Taiwan-1.0",
    "OGL-Canada-2.0", "OGL-UK-1.0", "OGL-UK-2.0", "OGL-UK-3.0", "OGTSL", "OLDAP-1.1", "OLDAP-1.2",
    "OLDAP-1.3", "OLDAP-1.4", "OLDAP-2.0", "OLDAP-2.0.1", "OLDAP-2.1", "OLDAP-2.2", "OLDAP-2.2.1",
    "OLDAP-2.2.2", "OLDAP-2.3", "OLDAP-2.4", "OLDAP-2.5", "OLDAP-2.6", "OLDAP-2.7", "OLDAP-2.8",
    "OML", "OpenSSL", "OPL-1.0", "OPUBL-1.0", "OSET-PL-2.1", "OSL-1.0", "OSL-1.1", "OSL-2.0",
    "OSL-2.1", "OSL-3.0", "Parity-6.0.0", "Parity-7.0.0", "PDDL-1.0", "PHP-3.0", "PHP-3.01",
    "Plexus", "PolyForm-Noncommercial-1.0.0", "PolyForm-Small-Business-1.0.0", "PostgreSQL",
    "PSF-2.0", "psfrag", "psutils", "Python-2.0", "Python-2.0.1", "Qhull", "QPL-1.0", "Rdisc",
    "RHeCos-1.1", "RPL-1.1", "RPL-1.5", "RPSL-1.0", "RSA-MD", "RSCPL", "Ruby", "SAX-PD", "Saxpath",
    "SCEA", "SchemeReport", "Sendmail", "Sendmail-8.23", "SGI-B-1.0", "SGI-B-1.1", "SGI-B-2.0",
    "SHL-0.5", "SHL-0.51", "SimPL-2.0", "SISSL", "SISSL-1.2", "Sleepycat", "SMLNJ", "SMPPL",
    "SNIA", "Spencer-86", "Spencer-94", "Spencer-99", "SPL-1.0", "SSH-OpenSSH", "SSH-short",
    "SSPL-1.0", "StandardML-NJ", "SugarCRM-1.1.3", "SWL", "TAPR-OHL-1.0", "TCL", "TCP-wrappers",
    "TMate", "TORQUE-1.1", "TOSL", "TU-Berlin-1.0", "TU-Berlin-2.0", "UCL-1.0", "Unicode-3.0",
    "Unicode-DFS-2015", "Unicode-DFS-2016", "Unicode-TOU", "Unlicense", "UPL-1.0", "Vim",
    "VOSTROM", "VSL-1.0", "W3C", "W3C-19980720", "W3C-20150513", "Watcom-1.0", "Wsuipa", "WTFPL",
    "wxWindows", "X11", "X11-distribute-modifications-variant", "Xerox", "XFree86-1.1", "xinetd",
    "Xnet", "xpp", "XSkat", "YPL-1.0", "YPL-1.1", "Zed", "Zend-2.0", "Zimbra-1.3", "Zimbra-1.4",
    "Zlib", "zlib-acknowledgement", "ZPL-1.1", "ZPL-2.0", "ZPL-2.1"
};
static const char *const spdx_exceptions[] = {
    "389-exception", "Asterisk-exception", "Autoconf-exception-2.0", "Autoconf-exception-3.0",
    "Autoconf-exception-generic", "Bison-exception-1.24", "Bison-exception-2.2",
    "Bootloader-exception", "CGAL-linking-exception", "Classpath-exception-2.0",
    "CLISP-exception-2.0", "DigiRule-FOSS-exception", "eCos-exception-2.0",
    "erlang-otp-linking-exception", "Fawkes-Runtime-exception", "FLTK-exception", "fmt-exception",
    "Font-exception-2.0", "freertos-exception-2.0", "GCC-exception-2.0", "GCC-exception-3.1",
    "GNAT-exception", "gnu-javamail-exception", "GPL-3.0-interface-exception",
    "GPL-3.0-linking-exception", "GPL-3.0-linking-source-exception", "GPL-CC-1.0",
    "i2p-gpl-java-exception", "KiCad-libraries-exception", "LGPL-3.0-linking-exception",
    "Libtool-exception", "Linux-syscall-note", "LLVM-exception", "LZMA-exception", "mif-exception",
    "Nokia-Qt-exception-1.1", "OCaml-LGPL-linking-exception", "OCCT-exception-1.0",
    "OpenJDK-assembly-exception-1.0", "openvpn-openssl-exception",
    "PS-or-PDF-font-exception-20170817", "Qt-GPL-exception-1.0", "Qt-LGPL-exception-1.1",
    "Qwt-exception-1.0", "SHL-2.0", "SHL-2.1", "Swift-exception", "u-boot-exception-2.0",
    "UBDL-exception", "Universal-FOSS-exception-1.0", "vsftpd-openssl-exception",
    "WxWindows-exception-3.1", "x11vnc-openssl-exception"
};
/* clang-format on */

static int
cmp_ci(const void *key, const void *elem)
{
    return strcasecmp((const char *)key, *(const char *const *)elem);
}

static bool
in_table(const char *s, const char *const *table, size_t n)
{
    return bsearch(s, table, n, sizeof(*table), cmp_ci) != NULL;
}

/* An SPDX license expression: a small recursive-descent parser over space- and
 * parenthesis-separated tokens. */
typedef struct spdx_parser {
    const char *s;
    size_t i;
    char tok[128];
    char bad[128]; /* the first token that is not valid */
    unsigned depth;
} spdx_parser;

/* Reads the next token into p->tok: "(" ")" or a word; "" at the end. */
static void
spdx_next(spdx_parser *p)
{
    size_t n = 0;

    while (p->s[p->i] == ' ' || p->s[p->i] == '\t')
        p->i++;
    if (p->s[p->i] == '(' || p->s[p->i] == ')') {
        p->tok[0] = p->s[p->i++];
        p->tok[1] = '\0';
        return;
    }
    while (p->s[p->i] && !strchr(" \t()", p->s[p->i])) {
        if (n + 1 < sizeof(p->tok))
            p->tok[n++] = p->s[p->i];
        p->i++;
    }
    p->tok[n] = '\0';
}

static bool
spdx_fail(spdx_parser *p, const char *what)
{
    if (!p->bad[0])
        snprintf(p->bad, sizeof(p->bad), "%s", *what ? what : "(end)");
    return false;
}

static bool
idstring(const char *s)
{
    if (!*s)
        return false;
    for (; *s; s++)
        if (!isalnum((unsigned char)*s) && *s != '-' && *s != '.')
            return false;
    return true;
}

/* A license id (optionally with "+"), LicenseRef-x or DocumentRef-x:LicenseRef-y. */
static bool
spdx_license(const char *t)
{
    char id[128];
    size_t n = strlen(t);
    const char *colon = strchr(t, ':');

    if (colon)
        return rp__str_starts(t, "DocumentRef-") && rp__str_starts(colon + 1, "LicenseRef-") &&
               idstring(colon + 12);
    if (rp__str_starts(t, "LicenseRef-"))
        return idstring(t + 11);
    if (n && t[n - 1] == '+')
        n--;
    if (!n || n >= sizeof(id))
        return false;
    memcpy(id, t, n);
    id[n] = '\0';
    return in_table(id, spdx_licenses, RP_COUNTOF(spdx_licenses));
}

static bool
spdx_op(const char *t, const char *op)
{
    /* operators are written all upper or all lower case */
    return strcmp(t, op) == 0 || (strcasecmp(t, op) == 0 && islower((unsigned char)t[0]) &&
                                  islower((unsigned char)t[strlen(t) - 1]));
}

static bool spdx_or(spdx_parser *p);

/* simple [WITH exception] | "(" or ")"; leaves the token after it in p->tok. */
static bool
spdx_with(spdx_parser *p)
{
    if (!strcmp(p->tok, "(")) {
        if (++p->depth > 32)
            return spdx_fail(p, "(");
        spdx_next(p);
        if (!spdx_or(p))
            return false;
        if (strcmp(p->tok, ")"))
            return spdx_fail(p, p->tok);
        p->depth--;
        spdx_next(p);
        return true;
    }
    if (!spdx_license(p->tok))
        return spdx_fail(p, p->tok);
    spdx_next(p);
    if (!spdx_op(p->tok, "WITH"))
        return true;
    spdx_next(p);
    if (!in_table(p->tok, spdx_exceptions, RP_COUNTOF(spdx_exceptions)) &&
        !(rp__str_starts(p->tok, "AdditionRef-") && idstring(p->tok + 12)))
        return spdx_fail(p, p->tok);
    spdx_next(p);
    return true;
}

static bool
spdx_and(spdx_parser *p)
{
    if (!spdx_with(p))
        return false;
    while (spdx_op(p->tok, "AND")) {
        spdx_next(p);
        if (!spdx_with(p))
            return false;
    }
    return true;
}

static bool
spdx_or(spdx_parser *p)
{
    if (!spdx_and(p))
        return false;
    while (spdx_op(p->tok, "OR")) {
        spdx_next(p);
        if (!spdx_and(p))
            return false;
    }
    return true;
}

/* True when s is an SPDX license expression; else *bad names the first wrong token. */
static bool
is_spdx(const char *s, char *bad, size_t size)
{
    spdx_parser p = {.s = s};

    if (!strcmp(s, "NONE") || !strcmp(s, "NOASSERTION"))
        return true;
    spdx_next(&p);
    if (spdx_or(&p) && !p.tok[0])
        return true;
    if (!p.bad[0])
        spdx_fail(&p, p.tok);
    snprintf(bad, size, "%s", p.bad);
    return false;
}

/* An absolute URI (RFC 3986): scheme ":" and URI characters only. */
static bool
is_url(const char *s)
{
    size_t i = 1;

    if (!isalpha((unsigned char)s[0]))
        return false;
    while (isalnum((unsigned char)s[i]) || s[i] == '+' || s[i] == '-' || s[i] == '.')
        i++;
    if (s[i] != ':' || !s[i + 1])
        return false;
    for (i++; s[i]; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (ch == '%') {
            if (!isxdigit((unsigned char)s[i + 1]) || !isxdigit((unsigned char)s[i + 2]))
                return false;
            i += 2;
        } else if (!isalnum(ch) && !strchr("-._~:/?#[]@!$&'()*+,;=", ch)) {
            return false;
        }
    }
    return true;
}

/* n decimal digits at s. */
static bool
digits(const char *s, int n, int *out)
{
    int v = 0;

    for (int k = 0; k < n; k++) {
        if (!isdigit((unsigned char)s[k]))
            return false;
        v = v * 10 + (s[k] - '0');
    }
    *out = v;
    return true;
}

static int
month_days(int y, int m)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;

    return m == 2 && leap ? 29 : days[m - 1];
}

/* RFC 3339 date-time: 2024-05-01T12:00:00[.123](Z|+02:00). */
static bool
is_rfc3339(const char *s)
{
    int y, mo, d, h, mi, se, oh = 0, om = 0;
    const char *p = s + 19;

    if (!digits(s, 4, &y) || s[4] != '-' || !digits(s + 5, 2, &mo) || s[7] != '-' ||
        !digits(s + 8, 2, &d) || !s[10] || !strchr("Tt ", s[10]) || !digits(s + 11, 2, &h) ||
        s[13] != ':' || !digits(s + 14, 2, &mi) || s[16] != ':' || !digits(s + 17, 2, &se))
        return false;
    if (*p == '.') {
        if (!isdigit((unsigned char)*++p))
            return false;
        while (isdigit((unsigned char)*p))
            p++;
    }
    if (*p == 'Z' || *p == 'z') {
        p++;
    } else if (*p == '+' || *p == '-') {
        if (!digits(p + 1, 2, &oh) || p[3] != ':' || !digits(p + 4, 2, &om))
            return false;
        p += 6;
    } else {
        return false;
    }
    return !*p && mo >= 1 && mo <= 12 && d >= 1 && d <= month_days(y, mo) && h < 24 && mi < 60 &&
           se <= 60 && oh < 24 && om < 60;
}

/* A git commit: lowercase hex, 7 to 40 digits (abbreviated or SHA-1) or 64 (SHA-256). */
static bool
is_git_hash(const char *s)
{
    size_t n = 0;

    for (; s[n]; n++)
        if (!isdigit((unsigned char)s[n]) && !(s[n] >= 'a' && s[n] <= 'f'))
            return false;
    return (n >= 7 && n <= 40) || n == 64;
}

/* One dot-separated semver identifier list; numeric: no leading zeros for pre-release. */
static const char *
semver_idents(const char *p, bool pre)
{
    for (;;) {
        const char *st = p;
        bool num = true;
        while (isalnum((unsigned char)*p) || *p == '-') {
            num &= isdigit((unsigned char)*p) != 0;
            p++;
        }
        if (p == st || (pre && num && *st == '0' && p - st > 1))
            return NULL;
        if (*p != '.')
            return p;
        p++;
    }
}

/* Semantic Versioning 2.0.0: MAJOR.MINOR.PATCH[-pre][+build]. */
static bool
is_semver(const char *s)
{
    const char *p = s;

    for (int k = 0; k < 3; k++) {
        const char *st = p;
        while (isdigit((unsigned char)*p))
            p++;
        if (p == st || (*st == '0' && p - st > 1))
            return false;
        if (k < 2 && *p++ != '.')
            return false;
    }
    if (*p == '-' && !(p = semver_idents(p + 1, true)))
        return false;
    if (*p == '+' && !(p = semver_idents(p + 1, false)))
        return false;
    return !*p;
}

static bool
is_atext(char c)
{
    return isalnum((unsigned char)c) || (c && strchr("!#$%&'*+-/=?^_`{|}~", c));
}

/* A dot-atom: atext runs separated by single dots. */
static bool
dot_atom(const char *s, size_t n)
{
    if (!n || s[0] == '.' || s[n - 1] == '.')
        return false;
    for (size_t i = 0; i < n; i++)
        if (!is_atext(s[i]) && !(s[i] == '.' && s[i + 1] != '.'))
            return false;
    return true;
}

/* An RFC 5322 addr-spec: local@domain (dot-atom or quoted local part; dot-atom or
 * [literal] domain). */
static bool
is_email(const char *s)
{
    const char *at = strrchr(s, '@'), *dom;
    size_t ln, dn;

    if (!at)
        return false;
    ln = (size_t)(at - s);
    dom = at + 1;
    dn = strlen(dom);
    if (ln >= 2 && s[0] == '"' && s[ln - 1] == '"') {
        for (size_t i = 1; i + 1 < ln; i++)
            if (s[i] == '\\')
                i++;
            else if (s[i] == '"' || (unsigned char)s[i] < 0x20)
                return false;
    } else if (!dot_atom(s, ln)) {
        return false;
    }
    if (dn >= 2 && dom[0] == '[' && dom[dn - 1] == ']')
        return !memchr(dom + 1, '[', dn - 2) && !memchr(dom + 1, ']', dn - 2);
    return dot_atom(dom, dn);
}

/* Checks a value against its type; false with the expected form in *want. */
bool
rp__df_label_value_ok(rp_label_type type, const char *v, const char **want, char *bad, size_t size)
{
    bad[0] = '\0';
    switch (type) {
    case RP_LABEL_URL:
        *want = "an absolute URL with a scheme (https://...)";
        return is_url(v);
    case RP_LABEL_RFC3339:
        *want = "an RFC 3339 date-time (2024-05-01T12:00:00Z)";
        return is_rfc3339(v);
    case RP_LABEL_SPDX:
        *want = "an SPDX license expression (Apache-2.0, MIT OR Apache-2.0)";
        return is_spdx(v, bad, size);
    case RP_LABEL_HASH:
        *want = "a git commit hash (7 to 40, or 64, lowercase hex digits)";
        return is_git_hash(v);
    case RP_LABEL_SEMVER:
        *want = "a semantic version (1.4.2, 2.0.0-rc.1)";
        return is_semver(v);
    case RP_LABEL_EMAIL:
        *want = "an e-mail address (ops@example.com)";
        return is_email(v);
    case RP_LABEL_TEXT:
    default:
        return true;
    }
}
