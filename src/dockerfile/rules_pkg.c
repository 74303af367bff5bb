/* Dockerfile rules: OS package managers in RUN (apt-get/apt/aptitude, apk, yum/dnf/microdnf/
 * tdnf, zypper): stale indexes, caches and lists left in layers, prompts, recommends, upgrades
 * and unpinned versions. Commands are read from the RUN splitter, behind wrappers such as sudo,
 * env and xargs; "later in the same RUN" means later in the instruction's command list. */
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "core/util.h"
#include "dockerfile/rules.h"

/* ---- the rules ---------------------------------------------------------------------------- */

static const rp_rule r_update_alone = {
    .id = "RP-DF-037",
    .name = "pkg-update-alone",
    .analyzer = "dockerfile",
    .severity = RP_SEV_MEDIUM,
    .title = "Package update in a RUN that installs nothing",
    .description =
        "`apt-get update` (or `apk update`, `dnf makecache`, `zypper refresh`) in a RUN that "
        "installs nothing afterwards leaves the refreshed index in a layer of its own. The build "
        "cache keeps that layer across builds, so when a later RUN's package list changes it "
        "installs from an index that may be weeks old: versions the mirrors dropped fail to "
        "download, and security updates published since are silently missed. A lone `yum "
        "update` or `zypper up` is frozen the same way: rebuilds reuse the cached layer and stop "
        "picking up fixes.",
    .remediation =
        "Refresh and install in one RUN: `RUN apt-get update && apt-get install -y "
        "--no-install-recommends curl=<version> && rm -rf /var/lib/apt/lists/*`. On Alpine, drop "
        "`apk update` and use `apk add --no-cache`, which fetches a fresh index and keeps none. "
        "Put `dnf -y update` in the RUN that installs, and rebuild with `--pull --no-cache` to "
        "pick up fixes.",
    .refs = {"AVD-DS-0017", "CIS-DI-0007", "CKV_DOCKER_5", "CIS-Docker-4.7", NULL},
    .notes = "Updates are apt-get/apt/aptitude update, apk update, yum/dnf/microdnf/tdnf "
             "makecache, check-update, update and upgrade (one command in dnf), and zypper "
             "refresh and update/up; an install, upgrade or add of the same manager later in "
             "the same RUN clears them. Like Trivy, a lone yum/dnf/zypper update is reported "
             "(Trivy misses microdnf, tdnf and `dnf upgrade`), while `apt-get update && apt-get "
             "upgrade` and `apk upgrade` count as installs. Trivy and Dockle split the text on "
             "`&&`; rampart reads the parsed commands, so `;`, newlines, heredocs and `sh -c` "
             "scripts count too, and `sbt update` or `git submodule update` do not.",
    .bad = "FROM debian:12.5\nRUN apt-get update\n"
           "RUN apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u5",
    .good = "FROM debian:12.5\nRUN apt-get update \\\n"
            " && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u5 \\\n"
            " && rm -rf /var/lib/apt/lists/*",
};

static const rp_rule r_apt_lists = {
    .id = "RP-DF-038",
    .name = "apt-lists-not-removed",
    .analyzer = "dockerfile",
    .severity = RP_SEV_LOW,
    .title = "apt package lists left in the image",
    .description =
        "`apt-get update` downloads the package lists into /var/lib/apt/lists, typically tens of "
        "megabytes. Unless the same RUN deletes them they are committed in that layer and ship "
        "with the image; an `rm` in a later RUN cannot shrink it. `apt-get clean` only empties "
        "/var/cache/apt and leaves the lists in place.",
    .remediation =
        "End the RUN that runs apt with `rm -rf /var/lib/apt/lists/*`, or keep apt's state out "
        "of the layer with BuildKit cache mounts: `RUN --mount=type=cache,target=/var/cache/apt,"
        "sharing=locked --mount=type=cache,target=/var/lib/apt,sharing=locked apt-get update && "
        "apt-get install -y --no-install-recommends gcc`.",
    .refs = {"DL3009", "DKL-DI-0005", NULL},
    .notes = "Reported, like hadolint DL3009, only in stages that ship: the final stage and "
             "the stages it is built FROM (a builder read only through COPY --from does not ship "
             "its lists; hadolint also reports a stage built FROM by such a builder). A RUN with "
             "apt-get/apt/aptitude update or install needs an `rm` of "
             "/var/lib/apt/lists (its contents or a parent) or `apt-get dist-clean` after the "
             "last of them; hadolint accepts any `rm -rf` (its arguments are OR-matched) and "
             "Dockle three rm tokens in any order. A cache or tmpfs mount on /var/lib/apt/lists "
             "or /var/lib/apt exempts the RUN (hadolint also wants /var/cache/apt mounted with "
             "/var/lib/apt; the lists stay out of the layer either way).",
    .bad = "FROM debian:12.5\nRUN apt-get update \\\n"
           " && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u5 \\\n"
           " && apt-get clean",
    .good = "FROM debian:12.5\nRUN apt-get update \\\n"
            " && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u5 \\\n"
            " && rm -rf /var/lib/apt/lists/*",
};

static const rp_rule r_apt_recommends = {
    .id = "RP-DF-039",
    .name = "apt-install-recommends",
    .analyzer = "dockerfile",
    .severity = RP_SEV_LOW,
    .title = "apt install without --no-install-recommends",
    .description =
        "By default apt also installs every package the requested ones merely recommend: "
        "documentation, helpers, sometimes daemons or whole toolchains. They enlarge the image "
        "and its attack surface, and bring vulnerabilities to patch in software nothing uses.",
    .remediation = "Add `--no-install-recommends` (or `-o APT::Install-Recommends=false`) to "
                   "each `apt-get install`, and name the packages you do need explicitly.",
    .refs = {"DL3015", "AVD-DS-0029", "CIS-Docker-4.3", NULL},
    .notes = "hadolint and Trivy check apt-get; rampart also checks `apt install` and `aptitude "
             "install` (where `-R`/`--without-recommends` also count), which install recommends "
             "the same way. A setting in /etc/apt/apt.conf.d is not followed, as by the peers.",
    .bad = "FROM debian:12.5\nRUN apt-get update && apt-get install -y curl=7.88.1-10+deb12u5 "
           "&& rm -rf /var/lib/apt/lists/*",
    .good = "FROM debian:12.5\nRUN apt-get update \\\n"
            " && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u5 \\\n"
            " && rm -rf /var/lib/apt/lists/*",
};

static const rp_rule r_apt_yes = {
    .id = "RP-DF-040",
    .name = "apt-install-no-yes",
    .analyzer = "dockerfile",
    .severity = RP_SEV_LOW,
    .title = "apt-get install without -y",
    .description =
        "apt asks \"Do you want to continue?\" whenever it changes more than the packages it "
        "was given. A build has no terminal: apt reads end of input, aborts, and the build fails "
        "on whichever day a new dependency appears. The answer belongs in the command.",
    .remediation = "Pass `-y` (`--yes`, `--assume-yes`) or `-qq` to apt-get.",
    .refs = {"DL3014", "AVD-DS-0021", NULL},
    .notes = "As in hadolint, `-y`, `--yes`, `--assume-yes` and quiet level 2 (`-qq`, `-q -q`, "
             "`-q=2`, which apt takes as yes) count, and so does `-o APT::Get::Assume-Yes=true`; "
             "Trivy's pattern ignores `-qq` and reports it. A single `-q` or `--force-yes` "
             "answers nothing. Besides install, rampart checks the other subcommands that ask "
             "(remove, purge, upgrade, dist-upgrade, full-upgrade, autoremove, build-dep) and "
             "`apt`/`aptitude`.",
    .bad = "FROM debian:12.5\nRUN apt-get update && apt-get install --no-install-recommends "
           "curl=7.88.1-10+deb12u5 && rm -rf /var/lib/apt/lists/*",
    .good = "FROM debian:12.5\nRUN apt-get update && apt-get install -y --no-install-recommends "
            "curl=7.88.1-10+deb12u5 && rm -rf /var/lib/apt/lists/*",
};

static const rp_rule r_apt_unpinned = {
    .id = "RP-DF-041",
    .name = "apt-unpinned",
    .analyzer = "dockerfile",
    .severity = RP_SEV_LOW,
    .title = "apt packages installed without a version",
    .description =
        "An unpinned `apt-get install curl` installs whatever the mirror serves on the day of "
        "the build, so two builds of one Dockerfile can ship different code, and a changed or "
        "compromised package reaches the image without any change to the file. Pinned versions "
        "make builds reproducible and upgrades deliberate and reviewable.",
    .remediation =
        "Pin each package as `name=version` (`apt-cache policy curl` shows the candidates), "
        "e.g. `curl=7.88.1-10+deb12u5`, or through an ARG: `curl=${CURL_VERSION}`; let a bot "
        "such as Renovate raise the pins so security fixes still arrive.",
    .refs = {"DL3008", "CIS-Docker-4.11", NULL},
    .notes = "As DL3008, `name=version`, a release pin `name/bookworm-backports`, paths and "
             "`.deb` files count as pinned, and the value of `-t/--target-release` is no "
             "package; rampart also skips the values of -o, -c and -a, checks `apt install` and "
             "`aptitude install`, and expands a package word that is one ARG/ENV variable "
             "(`$PKGS`), reporting nothing when the variable is unknown (hadolint reports "
             "`$PKGS` itself). One finding per command lists its unpinned "
             "packages; packages fed through xargs are not seen.",
    .bad = "FROM debian:12.5\nRUN apt-get update && apt-get install -y --no-install-recommends "
           "curl git && rm -rf /var/lib/apt/lists/*",
    .good = "FROM debian:12.5\nRUN apt-get update && apt-get install -y --no-install-recommends "
            "curl=7.88.1-10+deb12u5 git=1:2.39.2-1.1 && rm -rf /var/lib/apt/lists/*",
};

static const rp_rule r_apt_cli = {
    .id = "RP-DF-042",
    .name = "apt-cli",
    .analyzer = "dockerfile",
    .severity = RP_SEV_LOW,
    .title = "`apt` used in a build script",
    .description =
        "`apt` is the interactive front end: its output and defaults change between releases "
        "and it warns \"apt does not have a stable CLI interface. Use with caution in scripts.\" "
        "Builds should use apt-get and apt-cache, whose interfaces are kept stable.",
    .remediation = "Replace `apt install`/`apt update` with `apt-get install`/`apt-get update`, "
                   "and `apt search`/`apt show` with `apt-cache search`/`apt-cache show`.",
    .refs = {"DL3027", "CKV_DOCKER_9", NULL},
    .notes = "Checkov looks for ` apt ` inside an `&&` segment without `rm`, so it misses `apt` "
             "at the start of a RUN and is silenced by any rm; rampart, like hadolint, reports "
             "each `apt` command, including behind sudo/env, in exec form and in heredocs.",
    .bad = "FROM debian:12.5\nRUN apt update && apt install -y --no-install-recommends "
           "curl=7.88.1-10+deb12u5 && rm -rf /var/lib/apt/lists/*",
    .good = "FROM debian:12.5\nRUN apt-get update && apt-get install -y --no-install-recommends "
            "curl=7.88.1-10+deb12u5 && rm -rf /var/lib/apt/lists/*",
};

static const rp_rule r_dist_upgrade = {
    .id = "RP-DF-043",
    .name = "dist-upgrade",
    .analyzer = "dockerfile",
    .severity = RP_SEV_LOW,
    .title = "Distribution upgrade in a Dockerfile",
    .description =
        "`apt-get dist-upgrade` (`full-upgrade`) and `zypper dist-upgrade` may install, remove "
        "and replace packages to follow the distribution, up to a new release when the sources "
        "point at one. Run in a build it quietly turns the base image into a different system "
        "from the one its tag names, and the result depends on the day of the build.",
    .remediation = "Move to a newer pinned base image to pick up fixes. To patch in place, use "
                   "`apt-get upgrade -y` (which never removes packages) or `zypper patch`.",
    .refs = {"DL3035", "AVD-DS-0024", "DKL-DI-0003", NULL},
    .notes = "Trivy's pattern needs text between `apt-get` and `dist-upgrade`, so it misses a bare "
             "`RUN apt-get dist-upgrade`; rampart reads the subcommand, whatever the options. "
             "hadolint checks zypper only (its apt upgrade rule DL3005 was removed); a plain "
             "`apt-get upgrade` is not reported, as no peer reports it any more.",
    .bad = "FROM debian:12.5\nRUN apt-get update && apt-get dist-upgrade -y "
           "&& rm -rf /var/lib/apt/lists/*",
    .good = "FROM debian:12.5\nRUN apt-get update && apt-get upgrade -y "
            "&& rm -rf /var/lib/apt/lists/*",
};

static const rp_rule r_apk_cache = {
    .id = "RP-DF-044",
    .name = "apk-add-cache",
    .analyzer = "dockerfile",
    .severity = RP_SEV_LOW,
    .title = "apk add without --no-cache",
    .description =
        "Without --no-cache, apk keeps the repository indexes it fetched in /var/cache/apk and "
        "they ship in the layer. `--no-cache` fetches a fresh index for the command and keeps "
        "nothing, which also makes a separate `apk update` unnecessary.",
    .remediation = "Use `apk add --no-cache <pkg>=<version>` and drop `apk update`/`--update`, or "
                   "mount a cache: `RUN --mount=type=cache,target=/var/cache/apk apk add ...`.",
    .refs = {"DL3019", "AVD-DS-0025", "DKL-DI-0004", NULL},
    .notes = "A cache or tmpfs mount on /var/cache/apk (or /etc/apk/cache) exempts the RUN, as in "
             "hadolint (Trivy and Dockle cannot see mounts). An `rm -rf /var/cache/apk/*` later "
             "in the same RUN keeps the indexes out of the layer, but like hadolint, Trivy and "
             "Dockle rampart still reports the missing --no-cache there (the message says the "
             "cache is removed): --no-cache is the one-step form. `apk upgrade` is checked too.",
    .bad = "FROM alpine:3.19.1\nRUN apk add curl=8.5.0-r0",
    .good = "FROM alpine:3.19.1\nRUN apk add --no-cache curl=8.5.0-r0",
};

static const rp_rule r_apk_unpinned = {
    .id = "RP-DF-045",
    .name = "apk-unpinned",
    .analyzer = "dockerfile",
    .severity = RP_SEV_LOW,
    .title = "apk packages installed without a version",
    .description =
        "An unpinned `apk add curl` installs whatever the repository serves on the day of the "
        "build, so two builds of one Dockerfile can ship different code, and a changed package "
        "reaches the image without any change to the file.",
    .remediation =
        "Pin with `=` (`curl=8.5.0-r0`) or a constraint (`curl~8.5`, `curl>=8.5`). Alpine "
        "drops superseded versions from its mirrors, so pair exact pins with a bot that raises "
        "them (Renovate), or pin with `~` to the minor version.",
    .refs = {"DL3018", "CIS-Docker-4.11", NULL},
    .notes = "As DL3018, `=`, `~`, `>` or `<` pin a package, `*.apk` files are skipped and the "
             "values of -t/--virtual, --repository and -X are no packages; rampart also skips "
             "the values of --arch, -p/--root and the other value options, and paths, and "
             "expands a package word that is one ARG/ENV variable (`$PKGS`), reporting nothing "
             "when it is unknown (hadolint reports `$PKGS` itself). One finding per command.",
    .bad = "FROM alpine:3.19.1\nRUN apk add --no-cache --virtual .build-deps gcc musl-dev",
    .good = "FROM alpine:3.19.1\nRUN apk add --no-cache --virtual .build-deps "
            "gcc=13.2.1_git20231014-r0 musl-dev=1.2.4_git20230717-r4",
};

static const rp_rule r_rpm_cache = {
    .id = "RP-DF-046",
    .name = "rpm-cache-not-cleaned",
    .analyzer = "dockerfile",
    .severity = RP_SEV_LOW,
    .title = "yum/dnf/zypper cache left in the image",
    .description =
        "yum, dnf, microdnf and zypper keep repository metadata (often over 100 MB) and "
        "sometimes the downloaded packages under /var/cache. Unless the same RUN cleans it, it is "
        "committed in that layer and ships with the image; cleaning in a later RUN cannot "
        "shrink it.",
    .remediation = "End the RUN with `dnf clean all` (`yum clean all`, `microdnf clean all`, "
                   "`zypper clean --all`) or `rm -rf /var/cache/dnf`, or use a cache mount: "
                   "`RUN --mount=type=cache,target=/var/cache/dnf dnf install -y ...`.",
    .refs = {"DL3032", "DL3036", "DL3040", "AVD-DS-0015", "AVD-DS-0019", "AVD-DS-0020",
             "AVD-DS-0027", NULL},
    .notes = "hadolint accepts the clean anywhere in the RUN, even before the install; rampart, "
             "like Trivy, wants it after the last install. Checked: install, reinstall, group "
             "and module install, update/upgrade, downgrade and distro-sync of yum, dnf, "
             "microdnf and tdnf, and zypper install, remove, update, dist-upgrade, patch and "
             "source-install (the peers check installs only). `clean all` or an `rm` of the "
             "cache directory counts, and a cache or tmpfs mount on /var/cache/dnf, yum, "
             "libdnf5, tdnf or zypp exempts the RUN. One finding per RUN and manager.",
    .bad = "FROM registry.access.redhat.com/ubi9/ubi-minimal:9.3\n"
           "RUN microdnf install -y shadow-utils-4.9-8.el9",
    .good = "FROM registry.access.redhat.com/ubi9/ubi-minimal:9.3\n"
            "RUN microdnf install -y shadow-utils-4.9-8.el9 && microdnf clean all",
};

static const rp_rule r_rpm_yes = {
    .id = "RP-DF-047",
    .name = "rpm-install-no-yes",
    .analyzer = "dockerfile",
    .severity = RP_SEV_LOW,
    .title = "yum/dnf/zypper without a non-interactive flag",
    .description =
        "yum, dnf and zypper ask for confirmation before they change packages. A build has no "
        "terminal: they read end of input, answer no, and the build fails.",
    .remediation = "Pass `-y` (`--assumeyes`) to yum and dnf; give zypper `--non-interactive` "
                   "(`-n`) before the subcommand or `-y` (`--no-confirm`) after it.",
    .refs = {"DL3030", "DL3034", "DL3038", NULL},
    .notes = "hadolint checks yum/dnf install, groupinstall and localinstall and zypper install, "
             "remove, source-install and patch; rampart also checks reinstall, remove, "
             "update/upgrade, downgrade, distro-sync, autoremove and group/module install, tdnf, "
             "and zypper update and dist-upgrade. `--setopt=assumeyes=1` counts. hadolint accepts "
             "zypper's `-n` anywhere, but after the subcommand it means --name, so rampart "
             "reports `zypper in -n vim`. microdnf assumes yes by default and is not checked.",
    .bad = "FROM fedora:39\nRUN dnf install nginx-1.24.0-1.fc39 && dnf clean all",
    .good = "FROM fedora:39\nRUN dnf install -y nginx-1.24.0-1.fc39 && dnf clean all",
};

static const rp_rule r_rpm_unpinned = {
    .id = "RP-DF-048",
    .name = "rpm-unpinned",
    .analyzer = "dockerfile",
    .severity = RP_SEV_LOW,
    .title = "yum/dnf/zypper packages installed without a version",
    .description =
        "An unpinned `dnf install httpd` installs whatever the repositories serve on the day of "
        "the build, so two builds of one Dockerfile can ship different code, and a changed "
        "package reaches the image without any change to the file.",
    .remediation = "Pin yum/dnf/microdnf packages as name-version[-release] "
                   "(`httpd-2.4.57-5.el9`), modules with a stream (`dnf module install "
                   "nodejs:20`), and zypper packages as `name=version` (or `>=`).",
    .refs = {"DL3033", "DL3037", "DL3041", "CIS-Docker-4.11", NULL},
    .notes = "hadolint's DL3033 takes any `-` for a version (`shadow-utils` passes) and DL3041 "
             "any digit-led part (`java-17-openjdk` passes); rampart wants the version at the "
             "end: the last `-` part starts with a digit, or the one before does and the last "
             "holds a digit (a release). Variables count as versions (`httpd-${HTTPD_VERSION}`). "
             "`.rpm` files, paths and URLs, `@group`/`@module` and group installs are "
             "skipped. "
             "For zypper, `=`, `<`, `>` or name-version pin (zypper accepts name-version-release, "
             "which DL3037 reports), and `-t pattern|patch|product` selections are skipped.",
    .bad = "FROM fedora:39\nRUN dnf install -y httpd mod_ssl && dnf clean all",
    .good = "FROM fedora:39\nRUN dnf install -y httpd-2.4.58-1.fc39 mod_ssl-2.4.58-1.fc39 "
            "&& dnf clean all",
};

/* clang-format off */
static const rp_rule *const rules[] = {
    &r_update_alone, &r_apt_lists,   &r_apt_recommends, &r_apt_yes,
    &r_apt_unpinned, &r_apt_cli,     &r_dist_upgrade,   &r_apk_cache,
    &r_apk_unpinned, &r_rpm_cache,   &r_rpm_yes,        &r_rpm_unpinned,
    NULL,
};
/* clang-format on */

/* ---- package managers as data ------------------------------------------------------------- */

enum { FAM_NONE, FAM_APT, FAM_APK, FAM_DNF, FAM_ZYPPER, FAM_COUNT };

static const char *const apt_tools[] = {"apt-get", "apt", "aptitude", NULL};
static const char *const dnf_tools[] = {"yum", "dnf", "dnf5", "microdnf", "tdnf", NULL};

/* clang-format off */
/* Options that take the next word as their value (so it is neither subcommand nor package). */
static const char *const apt_takes[] = {
    "-o", "-c", "-t", "-a", "-P", "-F", "-w", "-O", "-S", "--option", "--config-file",
    "--target-release", "--default-release", "--host-architecture", "--build-profiles",
    "--solver", "--planner", "--display-format", "--width", "--sort", NULL,
};
static const char *const apk_takes[] = {
    "-X", "-p", "-t", "--repository", "--root", "--virtual", "--arch", "--cache-dir",
    "--keys-dir", "--repositories-file", "--progress-fd", "--wait", "--timeout",
    "--cache-max-age", "--from", NULL,
};
static const char *const dnf_takes[] = {
    "-c", "-d", "-e", "-R", "-x", "--config", "--debuglevel", "--errorlevel", "--randomwait",
    "--installroot", "--releasever", "--setopt", "--setvar", "--exclude", "--excludepkgs",
    "--includepkgs", "--disableexcludes", "--disableexcludepkgs", "--enablerepo",
    "--disablerepo", "--repo", "--repoid", "--repofrompath", "--downloaddir", "--destdir",
    "--color", "--forcearch", "--comment", "--advisory", "--advisories", "--bz", "--bzs",
    "--cve", "--cves", "--sec-severity", "--secseverity", "--rpmverbosity", "--enableplugin",
    "--disableplugin", "--platform-id", NULL,
};
/* zypper: global options (before the subcommand) and the subcommands' own. */
static const char *const zypper_global_takes[] = {
    "-R", "-c", "-D", "-C", "--root", "--config", "--reposd-dir", "--cache-dir",
    "--raw-cache-dir", "--solv-cache-dir", "--pkg-cache-dir", "--userdata", "--releasever",
    NULL,
};
static const char *const zypper_cmd_takes[] = {"-r", "-t", "--repo", "--type", "--from",
                                               "--download", NULL};

/* apt: what a refresh is for; what asks for confirmation; distribution upgrades. */
static const char *const apt_uses_index[] = {
    "install", "reinstall", "upgrade", "dist-upgrade", "full-upgrade", "safe-upgrade",
    "build-dep", "source", "download", "satisfy", NULL,
};
static const char *const apt_prompts[] = {
    "install", "reinstall", "remove", "purge", "upgrade", "dist-upgrade", "full-upgrade",
    "safe-upgrade", "autoremove", "autopurge", "build-dep", "satisfy", NULL,
};
static const char *const apt_dist[] = {"dist-upgrade", "full-upgrade", NULL};
static const char *const apt_dist_clean[] = {"dist-clean", "distclean", NULL};

static const char *const apk_uses_index[] = {"add", "upgrade", "fix", "fetch", NULL};
static const char *const apk_caches[] = {"add", "upgrade", NULL};

static const char *const dnf_refresh[] = {"makecache", "check-update", NULL};
/* update refreshes and upgrades in one step (upgrade is the same command in dnf) */
static const char *const dnf_update[] = {"update", "upgrade", NULL};
/* Subcommands that download packages (and leave metadata in the cache). */
static const char *const dnf_changes[] = {
    "install", "in", "reinstall", "rei", "install-n", "install-na", "install-nevra",
    "groupinstall", "groupupdate", "localinstall", "localupdate", "update", "upgrade",
    "update-minimal", "upgrade-minimal", "downgrade", "distro-sync", "distrosync", "dsync",
    "swap", NULL,
};
static const char *const dnf_removes[] = {"remove", "erase", "rm", "autoremove", NULL};
static const char *const dnf_groups[] = {"group", "groups", "module", NULL};
static const char *const dnf_group_changes[] = {"install", "update", "upgrade", "reinstall",
                                                "switch-to", NULL};
static const char *const dnf_uses_index[] = {
    "install", "in", "reinstall", "rei", "install-n", "install-na", "install-nevra",
    "groupinstall", "groupupdate", "localinstall", "localupdate", "update", "upgrade",
    "update-minimal", "upgrade-minimal", "downgrade", "distro-sync", "distrosync", "dsync",
    "swap", "group", "groups", "module", "builddep", "download", NULL,
};

static const char *const zypper_refresh[] = {"refresh", "ref", NULL};
static const char *const zypper_update[] = {"update", "up", NULL};
static const char *const zypper_changes[] = {
    "install", "in", "remove", "rm", "update", "up", "dist-upgrade", "dup", "patch",
    "source-install", "si", "install-new-recommends", "inr", NULL,
};
static const char *const zypper_uses_index[] = {
    "install", "in", "update", "up", "dist-upgrade", "dup", "patch", "source-install", "si",
    "install-new-recommends", "inr", "download", NULL,
};
static const char *const zypper_dist[] = {"dist-upgrade", "dup", NULL};

/* Cache directories; a cache mount or an rm of one of them (or a parent) clears the cache. */
static const char *const apk_cache_dirs[] = {"/var/cache/apk", "/etc/apk/cache", NULL};
static const char *const dnf_cache_dirs[] = {"/var/cache/dnf", "/var/cache/yum",
                                             "/var/cache/libdnf5", "/var/cache/tdnf", NULL};
static const char *const zypper_cache_dirs[] = {"/var/cache/zypp", NULL};
static const char *const apt_lists_dirs[] = {"/var/lib/apt/lists", NULL};
static const char *const no_takes[] = {NULL};

/* clang-format on */

/* ---- commands ----------------------------------------------------------------------------- */

/* A command seen from its package-manager word on. */
typedef struct pm_cmd {
    const rp_sh_cmd *cmd; /* as split: its line is where findings go */
    rp_sh_cmd v;          /* argv from the tool word on (wrappers skipped) */
    int fam;              /* FAM_* (FAM_NONE for other commands) */
    const char *tool;     /* "apt-get", "dnf", "rm", ... */
    const char *sub;      /* subcommand, "" when none */
    size_t sub_at;        /* argv index of sub in v (v.argc when none) */
    const char *action;   /* dnf group/module: the word after sub; "" otherwise */
    bool xargs;           /* behind xargs: more operands come from its input */
} pm_cmd;

static bool
is_opt(const char *w)
{
    return w[0] == '-' && w[1] != '\0';
}

static bool
short_takes(char ch, const char *const *takes)
{
    for (size_t i = 0; takes[i]; i++)
        if (takes[i][0] == '-' && takes[i][1] == ch && ch != '-' && takes[i][2] == '\0')
            return true;
    return false;
}

/* Option word w consumes the next word: listed as written, or a short cluster whose first
 * value-taking letter is its last ("-xo" with -o listed); "-oVALUE" and "--x=v" carry it. */
static bool
takes_next(const char *w, const char *const *takes)
{
    if (strchr(w, '='))
        return false;
    if (w[1] == '-')
        return rp__str_in(w, takes);
    for (const char *p = w + 1; *p; p++)
        if (short_takes(*p, takes))
            return p[1] == '\0';
    return false;
}

/* argv index of the first operand of v at or after from, or v->argc. */
static size_t
operand_at(const rp_sh_cmd *v, size_t from, const char *const *takes)
{
    for (size_t i = from; i < v->argc; i++) {
        const char *w = v->argv[i];
        if (strcmp(w, "--") == 0)
            return i + 1 < v->argc ? i + 1 : v->argc;
        if (!is_opt(w))
            return i;
        if (takes_next(w, takes))
            i++;
    }
    return v->argc;
}

/* True when an option word of v in [from, to) has the short letter ch in its cluster. The
 * scan of a cluster stops at a value-taking letter: the rest is its value. */
static bool
has_short_in(const rp_sh_cmd *v, size_t from, size_t to, char ch, const char *const *takes)
{
    for (size_t i = from; i < to && i < v->argc; i++) {
        const char *w = v->argv[i];
        if (strcmp(w, "--") == 0)
            return false;
        if (!is_opt(w))
            continue;
        if (w[1] == '-') {
            i += takes_next(w, takes);
            continue;
        }
        for (const char *p = w + 1; *p && *p != '='; p++) {
            if (*p == ch)
                return true;
            if (short_takes(*p, takes)) {
                i += p[1] == '\0';
                break;
            }
        }
    }
    return false;
}

static bool
has_short(const rp_sh_cmd *v, char ch, const char *const *takes)
{
    return has_short_in(v, 1, v->argc, ch, takes);
}

/* Cheap first look at a command name: could it be a package manager or rm? Most commands
 * of a RUN are neither, and this spares them the table lookups. */
static bool
maybe_interesting(const char *name)
{
    switch (name[0]) {
    case 'a':
        return rp__str_starts(name, "apt") || strcmp(name, "apk") == 0;
    case 'd':
    case 'm':
    case 't':
    case 'y':
        return strstr(name, "dnf") || strcmp(name, "yum") == 0;
    case 'r':
        return strcmp(name, "rm") == 0;
    case 'z':
        return strcmp(name, "zypper") == 0;
    default:
        return false;
    }
}

static bool
is_assignment(const char *w)
{
    if (!isalpha((unsigned char)*w) && *w != '_')
        return false;
    while (isalnum((unsigned char)*w) || *w == '_')
        w++;
    return *w == '=';
}

/* Drops leading NAME=value words: "sudo DEBIAN_FRONTEND=noninteractive apt-get ..." leaves
 * them in front of the command (rp__df_cmd_inner skips them only for env). */
static void
skip_assignments(rp_sh_cmd *c)
{
    while (c->argc > 1 && is_assignment(c->argv[0])) {
        c->argv++;
        c->argc--;
        if (c->wflags)
            c->wflags++;
    }
}

/* The command behind wrappers (sudo, env, nice, xargs, ...: rp__df_cmd_inner), noting
 * whether xargs feeds it more operands. */
static void
unwrap(rp_sh_cmd *out, const rp_sh_cmd *c, bool *xargs)
{
    rp_sh_cmd cur = *c;

    /* bounded: a hostile chain of wrappers stops at the cap */
    for (int hop = 0; hop < 8 && rp__df_cmd_inner(out, &cur); hop++) {
        *xargs |= rp_sh_cmd_is(&cur, "xargs");
        cur = *out;
        skip_assignments(&cur);
    }
    *out = cur;
}

static int
family_of(const char *tool)
{
    if (rp__str_in(tool, apt_tools))
        return FAM_APT;
    if (strcmp(tool, "apk") == 0)
        return FAM_APK;
    if (rp__str_in(tool, dnf_tools))
        return FAM_DNF;
    if (strcmp(tool, "zypper") == 0)
        return FAM_ZYPPER;
    return FAM_NONE;
}

static const char *const *
global_takes(int fam)
{
    switch (fam) {
    case FAM_APT:
        return apt_takes;
    case FAM_APK:
        return apk_takes;
    case FAM_DNF:
        return dnf_takes;
    case FAM_ZYPPER:
        return zypper_global_takes;
    default:
        return no_takes;
    }
}

static const char *const *
cmd_takes(int fam)
{
    return fam == FAM_ZYPPER ? zypper_cmd_takes : global_takes(fam);
}

/* Reads c as a package-manager command (or rm); false when it is neither. */
static bool
pm_decode(pm_cmd *out, const rp_sh_cmd *c)
{
    size_t next;

    memset(out, 0, sizeof(*out));
    if (!c->argc || !c->argv)
        return false;
    out->cmd = c;
    unwrap(&out->v, c, &out->xargs);
    if (!out->v.argc || !out->v.argv)
        return false;
    out->tool = rp_sh_cmd_name(&out->v);
    if (!maybe_interesting(out->tool))
        return false;
    out->fam = family_of(out->tool);
    out->sub = out->action = "";
    out->sub_at = out->v.argc;
    if (out->fam == FAM_NONE)
        return strcmp(out->tool, "rm") == 0;
    out->sub_at = operand_at(&out->v, 1, global_takes(out->fam));
    if (out->sub_at < out->v.argc)
        out->sub = out->v.argv[out->sub_at];
    if (out->fam == FAM_DNF && rp__str_in(out->sub, dnf_groups)) {
        next = operand_at(&out->v, out->sub_at + 1, dnf_takes);
        out->action = next < out->v.argc ? out->v.argv[next] : "";
    }
    return true;
}

/* The operands after the subcommand (packages, mostly; for dnf group/module the action comes
 * first); returns how many were stored. */
static size_t
operands(const pm_cmd *p, const char **out, size_t max)
{
    rp_sh_cmd sv = p->v;
    size_t n;

    if (p->sub_at >= p->v.argc)
        return 0;
    sv.argv += p->sub_at;
    sv.argc -= p->sub_at;
    n = rp_sh_positionals(&sv, cmd_takes(p->fam), out, max);
    return n < max ? n : max;
}

/* ---- paths and mounts --------------------------------------------------------------------- */

/* True when removing (or mounting over) path p clears dir: p is dir, a parent of it, or its
 * contents (dir followed by "/" and "*"). */
static bool
path_covers(const char *p, const char *dir)
{
    size_t n = strlen(p);

    if (n >= 2 && p[n - 1] == '*' && p[n - 2] == '/')
        n--;
    while (n > 1 && p[n - 1] == '/')
        n--;
    if (n < 2 || p[0] != '/' || strncmp(p, dir, n) != 0)
        return false;
    return dir[n] == '\0' || dir[n] == '/';
}

static bool
covers_any(const char *p, const char *const *dirs)
{
    for (size_t i = 0; dirs[i]; i++)
        if (path_covers(p, dirs[i]))
            return true;
    return false;
}

/* True when a cache or tmpfs mount of the RUN keeps one of dirs out of the layer. */
static bool
mounted(const rp_df_instr *run, const char *const *dirs)
{
    for (size_t i = 0; i < run->nmounts; i++) {
        const rp_df_mount *m = &run->mounts[i];
        if (!m->type || !m->target || (strcmp(m->type, "cache") && strcmp(m->type, "tmpfs")))
            continue;
        if (covers_any(m->target, dirs))
            return true;
    }
    return false;
}

/* True when an rm command removes one of dirs. */
static bool
rm_removes(const pm_cmd *p, const char *const *dirs)
{
    const char *args[64];
    size_t n = rp_sh_positionals(&p->v, NULL, args, RP_COUNTOF(args));

    for (size_t i = 0; i < n && i < RP_COUNTOF(args); i++)
        if (covers_any(args[i], dirs))
            return true;
    return false;
}

/* ---- one RUN ------------------------------------------------------------------------------ */

typedef struct run_state {
    rp__df_check *c;
    const rp_df_instr *in;      /* the instruction (RUN or ONBUILD) */
    const rp_df_instr *run;     /* the RUN itself */
    size_t idx;                 /* index of in */
    long last_use[FAM_COUNT];   /* last command that installs from a fresh index */
    long last_clean[FAM_COUNT]; /* last cache clean (dnf family, zypper) */
    long lists_rm;              /* last rm of /var/lib/apt/lists */
    long apk_rm;                /* last rm of /var/cache/apk */
    bool lists_done;
    bool clean_done[FAM_COUNT];
    int lists_apply; /* -1 not computed yet */
} run_state;

/* First pass: where the commands that later checks look ahead for are. */
static bool
note_facts(run_state *s, const pm_cmd *p, long i)
{
    static const char *const *const uses[FAM_COUNT] = {[FAM_APT] = apt_uses_index,
                                                       [FAM_APK] = apk_uses_index,
                                                       [FAM_DNF] = dnf_uses_index,
                                                       [FAM_ZYPPER] = zypper_uses_index};

    if (p->fam == FAM_NONE) { /* rm */
        if (rm_removes(p, apt_lists_dirs))
            s->lists_rm = i;
        if (rm_removes(p, apk_cache_dirs))
            s->apk_rm = i;
        if (rm_removes(p, dnf_cache_dirs))
            s->last_clean[FAM_DNF] = i;
        if (rm_removes(p, zypper_cache_dirs))
            s->last_clean[FAM_ZYPPER] = i;
        return false;
    }
    if (rp__str_in(p->sub, uses[p->fam]))
        s->last_use[p->fam] = i;
    if (p->fam == FAM_APT && rp__str_in(p->sub, apt_dist_clean))
        s->lists_rm = i;
    if (p->fam == FAM_DNF && strcmp(p->sub, "clean") == 0) {
        const char *ops[8];
        size_t n = operands(p, ops, RP_COUNTOF(ops));
        for (size_t k = 0; k < n; k++)
            if (strcmp(ops[k], "all") == 0)
                s->last_clean[FAM_DNF] = i;
    }
    if (p->fam == FAM_ZYPPER && (!strcmp(p->sub, "clean") || !strcmp(p->sub, "cc")))
        s->last_clean[FAM_ZYPPER] = i;
    return true;
}

static void report(run_state *s, const rp_rule *rule, const pm_cmd *p, const char *fmt, ...)
    RP_PRINTF(4, 5);

static void
report(run_state *s, const rp_rule *rule, const pm_cmd *p, const char *fmt, ...)
{
    char msg[1024];
    va_list ap;

    va_start(ap, fmt);
    vsnprintf(msg, sizeof(msg), fmt, ap);
    va_end(ap);
    rp__df_report_cmd(s->c, rule, s->in, p->cmd, "%s", msg);
}

/* 037: an index refresh (or, for yum/dnf/zypper, an update) that nothing later in the RUN
 * installs from. */
static void
check_refresh(run_state *s, const pm_cmd *p, long i, bool upgrades)
{
    if (s->last_use[p->fam] > i)
        return;
    if (upgrades)
        report(s, &r_update_alone, p,
               "%s %s in a RUN that installs nothing: the build cache keeps this upgrade "
               "layer, so rebuilds reuse it and stop picking up updates",
               p->tool, p->sub);
    else
        report(s, &r_update_alone, p,
               "%s %s refreshes the package index but nothing later in this RUN installs from "
               "it: the index is cached in this layer and a later RUN installs from a stale one",
               p->tool, p->sub);
}

/* ---- package lists ------------------------------------------------------------------------ */

typedef struct pkg_list {
    char text[320];
    size_t len;
    size_t n;     /* unpinned packages */
    size_t shown; /* how many are in text */
    const char *first;
    int first_len;
} pkg_list;

/* True when name is already one of the ", "-separated names in l's text. */
static bool
list_has(const pkg_list *l, const char *name, size_t len)
{
    for (const char *t = l->text; t < l->text + l->len;) {
        size_t n = strcspn(t, ",");
        if (n == len && strncmp(t, name, len) == 0)
            return true;
        t += n + (t[n] ? 2 : 0);
    }
    return false;
}

static void
list_add(pkg_list *l, const char *name, size_t len)
{
    if (list_has(l, name, len))
        return;
    if (!l->n++) {
        l->first = name;
        l->first_len = len < 128 ? (int)len : 128;
    }
    if (l->len + len + 16 >= sizeof(l->text))
        return;
    l->len += (size_t)snprintf(l->text + l->len, sizeof(l->text) - l->len, "%s%.*s",
                               l->shown ? ", " : "", (int)len, name);
    l->shown++;
}

/* " and 3 more" when the text holds fewer than all. */
static void
list_more(const pkg_list *l, char *out, size_t size)
{
    out[0] = '\0';
    if (l->shown < l->n)
        snprintf(out, size, " and %zu more", l->n - l->shown);
}

typedef bool (*pin_fn)(const char *w, size_t len);

static bool
has_char(const char *w, size_t len, const char *set)
{
    for (size_t i = 0; i < len; i++)
        if (strchr(set, w[i]))
            return true;
    return false;
}

static bool
ends_with(const char *w, size_t len, const char *suffix)
{
    size_t n = strlen(suffix);

    return len >= n && strncmp(w + len - n, suffix, n) == 0;
}

static bool
apt_pinned(const char *w, size_t len)
{
    /* name=version, name/release, paths and .deb files; "name-" asks apt to remove */
    return has_char(w, len, "=/") || ends_with(w, len, ".deb") || (len && w[len - 1] == '-');
}

static bool
apk_pinned(const char *w, size_t len)
{
    return has_char(w, len, "=~<>/") || ends_with(w, len, ".apk");
}

/* A version part: digit-led, or a variable (an unset one breaks the build, not the pin). */
static bool
versionish(const char *seg)
{
    return isdigit((unsigned char)seg[0]) || seg[0] == '$';
}

/* name-version or name-version-release: the last '-' part starts with a digit, or the one
 * before it does and the last holds a digit (a release, "5.el9"). */
static bool
rpm_name_version(const char *w, size_t len)
{
    const char *last = NULL, *prev = NULL;

    for (size_t i = 1; i < len; i++) {
        if (w[i] == '-') {
            prev = last;
            last = w + i + 1;
        }
    }
    if (!last || last >= w + len)
        return false;
    if (versionish(last))
        return true;
    return prev && versionish(prev) && has_char(last, (size_t)(w + len - last), "0123456789$");
}

static bool
dnf_pinned(const char *w, size_t len)
{
    /* "name >= 1.2" (one quoted word) is a versioned provide */
    return w[0] == '@' || has_char(w, len, "/=<>") || ends_with(w, len, ".rpm") ||
           rpm_name_version(w, len);
}

static bool
zypper_pinned(const char *w, size_t len)
{
    return has_char(w, len, "=<>/") || ends_with(w, len, ".rpm") || rpm_name_version(w, len);
}

static bool
module_pinned(const char *w, size_t len)
{
    return has_char(w, len, ":/");
}

/* The variable a word consists of ("$PKGS", "${PKGS}"), copied to name; false otherwise. */
static bool
whole_var(const char *w, char *name, size_t size)
{
    size_t n = 0;
    bool brace = w[1] == '{';
    const char *p = w + 1 + brace;

    if (w[0] != '$')
        return false;
    while ((isalnum((unsigned char)p[n]) || p[n] == '_') && n + 1 < size)
        n++;
    if (!n || isdigit((unsigned char)p[0]))
        return false;
    memcpy(name, p, n);
    name[n] = '\0';
    return brace ? (p[n] == '}' && p[n + 1] == '\0') : p[n] == '\0';
}

/* Adds the unpinned packages operand w names to l: w itself, or the words of the ARG/ENV
 * value it consists of. A variable that cannot be resolved names unknown packages. */
static void
judge_word(run_state *s, pkg_list *l, const char *w, pin_fn pinned)
{
    char name[128];
    const char *val, *p;

    if (!*w || w[0] == '-' || w[0] == '`')
        return; /* "-" (stdin), words after "--", command substitutions */
    if (w[0] != '$') {
        if (!pinned(w, strlen(w)))
            list_add(l, w, strlen(w));
        return;
    }
    if (!whole_var(w, name, sizeof(name)) || !(val = rp_df_lookup_var(s->c->df, s->idx, name)))
        return;
    for (p = val; *p;) {
        size_t n = 0;
        while (*p && isspace((unsigned char)*p))
            p++;
        while (p[n] && !isspace((unsigned char)p[n]))
            n++;
        if (n && p[0] != '$' && !pinned(p, n))
            list_add(l, p, n);
        p += n;
    }
}

/* Collects the unpinned packages among the operands of p (from operand index first on). */
static void
collect_unpinned(run_state *s, const pm_cmd *p, size_t first, pin_fn pinned, pkg_list *l)
{
    const char *ops[256];
    size_t n = operands(p, ops, RP_COUNTOF(ops));

    memset(l, 0, sizeof(*l));
    for (size_t k = first; k < n; k++)
        judge_word(s, l, ops[k], pinned);
}

/* True when a word of p that is one ARG/ENV variable ("$APT_OPTS") holds the option --name
 * or, when ch is not 0, a short cluster with ch ("-qy"): options kept in a variable. */
static bool
var_has_opt(const run_state *s, const pm_cmd *p, const char *name, char ch)
{
    char var[128];
    size_t n = strlen(name);

    for (size_t i = 1; i < p->v.argc; i++) {
        const char *val = NULL, *t;
        if (p->v.argv[i][0] != '$' || !whole_var(p->v.argv[i], var, sizeof(var)) ||
            !(val = rp_df_lookup_var(s->c->df, s->idx, var)))
            continue;
        for (t = val; *t; t++) {
            size_t k = strcspn(t, " \t\n");
            if (k >= n + 2 && t[0] == '-' && t[1] == '-' && !strncmp(t + 2, name, n) &&
                (k == n + 2 || t[n + 2] == '='))
                return true;
            if (ch && k >= 2 && t[0] == '-' && t[1] != '-' && memchr(t + 1, ch, k - 1))
                return true;
            t += k;
            if (!*t)
                break;
        }
    }
    return false;
}

/* ---- apt ---------------------------------------------------------------------------------- */

/* The value that apt's -o (or --option) gives key, compared case-insensitively; NULL when
 * unset. The last setting wins. */
static const char *
apt_config(const rp_sh_cmd *v, const char *key)
{
    const char *found = NULL;
    size_t n = strlen(key);

    for (size_t i = 1; i < v->argc; i++) {
        const char *w = v->argv[i], *val = NULL;
        if (strcmp(w, "--") == 0)
            break;
        if ((!strcmp(w, "-o") || !strcmp(w, "--option")) && i + 1 < v->argc)
            val = v->argv[++i];
        else if (rp__str_starts(w, "--option="))
            val = w + 9;
        else if (rp__str_starts(w, "-o") && w[2])
            val = w + 2;
        if (val && strncasecmp(val, key, n) == 0 && val[n] == '=')
            found = val + n + 1;
    }
    return found;
}

/* 1 for apt's true words, 0 for its false words, -1 otherwise. */
static int
apt_bool(const char *v)
{
    static const char *const yes[] = {"1", "yes", "true", "with", "on", "enable", NULL};
    static const char *const no[] = {"0", "no", "false", "without", "off", "disable", NULL};
    char low[16];
    size_t n = 0;

    if (!v)
        return -1;
    while (v[n] && n + 1 < sizeof(low)) {
        low[n] = (char)tolower((unsigned char)v[n]);
        n++;
    }
    low[n] = '\0';
    return rp__str_in(low, yes) ? 1 : rp__str_in(low, no) ? 0 : -1;
}

/* apt's quiet level: each -q counts one, -q=N and --quiet=N set N. */
static unsigned
apt_quiet(const rp_sh_cmd *v)
{
    unsigned level = 0;

    for (size_t i = 1; i < v->argc; i++) {
        const char *w = v->argv[i];
        if (strcmp(w, "--") == 0)
            break;
        if (!is_opt(w))
            continue;
        if (rp__str_starts(w, "--quiet"))
            level = w[7] == '=' ? (unsigned)(isdigit((unsigned char)w[8]) ? w[8] - '0' : 0)
                                : level + (w[7] == '\0');
        else if (w[1] == '-')
            i += takes_next(w, apt_takes);
        else
            for (const char *p = w + 1; *p; p++) {
                if (*p == 'q' && p[1] == '=') {
                    level = isdigit((unsigned char)p[2]) ? (unsigned)(p[2] - '0') : level;
                    break;
                }
                if (*p == 'q')
                    level++;
                else if (short_takes(*p, apt_takes)) {
                    i += p[1] == '\0';
                    break;
                }
            }
    }
    return level;
}

static bool
apt_yes(const run_state *s, const pm_cmd *p)
{
    const rp_sh_cmd *v = &p->v;

    if (has_short(v, 'y', apt_takes) || rp_sh_has_long(v, "yes") ||
        rp_sh_has_long(v, "assume-yes") || var_has_opt(s, p, "yes", 'y') ||
        var_has_opt(s, p, "assume-yes", 0))
        return true;
    if (strcmp(p->tool, "aptitude") == 0)
        return apt_bool(apt_config(v, "Aptitude::CmdLine::Assume-Yes")) == 1;
    return apt_quiet(v) >= 2 || apt_bool(apt_config(v, "APT::Get::Assume-Yes")) == 1;
}

static bool
apt_no_recommends(const run_state *s, const pm_cmd *p)
{
    const rp_sh_cmd *v = &p->v;

    if (rp_sh_has_long(v, "no-install-recommends") ||
        var_has_opt(s, p, "no-install-recommends", 0) ||
        apt_bool(apt_config(v, "APT::Install-Recommends")) == 0)
        return true;
    return strcmp(p->tool, "aptitude") == 0 &&
           (has_short(v, 'R', apt_takes) || rp_sh_has_long(v, "without-recommends"));
}

/* 038 applies when the stage's files ship (rp__df_stage_in_image) and no cache mount keeps
 * the lists out of the layer; a RUN before any FROM is broken elsewhere and counts. */
static bool
lists_apply(run_state *s)
{
    int st = s->in->stage;

    if (s->lists_apply < 0)
        /* a mount on /var/lib/apt covers the lists too */
        s->lists_apply =
            (st < 0 || rp__df_stage_in_image(s->c->df, st)) && !mounted(s->run, apt_lists_dirs);
    return s->lists_apply;
}

static void
check_apt_pins(run_state *s, const pm_cmd *p)
{
    pkg_list l;
    char more[32];

    if (p->xargs || !rp__df_on(s->c, &r_apt_unpinned))
        return;
    collect_unpinned(s, p, 0, apt_pinned, &l);
    if (!l.n)
        return;
    list_more(&l, more, sizeof(more));
    report(s, &r_apt_unpinned, p, "%s install without a version for %s%s (pin as %.*s=<version>)",
           p->tool, l.text, more, l.first_len, l.first);
}

static void
check_apt(run_state *s, const pm_cmd *p, long i)
{
    const char *sub = p->sub;
    bool install = strcmp(sub, "install") == 0;

    if (strcmp(p->tool, "apt") == 0)
        report(s, &r_apt_cli, p,
               "apt%s%s: apt's command line is not stable for scripts; use apt-get or apt-cache",
               *sub ? " " : "", sub);
    if (strcmp(sub, "update") == 0)
        check_refresh(s, p, i, false);
    if ((install || !strcmp(sub, "update")) && !s->lists_done && i > s->lists_rm &&
        rp__df_on(s->c, &r_apt_lists) && lists_apply(s)) {
        s->lists_done = true;
        report(s, &r_apt_lists, p,
               "%s %s leaves the package lists in /var/lib/apt/lists: no rm -rf "
               "/var/lib/apt/lists/* follows in this RUN",
               p->tool, sub);
    }
    if (rp__str_in(sub, apt_prompts) && !apt_yes(s, p))
        report(s, &r_apt_yes, p,
               "%s %s without -y: %s asks for confirmation and the non-interactive build aborts",
               p->tool, sub, p->tool);
    if (install && !apt_no_recommends(s, p))
        report(s, &r_apt_recommends, p,
               "%s install without --no-install-recommends also installs the recommended "
               "packages",
               p->tool);
    if (install)
        check_apt_pins(s, p);
    if (rp__str_in(sub, apt_dist))
        report(s, &r_dist_upgrade, p,
               "%s %s may replace and remove packages to follow the distribution", p->tool, sub);
}

/* ---- apk ---------------------------------------------------------------------------------- */

static void
check_apk(run_state *s, const pm_cmd *p, long i)
{
    pkg_list l;
    char more[32];
    const char *tag;
    int at;

    if (strcmp(p->sub, "update") == 0)
        check_refresh(s, p, i, false);
    if (rp__str_in(p->sub, apk_caches) && !rp_sh_has_long(&p->v, "no-cache") &&
        !var_has_opt(s, p, "no-cache", 0) && !mounted(s->run, apk_cache_dirs)) {
        if (s->apk_rm > i)
            report(s, &r_apk_cache, p,
                   "apk %s without --no-cache: the later rm of /var/cache/apk keeps the index out "
                   "of the layer, but --no-cache does that in one step (and replaces --update)",
                   p->sub);
        else
            report(s, &r_apk_cache, p,
                   "apk %s without --no-cache leaves the package index in /var/cache/apk", p->sub);
    }
    if (strcmp(p->sub, "add") || p->xargs || !rp__df_on(s->c, &r_apk_unpinned))
        return;
    collect_unpinned(s, p, 0, apk_pinned, &l);
    if (!l.n)
        return;
    list_more(&l, more, sizeof(more));
    /* a repository tag goes after the version: name=<version>@tag */
    tag = memchr(l.first, '@', (size_t)l.first_len);
    at = tag ? (int)(tag - l.first) : l.first_len;
    report(s, &r_apk_unpinned, p, "apk add without a version for %s%s (pin as %.*s=<version>%.*s)",
           l.text, more, at, l.first, l.first_len - at, l.first + at);
}

/* ---- yum, dnf, microdnf, tdnf ------------------------------------------------------------- */

/* A "key=value" --setopt with a true value. */
static bool
dnf_setopt_true(const rp_sh_cmd *v, const char *key)
{
    size_t n = strlen(key);

    for (size_t i = 1; i < v->argc; i++) {
        const char *w = v->argv[i], *val = NULL;
        if (strcmp(w, "--setopt") == 0 && i + 1 < v->argc)
            val = v->argv[++i];
        else if (rp__str_starts(w, "--setopt="))
            val = w + 9;
        if (val && strncmp(val, key, n) == 0 && val[n] == '=')
            return apt_bool(val + n + 1) == 1;
    }
    return false;
}

static bool
dnf_changes_pkgs(const pm_cmd *p)
{
    if (rp__str_in(p->sub, dnf_changes))
        return true;
    return rp__str_in(p->sub, dnf_groups) && rp__str_in(p->action, dnf_group_changes);
}

static void
check_dnf_pins(run_state *s, const pm_cmd *p)
{
    bool module = strcmp(p->sub, "module") == 0 && strcmp(p->action, "install") == 0;
    pkg_list l;
    char more[32];

    if (p->xargs || !rp__df_on(s->c, &r_rpm_unpinned))
        return;
    if (!module && strcmp(p->sub, "install") && strcmp(p->sub, "in"))
        return;
    collect_unpinned(s, p, module ? 1 : 0, module ? module_pinned : dnf_pinned, &l);
    if (!l.n)
        return;
    list_more(&l, more, sizeof(more));
    if (module)
        report(s, &r_rpm_unpinned, p,
               "%s module install without a stream for %s%s (pin as %.*s:<stream>)", p->tool,
               l.text, more, l.first_len, l.first);
    else
        report(s, &r_rpm_unpinned, p, "%s %s without a version for %s%s (pin as %.*s-<version>)",
               p->tool, p->sub, l.text, more, l.first_len, l.first);
}

static void
check_dnf(run_state *s, const pm_cmd *p, long i)
{
    bool change = dnf_changes_pkgs(p);
    bool removes = rp__str_in(p->sub, dnf_removes) ||
                   (rp__str_in(p->sub, dnf_groups) && !strcmp(p->action, "remove"));
    const char *what = p->action;

    if (rp__str_in(p->sub, dnf_refresh) || rp__str_in(p->sub, dnf_update))
        check_refresh(s, p, i, rp__str_in(p->sub, dnf_update));
    if (change && !s->clean_done[FAM_DNF] && i > s->last_clean[FAM_DNF] &&
        !mounted(s->run, dnf_cache_dirs)) {
        s->clean_done[FAM_DNF] = true;
        report(s, &r_rpm_cache, p,
               "%s %s%s%s leaves its cache in /var/cache: no %s clean all follows in this RUN",
               p->tool, p->sub, *what ? " " : "", what, p->tool);
    }
    if ((change || removes) && strcmp(p->tool, "microdnf") != 0 &&
        !has_short(&p->v, 'y', dnf_takes) && !rp_sh_has_long(&p->v, "assumeyes") &&
        !dnf_setopt_true(&p->v, "assumeyes") && !var_has_opt(s, p, "assumeyes", 'y'))
        report(s, &r_rpm_yes, p,
               "%s %s%s%s without -y: %s asks for confirmation and the non-interactive build "
               "aborts",
               p->tool, p->sub, *what ? " " : "", what, p->tool);
    check_dnf_pins(s, p);
}

/* ---- zypper ------------------------------------------------------------------------------- */

static bool
zypper_noninteractive(const pm_cmd *p)
{
    const rp_sh_cmd *v = &p->v;

    /* -n is --non-interactive only before the subcommand; after it, it means --name */
    return has_short_in(v, 1, p->sub_at, 'n', zypper_global_takes) ||
           rp_sh_has_long(v, "non-interactive") || rp_sh_has_long(v, "no-confirm") ||
           has_short_in(v, 1, p->sub_at, 'y', zypper_global_takes) ||
           has_short_in(v, p->sub_at + 1, v->argc, 'y', zypper_cmd_takes);
}

static void
check_zypper_pins(run_state *s, const pm_cmd *p)
{
    rp_sh_cmd sv = p->v;
    const char *type;
    pkg_list l;
    char more[32];

    if (p->xargs || !rp__df_on(s->c, &r_rpm_unpinned) ||
        (strcmp(p->sub, "install") && strcmp(p->sub, "in")))
        return;
    sv.argv += p->sub_at;
    sv.argc -= p->sub_at;
    type = rp_sh_opt_value(&sv, 't', "type");
    if (type && strcmp(type, "package") != 0)
        return; /* patterns, patches and products have no version to pin */
    collect_unpinned(s, p, 0, zypper_pinned, &l);
    if (!l.n)
        return;
    list_more(&l, more, sizeof(more));
    report(s, &r_rpm_unpinned, p, "zypper %s without a version for %s%s (pin as %.*s=<version>)",
           p->sub, l.text, more, l.first_len, l.first);
}

static void
check_zypper(run_state *s, const pm_cmd *p, long i)
{
    bool change = rp__str_in(p->sub, zypper_changes);

    if (rp__str_in(p->sub, zypper_refresh) || rp__str_in(p->sub, zypper_update))
        check_refresh(s, p, i, rp__str_in(p->sub, zypper_update));
    if (rp__str_in(p->sub, zypper_dist))
        report(s, &r_dist_upgrade, p,
               "zypper %s may replace and remove packages to follow the distribution", p->sub);
    if (change && !s->clean_done[FAM_ZYPPER] && i > s->last_clean[FAM_ZYPPER] &&
        !mounted(s->run, zypper_cache_dirs)) {
        s->clean_done[FAM_ZYPPER] = true;
        report(s, &r_rpm_cache, p,
               "zypper %s leaves its cache in /var/cache/zypp: no zypper clean follows in this "
               "RUN",
               p->sub);
    }
    if (change && !zypper_noninteractive(p) && !var_has_opt(s, p, "non-interactive", 'y') &&
        !var_has_opt(s, p, "no-confirm", 'n'))
        report(s, &r_rpm_yes, p,
               "zypper %s without --non-interactive or -y: zypper asks for confirmation and the "
               "non-interactive build aborts",
               p->sub);
    check_zypper_pins(s, p);
}

/* ---- the ruleset -------------------------------------------------------------------------- */

static void
check_run(rp__df_check *c, const rp_df_instr *in, const rp_df_instr *run, size_t idx)
{
    const rp_sh_script *sh = run->sh;
    run_state s = {
        .c = c, .in = in, .run = run, .idx = idx, .lists_rm = -1, .apk_rm = -1, .lists_apply = -1};
    bool any = false;
    pm_cmd p;

    for (int f = 0; f < FAM_COUNT; f++)
        s.last_use[f] = s.last_clean[f] = -1;
    for (size_t i = 0; i < sh->n; i++)
        if (pm_decode(&p, &sh->cmds[i]))
            any |= note_facts(&s, &p, (long)i);
    if (!any)
        return;
    for (size_t i = 0; i < sh->n; i++) {
        if (!pm_decode(&p, &sh->cmds[i]))
            continue;
        switch (p.fam) {
        case FAM_APT:
            check_apt(&s, &p, (long)i);
            break;
        case FAM_APK:
            check_apk(&s, &p, (long)i);
            break;
        case FAM_DNF:
            check_dnf(&s, &p, (long)i);
            break;
        case FAM_ZYPPER:
            check_zypper(&s, &p, (long)i);
            break;
        default:
            break;
        }
    }
}

static void
check(rp__df_check *c)
{
    bool on = false;

    for (size_t r = 0; rules[r]; r++)
        on |= rp__df_on(c, rules[r]);
    if (!on)
        return;
    for (size_t i = 0; i < c->df->ninstrs; i++) {
        const rp_df_instr *in = &c->df->instrs[i];
        const rp_df_instr *run = rp__df_run(in);
        if (!run || in->error || run->error || !run->sh || !run->sh->n)
            continue;
        check_run(c, in, run, i);
    }
}

const rp__df_ruleset rp__df_set_pkg = {rules, check};
