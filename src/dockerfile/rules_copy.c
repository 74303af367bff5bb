/* Dockerfile rules: COPY and ADD. Credential files copied in, ADD of local files and of
 * unverified URLs, destinations, --from references and archives extracted after copying. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "core/util.h"
#include "dockerfile/rules.h"

static const rp_rule r_cred_file = {
    .id = "RP-DF-073",
    .name = "copy-credential-file",
    .analyzer = "dockerfile",
    .severity = RP_SEV_HIGH,
    .title = "Credential file copied into the image",
    .description =
        "A key, token or password file copied with COPY or ADD is stored in that layer for "
        "good: anyone who can pull the image can extract it, and deleting it in a later "
        "instruction only hides it. This covers SSH private keys, cloud and registry "
        "credentials (.aws/credentials, .docker/config.json, kubeconfig, service-account "
        "JSON), package-manager tokens (.npmrc, .pypirc, .netrc), .env files, keystores and "
        "private keys. A file copied from a builder stage with COPY --from is just as exposed "
        "in the final image, and a file copied into a builder stage stays in the build cache.",
    .remediation = "Mount secrets for the RUN that needs them instead of copying them: "
                   "`RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci`, "
                   "`RUN --mount=type=ssh git clone git@github.com:org/repo.git`. Give runtime "
                   "credentials to the container when it starts (a mounted secret file, workload "
                   "identity), and list credential files in .dockerignore.",
    .refs = {"AVD-DS-0031", "CIS-DI-0010", "CIS-Docker-4.10", NULL},
    .notes = "Names and extensions follow Dockle's CIS-DI-0010 list (which Dockle applies to image "
             "layers), plus .npmrc, .pypirc, .netrc, .git-credentials, .pgpass, .htpasswd, "
             ".docker/config.json, .aws/credentials, kubeconfig, service-account JSON and files "
             "copied into ~/.ssh; the source and the destination name are both checked. Dockle's "
             "settings.py is left out: nearly every Django image copies it and it rarely holds the "
             "secret itself. `.pem` fires only for names with key or priv in them (a CA bundle is "
             "public), `.key` not for GPG or repository keys, keystores not for trust stores. From "
             "Trivy DS031: ENV/ARG AWS_CONFIG_FILE, AWS_SHARED_CREDENTIALS_FILE, "
             "GOOGLE_APPLICATION_CREDENTIALS or HF_TOKEN_PATH (and KUBECONFIG, DOCKER_CONFIG) "
             "pointing under a COPY destination, and COPY to `$THAT_VAR`, in every stage (Trivy: "
             "the final stage only).",
    .bad = "FROM python:3.12-slim\nCOPY id_rsa /root/.ssh/id_rsa\nCOPY gcp-key.json /app/\n"
           "ENV GOOGLE_APPLICATION_CREDENTIALS=/app/gcp-key.json",
    .good = "# syntax=docker/dockerfile:1\nFROM python:3.12-slim\n"
            "RUN --mount=type=ssh git clone git@github.com:org/lib.git /src/lib\n"
            "# at run time: -v ./gcp-key.json:/run/secrets/gcp.json:ro "
            "-e GOOGLE_APPLICATION_CREDENTIALS=/run/secrets/gcp.json",
};

static const rp_rule r_add_local = {
    .id = "RP-DF-019",
    .name = "add-local-file",
    .analyzer = "dockerfile",
    .severity = RP_SEV_LOW,
    .title = "ADD used for local files",
    .description = "ADD does more than copy: it unpacks local tar archives and fetches URLs. "
                   "For plain files and directories COPY does the same with no surprises: a "
                   "file that happens to be a tar archive is not silently unpacked, and "
                   "readers know nothing is downloaded. ADD does not unpack .zip files at all.",
    .remediation = "Use COPY for local files, directories and heredocs "
                   "(`COPY <<EOF /etc/app.conf`). Keep ADD for tar archives you want unpacked "
                   "and for remote sources pinned with --checksum.",
    .refs = {"DL3020", "AVD-DS-0005", "CIS-DI-0009", "CKV_DOCKER_4", "CIS-Docker-4.9", NULL},
    .notes = "As hadolint DL3020, every source must be a URL or end in a tar-family extension "
             "(.tar .gz .bz2 .xz .tgz .Z .lz .lzma .tZ .tb2 .tbz .tbz2 .tlz .tpz .txz), so "
             ".zip fires. Trivy DS005 only looks for `.tar`, `http://`, `https://` or `git@` "
             "anywhere in the arguments, so it fires on .tgz and .txz archives and passes a "
             "local file listed next to a URL; rampart checks each source. Git sources "
             "(git@, git://, ssh://, https://...git) count as remote (hadolint fires on git@). "
             "Checkov CKV_DOCKER_4 and Dockle flag every ADD; remote ADDs are RP-DF-020's. "
             "ONBUILD ADD is checked too.",
    .bad = "FROM debian:12\nADD app.py requirements.txt /app/\nADD dist.zip /opt/",
    .good = "FROM debian:12\nCOPY app.py requirements.txt /app/\nCOPY dist.zip /opt/\n"
            "ADD rootfs.tar.gz /",
};

static const rp_rule r_add_url = {
    .id = "RP-DF-020",
    .name = "add-url-no-checksum",
    .analyzer = "dockerfile",
    .severity = RP_SEV_MEDIUM,
    .title = "ADD fetches a remote source without a checksum",
    .description = "ADD of an http(s) URL downloads whatever the server returns at build "
                   "time: when the file changes or the server is compromised, the image "
                   "changes silently. A git source at a branch or tag moves the same way.",
    .remediation =
        "Pin the download: `ADD --checksum=sha256:<digest> https://example.com/tool.tar.gz "
        "/tmp/` (Dockerfile syntax 1.6+), or download in RUN and check it with `sha256sum "
        "-c`. Pin git sources to a commit: `ADD https://github.com/org/repo.git#<commit> /src`.",
    .refs = {"CIS-DI-0009", "CKV_DOCKER_4", "CIS-Docker-4.9", NULL},
    .notes = "hadolint and Trivy exempt remote ADD from their ADD checks; Dockle and Checkov "
             "flag every ADD. A git source passes when its ref (`#ref`, `?ref=`, `?commit=`) "
             "is a full commit hash, or with --checksum (newer BuildKit checks the commit "
             "with it); no ref, or a branch or tag name, fires. A --checksum written after the "
             "URL is read as the flag. ONBUILD ADD is checked too.",
    .bad = "FROM alpine:3.20\nADD https://github.com/tianon/gosu/releases/download/1.17/"
           "gosu-amd64 /usr/local/bin/gosu",
    .good = "# syntax=docker/dockerfile:1\nFROM alpine:3.20\nADD --checksum=sha256:"
            "bbc4136d03ab138b1ad66fa4fc051bafc6cc7ffae632b069a53657279a450de3 "
            "https://github.com/tianon/gosu/releases/download/1.17/gosu-amd64 "
            "/usr/local/bin/gosu",
};

static const rp_rule r_multi_dest = {
    .id = "RP-DF-021",
    .name = "copy-multi-source-dest",
    .analyzer = "dockerfile",
    .severity = RP_SEV_MEDIUM,
    .title = "Several sources copied to a destination without a trailing /",
    .description = "With more than one source, COPY and ADD need a directory destination "
                   "written with a trailing slash. The classic builder stops with \"When using "
                   "COPY with more than one source file, the destination must be a directory "
                   "and end with a /\", and readers cannot tell whether one file or a "
                   "directory was meant.",
    .remediation = "End the destination with a slash: `COPY package.json package-lock.json ./`"
                   " or `COPY app.py utils.py /app/`.",
    .refs = {"DL3021", "AVD-DS-0011", NULL},
    .notes = "As hadolint DL3021 and Trivy DS011, for ADD too (the peers check COPY only) and "
             "in exec form; --from sources and heredoc sources count. A destination of `.` "
             "fires as in the peers: BuildKit accepts it, the classic builder does not, and "
             "`./` works everywhere. One wildcard source is not counted as several. ONBUILD "
             "COPY is checked too.",
    .bad = "FROM node:20.11-slim\nWORKDIR /app\nCOPY package.json package-lock.json .",
    .good = "FROM node:20.11-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./",
};

static const rp_rule r_from_self = {
    .id = "RP-DF-022",
    .name = "copy-from-self",
    .analyzer = "dockerfile",
    .severity = RP_SEV_MEDIUM,
    .title = "COPY --from refers to its own stage",
    .description = "A stage cannot copy from itself: BuildKit stops with \"circular dependency "
                   "detected on stage\", and other builders look for an image of that name. "
                   "It is usually a copy-paste slip for a builder stage's alias.",
    .remediation = "Point --from at the stage that produces the files "
                   "(`COPY --from=build /out/app /usr/local/bin/`).",
    .refs = {"DL3023", "AVD-DS-0006", NULL},
    .notes = "hadolint and Trivy compare the alias; rampart also catches the stage's own "
             "index (`COPY --from=1` in the second stage) and compares case-insensitively, "
             "as BuildKit does. Not checked inside ONBUILD, where stage names belong to the "
             "downstream build.",
    .bad = "FROM golang:1.22 AS build\nRUN go build -o /out/app .\nCOPY --from=build /out/app "
           "/usr/local/bin/",
    .good = "FROM golang:1.22 AS build\nRUN go build -o /out/app .\n"
            "FROM gcr.io/distroless/static-debian12\nCOPY --from=build /out/app "
            "/usr/local/bin/",
};

static const rp_rule r_from_unknown = {
    .id = "RP-DF-023",
    .name = "copy-from-unknown",
    .analyzer = "dockerfile",
    .severity = RP_SEV_LOW,
    .title = "COPY --from names no earlier stage",
    .description = "When --from matches no earlier stage alias or index, the builder takes it "
                   "as an image reference and pulls it: a typo in a stage name "
                   "(`--from=buidler`) copies from `docker.io/library/buidler:latest` or fails "
                   "the build, and a bare image name is an unpinned :latest.",
    .remediation = "Use the alias of an earlier stage (`FROM golang:1.22 AS build` ... "
                   "`COPY --from=build ...`). To copy from an image, name it with a tag or a "
                   "digest: `COPY --from=nginx:1.25 /etc/nginx/nginx.conf /etc/nginx/`.",
    .refs = {"DL3022", NULL},
    .notes = "As hadolint DL3022 with fewer false alarms: indexes of earlier stages pass, "
             "aliases compare case-insensitively, and a reference with `:`, `/` or `@` is an "
             "image (`--from=nginx:1.25`, `--from=ghcr.io/org/tools`). A bare name such as "
             "`--from=nginx` still fires: it is a typo or an implicit :latest. An alias of a "
             "later stage fires (forward references depend on the builder); a value with an "
             "unresolved `$VAR` is skipped. Not checked inside ONBUILD.",
    .bad = "FROM golang:1.22 AS builder\nRUN go build -o /out/app .\nFROM debian:12-slim\n"
           "COPY --from=build /out/app /usr/local/bin/",
    .good = "FROM golang:1.22 AS builder\nRUN go build -o /out/app .\nFROM debian:12-slim\n"
            "COPY --from=builder /out/app /usr/local/bin/",
};

static const rp_rule r_rootfs = {
    .id = "RP-DF-024",
    .name = "copy-whole-rootfs",
    .analyzer = "dockerfile",
    .severity = RP_SEV_MEDIUM,
    .title = "COPY --from copies a whole filesystem",
    .description = "`COPY --from=stage / /` copies every file of the other stage (compilers, "
                   "package caches, shells, anything left behind in the builder) over the "
                   "target's root: it defeats the point of a multi-stage build and overwrites "
                   "the target's own system files.",
    .remediation = "Copy only the artifacts you need (`COPY --from=build /out/app "
                   "/usr/local/bin/app`); to start from another stage's filesystem, use "
                   "`FROM <stage>`.",
    .refs = {"DL3067", NULL},
    .notes = "hadolint DL3067 matches a source of exactly `/`; rampart also takes `.`, `./` "
             "and `/.` as the root (--from sources are relative to the source stage's root, "
             "not its WORKDIR), and the same spellings of the destination. ONBUILD COPY is "
             "checked too.",
    .bad = "FROM golang:1.22 AS build\nRUN go build -o /out/app .\n"
           "FROM debian:12-slim\nCOPY --from=build / /",
    .good = "FROM golang:1.22 AS build\nRUN go build -o /out/app .\n"
            "FROM debian:12-slim\nCOPY --from=build /out/app /usr/local/bin/app",
};

static const rp_rule r_rel_dest = {
    .id = "RP-DF-025",
    .name = "copy-relative-dest-no-workdir",
    .analyzer = "dockerfile",
    .severity = RP_SEV_LOW,
    .title = "COPY to a relative destination with no WORKDIR",
    .description = "A relative COPY or ADD destination is resolved against the working "
                   "directory, which, with no WORKDIR in the stage, is whatever the base image "
                   "set (often `/`). The files land in an unexpected place, and move when the "
                   "base image changes.",
    .remediation = "Set WORKDIR before copying (`WORKDIR /app` then `COPY . .`), or use an "
                   "absolute destination (`COPY app.py /app/`).",
    .refs = {"DL3045", NULL},
    .notes = "As hadolint DL3045: a WORKDIR earlier in the stage, or anywhere in a stage it "
             "builds FROM, satisfies it; destinations starting with `/`, `$` or a Windows "
             "drive (`C:\\`) count as absolute. Applies to ADD too (hadolint: COPY only). Not "
             "checked inside ONBUILD, where the downstream image's WORKDIR applies.",
    .bad = "FROM python:3.12-slim\nCOPY requirements.txt .\nCOPY src/ src/",
    .good = "FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nCOPY src/ src/",
};

static const rp_rule r_archive = {
    .id = "RP-DF-026",
    .name = "copy-archive-then-extract",
    .analyzer = "dockerfile",
    .severity = RP_SEV_INFO,
    .title = "Archive copied, then extracted in a later RUN",
    .description = "When an archive is copied in and then unpacked by a RUN, the archive "
                   "stays in the COPY layer: the image carries both the compressed and the "
                   "extracted files, even if the RUN deletes the archive.",
    .remediation = "Let ADD unpack a local tar archive in one step (`ADD app.tar.gz /opt/`), "
                   "or bind-mount the archive for the RUN that extracts it: "
                   "`RUN --mount=type=bind,source=app.zip,target=/tmp/app.zip unzip "
                   "/tmp/app.zip -d /opt/app`.",
    .refs = {"DL3010", NULL},
    .notes = "As hadolint DL3010 (tar -x, unzip, gunzip, bunzip2, unxz, zcat, ... naming the "
             "archive's base name later in the same stage), plus .zip, .zst and .7z archives, "
             "`xz -d`, `zstd -d`, `7z x`, old-style `tar xzf`, and copies with --from. "
             "Reported at the COPY.",
    .bad = "FROM debian:12-slim\nCOPY app-1.4.tar.gz /tmp/\n"
           "RUN tar -xzf /tmp/app-1.4.tar.gz -C /opt && rm /tmp/app-1.4.tar.gz",
    .good = "FROM debian:12-slim\nADD app-1.4.tar.gz /opt/",
};

static const rp_rule *const rules[] = {
    &r_cred_file,    &r_add_local, &r_add_url,  &r_multi_dest, &r_from_self,
    &r_from_unknown, &r_rootfs,    &r_rel_dest, &r_archive,    NULL};

/* ---- helpers ------------------------------------------------------------------------------ */

/* The last path component of p, ignoring trailing slashes, into out. */
static const char *
base_of(char *out, size_t size, const char *p)
{
    size_t n = strlen(p), s;

    while (n > 1 && (p[n - 1] == '/' || p[n - 1] == '\\'))
        n--;
    for (s = n; s > 0 && p[s - 1] != '/' && p[s - 1] != '\\'; s--)
        ;
    n = n - s < size ? n - s : size - 1;
    memcpy(out, p + s, n);
    out[n] = '\0';
    return out;
}

static bool
is_heredoc_src(const rp_df_instr *x, const char *w)
{
    return x->nheredocs && w[0] == '<' && w[1] == '<';
}

/* A source word of COPY/ADD: the expanded form, unless it was not expanded. */
static const char *
src_word(const rp_df_instr *x, size_t i)
{
    return x->xargs && x->xargs[i] ? x->xargs[i] : x->args[i];
}

static const char *
dest_word(const rp_df_instr *x)
{
    return src_word(x, x->nargs - 1);
}

/* A flag written after the sources ("ADD URL --checksum=... /dst"): not a source. BuildKit
 * would take it for a file name; rampart reads it as the flag that was meant. */
static bool
is_late_flag(const char *w)
{
    return w[0] == '-' && w[1] == '-' && isalpha((unsigned char)w[2]);
}

static size_t
source_count(const rp_df_instr *x)
{
    size_t n = 0;

    for (size_t i = 0; i + 1 < x->nargs; i++)
        n += !is_late_flag(x->args[i]);
    return n;
}

static bool
has_checksum(const rp_df_instr *x)
{
    if (rp_df_instr_flag(x, "checksum"))
        return true;
    for (size_t i = 0; i + 1 < x->nargs; i++)
        if (rp__str_starts(x->args[i], "--checksum="))
            return true;
    return false;
}

static bool
is_http(const char *s)
{
    return rp__str_starts_ci(s, "http://") || rp__str_starts_ci(s, "https://");
}

/* A git source as BuildKit recognises one: git@, git://, ssh://, or http(s) ending in .git. */
static bool
is_git(const char *s)
{
    size_t n;

    if (rp__str_starts(s, "git@") || rp__str_starts(s, "git://") || rp__str_starts(s, "ssh://"))
        return true;
    if (!is_http(s))
        return false;
    n = strcspn(s, "#?");
    return n > 4 && strncmp(s + n - 4, ".git", 4) == 0;
}

/* True when the extension of w's last path component (".gz" of "a.tar.gz") is in exts,
 * case-insensitively. */
static bool
ends_with_any_ci(const char *w, const char *const *exts)
{
    const char *dot = strrchr(w, '.');

    if (!dot || strchr(dot, '/'))
        return false;
    for (size_t i = 0; exts[i]; i++)
        if (strcasecmp(dot, exts[i]) == 0)
            return true;
    return false;
}

/* Extensions ADD unpacks (hadolint's list: the tar family and single-file compressors). */
static const char *const tar_exts[] = {".tar", ".gz",   ".bz2", ".xz",  ".tgz", ".Z",
                                       ".lz",  ".lzma", ".tZ",  ".tb2", ".tbz", ".tbz2",
                                       ".tlz", ".tpz",  ".txz", NULL};

/* A spelling of the root: "/", "//", "/." and, for --from sources (relative to the source
 * stage's root), also "." and "./". */
static bool
is_root(const char *p, bool relative_ok)
{
    if (!*p || (p[0] != '/' && !relative_ok))
        return false;
    for (; *p; p++)
        if (*p != '/' && !(*p == '.' && (p[1] == '/' || !p[1])))
            return false;
    return true;
}

/* True when stage t is s or a stage s builds FROM. */
static bool
chain_has(const rp_dockerfile *df, int s, int t)
{
    for (int k = s, hops = 0; k >= 0 && hops < 1000; k = df->stages[k].parent, hops++)
        if (k == t)
            return true;
    return false;
}

/* ---- RP-DF-073: credential files ----------------------------------------------------------- */

typedef struct cred_name {
    const char *name;
    const char *what;
} cred_name;

/* Base names (lowercase), after Dockle's CIS-DI-0010 list and the usual tool files. */
static const cred_name cred_names[] = {
    {"id_rsa", "an SSH private key"},
    {"id_dsa", "an SSH private key"},
    {"id_ecdsa", "an SSH private key"},
    {"id_ed25519", "an SSH private key"},
    {"credentials.json", "a credentials file"},
    {"credential.json", "a credentials file"},
    {"credentials", "a credentials file"},
    {"credential", "a credentials file"},
    {"credentials.xml", "a credentials file"},
    {"password.txt", "a password file"},
    {"passwords.txt", "a password file"},
    {"secret_token.rb", "a Rails secret token"},
    {"carrierwave.rb", "Rails storage credentials"},
    {"omniauth.rb", "Rails OAuth secrets"},
    {"database.yml", "database credentials"},
    {".env", "an environment file"},
    {".npmrc", "npm registry credentials"},
    {".pypirc", "PyPI credentials"},
    {".netrc", "netrc credentials"},
    {"_netrc", "netrc credentials"},
    {".git-credentials", "git credentials"},
    {".pgpass", "PostgreSQL passwords"},
    {".htpasswd", "password hashes"},
    {".my.cnf", "MySQL credentials"},
    {".dockercfg", "registry credentials"},
    {".s3cfg", "S3 credentials"},
    {".boto", "cloud credentials"},
    {"kubeconfig", "a kubeconfig"},
    {"application_default_credentials.json", "Google credentials"},
    {".ssh", "an SSH directory"},
    {".aws", "AWS credentials"},
    {".kube", "Kubernetes credentials"},
    {".gnupg", "GnuPG private keys"},
    {".docker", "Docker registry credentials"},
    {NULL, NULL},
};

/* Path endings that name credential files whatever their base name. */
static const cred_name cred_paths[] = {
    {".docker/config.json", "Docker registry credentials"},
    {".aws/credentials", "AWS credentials"},
    {".kube/config", "a kubeconfig"},
    {".config/gcloud/credentials.db", "Google credentials"},
    {NULL, NULL},
};

/* Dockle's credential extensions, plus PuTTY and KeePass files. */
static const char *const cred_exts[] = {
    ".secret",   ".ovpn", ".private_key", ".cscfg", ".rdp",    ".mdf",
    ".sdf",      ".bek",  ".tpm",         ".fve",   ".psafe3", ".agilekeychain",
    ".keychain", ".pcap", ".gnucache",    ".ppk",   ".kdbx",   NULL};

static bool
has_any(const char *s, const char *const *needles)
{
    for (size_t i = 0; needles[i]; i++)
        if (strstr(s, needles[i]))
            return true;
    return false;
}

/* What kind of credential a base name (lowercase) is by its extension, or NULL. */
static const char *
cred_by_ext(const char *b)
{
    static const char *const stores[] = {".jks", ".p12", ".pfx", ".keystore", NULL};
    static const char *const trust[] = {"trust", "cacert", NULL};
    static const char *const public_key[] = {
        "gpg", "pgp", "pub", "release", "repo", "apt", "archive", "signing-key.asc", NULL};
    static const char *const env_ok[] = {".example",  ".sample", ".template", ".dist",
                                         ".defaults", ".tmpl",   NULL};

    if (!strchr(b, '.'))
        return NULL;
    if (ends_with_any_ci(b, cred_exts))
        return "a credential file";
    if (ends_with_any_ci(b, stores) && !has_any(b, trust))
        return "a keystore";
    if (rp__str_ends(b, ".key") && !has_any(b, public_key))
        return "a private key";
    if (rp__str_ends(b, ".pem") && (strstr(b, "key") || strstr(b, "priv")) && !strstr(b, "pub"))
        return "a private key";
    if (rp__str_starts(b, ".env.") && !ends_with_any_ci(b, env_ok))
        return "an environment file";
    if (rp__str_ends(b, ".json") && (strstr(b, "service-account") || strstr(b, "service_account") ||
                                     strstr(b, "serviceaccount")))
        return "a service-account key";
    return NULL;
}

/* What kind of credential path p names, or NULL. */
static const char *
cred_kind(const char *p)
{
    char b[256], low[512];
    size_t k = 0;

    for (; p[k] && k + 1 < sizeof(low); k++)
        low[k] = (char)tolower((unsigned char)p[k]);
    low[k] = '\0';
    while (k > 1 && low[k - 1] == '/')
        low[--k] = '\0';
    base_of(b, sizeof(b), low);
    for (size_t i = 0; cred_names[i].name; i++)
        if (cred_names[i].name[0] == b[0] && strcmp(b, cred_names[i].name) == 0)
            return cred_names[i].what;
    for (size_t i = 0; strchr(low, '/') && cred_paths[i].name; i++)
        if (rp__str_ends(low, cred_paths[i].name) &&
            (k == strlen(cred_paths[i].name) || low[k - strlen(cred_paths[i].name) - 1] == '/'))
            return cred_paths[i].what;
    return cred_by_ext(b);
}

/* A key copied into ~/.ssh: any file there but public keys, known_hosts and config. */
static bool
ssh_key_dest(const char *dest, const char *src)
{
    static const char *const benign[] = {"known_hosts",     "known_hosts2", "config",
                                         "authorized_keys", "environment",  NULL};
    char b[256];

    if (!strstr(dest, "/.ssh/") && !rp__str_ends(dest, "/.ssh") && !rp__str_starts(dest, ".ssh/"))
        return false;
    base_of(b, sizeof(b), src);
    return !rp__str_ends(b, ".pub") && !rp__str_in(b, benign) && b[0] != '<';
}

/* Variables that name a credentials file (Trivy DS031 and the tools' own). */
static const char *const file_envs[] = {"AWS_CONFIG_FILE",
                                        "AWS_SHARED_CREDENTIALS_FILE",
                                        "GOOGLE_APPLICATION_CREDENTIALS",
                                        "HF_TOKEN_PATH",
                                        "KUBECONFIG",
                                        "DOCKER_CONFIG",
                                        NULL};

static bool
is_file_env(const char *name)
{
    for (size_t i = 0; file_envs[i]; i++)
        if (rp__str_eq_ci(name, file_envs[i]))
            return true;
    return false;
}

/* "$NAME", "${NAME}" or "${NAME}/..." naming a credentials-file variable. */
static const char *
dest_file_env(char *out, size_t size, const char *raw)
{
    size_t n;

    if (raw[0] != '$')
        return NULL;
    raw += raw[1] == '{' ? 2 : 1;
    n = strspn(raw, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_");
    snprintf(out, size, "%.*s", (int)n, raw);
    return is_file_env(out) ? out : NULL;
}

/* Why this stage's copy matters: a note for stages outside the final image. */
static void
stage_note(char *out, size_t size, const rp_dockerfile *df, const rp_df_instr *x)
{
    const rp_df_flag *from = rp_df_instr_flag(x, "from");
    int n = 0;

    out[0] = '\0';
    if (from && from->value)
        n = snprintf(out, size, " (copied from %.60s)", from->value);
    if (n >= 0 && (size_t)n < size && x->stage >= 0 && !rp__df_stage_in_image(df, x->stage))
        snprintf(out + n, size - (size_t)n,
                 "; stage %.60s is not in the final image, but its layers stay in the build "
                 "cache",
                 df->stages[x->stage].name ? df->stages[x->stage].name : "(unnamed)");
}

static void
check_cred_copy(rp__df_check *c, const rp_df_instr *at, const rp_df_instr *x)
{
    const char *kw = rp_df_kind_name(x->kind), *dest = dest_word(x), *what = NULL, *file = NULL;
    char note[256], var[64], b[256];

    for (size_t i = 0; i + 1 < x->nargs && !what; i++)
        if (!is_heredoc_src(x, src_word(x, i)) && !is_late_flag(x->args[i])) {
            file = src_word(x, i);
            what = cred_kind(file);
            if (!what && ssh_key_dest(dest, file))
                what = "a private key for ~/.ssh";
        }
    if (!what && dest[strlen(dest) ? strlen(dest) - 1 : 0] != '/' && (what = cred_kind(dest)))
        file = dest;
    stage_note(note, sizeof(note), c->df, x);
    if (what) {
        rp__df_report(c, &r_cred_file, at,
                      "%s of %s puts %s into the image: it stays in the "
                      "layer even if a later instruction deletes it%s",
                      kw, base_of(b, sizeof(b), file), what, note);
        return;
    }
    if (dest_file_env(var, sizeof(var), x->args[x->nargs - 1]))
        rp__df_report(c, &r_cred_file, at,
                      "%s writes the file that $%s names (a credentials "
                      "file) into the image%s",
                      kw, var, note);
}

/* True when a COPY destination dest puts the file path f into the image. */
static bool
dest_covers(const char *dest, const char *f)
{
    char d[512];
    size_t n;

    while (rp__str_starts(dest, "./"))
        dest += 2;
    while (rp__str_starts(f, "./"))
        f += 2;
    snprintf(d, sizeof(d), "%s", dest);
    n = strlen(d);
    while (n > 1 && d[n - 1] == '/')
        d[--n] = '\0';
    if (strcmp(d, f) == 0)
        return true;
    if (strcmp(d, "/") == 0)
        return f[0] == '/';
    if (strcmp(d, ".") == 0 || !n)
        return f[0] != '/';
    return strncmp(f, d, n) == 0 && f[n] == '/';
}

/* ENV GOOGLE_APPLICATION_CREDENTIALS=/app/key.json with a COPY into /app (Trivy DS031). */
static void
check_cred_env(rp__df_check *c, const rp_df_instr *at, const rp_df_instr *x)
{
    const rp_dockerfile *df = c->df;

    for (size_t k = 0; k < x->nkvs && x->stage >= 0; k++) {
        const char *v = x->kvs[k].xvalue;
        if (!x->kvs[k].key || !is_file_env(x->kvs[k].key) || !v || !*v || strchr(v, '$'))
            continue;
        for (size_t j = 0; j < df->ninstrs; j++) {
            const rp_df_instr *in = &df->instrs[j];
            int s = in->stage;
            if ((in->kind != RP_DF_COPY && in->kind != RP_DF_ADD) || in->error || in->nargs < 2 ||
                s < 0 || !(chain_has(df, s, x->stage) || chain_has(df, x->stage, s)) ||
                !dest_covers(dest_word(in), v))
                continue;
            rp__df_report_key(c, &r_cred_file, at, x->kvs[k].key,
                              "%s %s=%.200s names a credentials file that %s on line %u puts "
                              "into the image",
                              rp_df_kind_name(x->kind), x->kvs[k].key, v, rp_df_kind_name(in->kind),
                              in->line);
            break;
        }
    }
}

/* ---- RP-DF-019 / RP-DF-020: ADD ------------------------------------------------------------ */

static bool
is_commit(const char *s, size_t n)
{
    if (n != 40 && n != 64)
        return false;
    for (size_t i = 0; i < n; i++)
        if (!isxdigit((unsigned char)s[i]))
            return false;
    return true;
}

/* The ref a git source asks for ("#v1.2:subdir", "?ref=v1.2&subdir=x"), or NULL for the
 * default branch; *n its length. */
static const char *
git_ref(const char *w, size_t *n)
{
    const char *h = strchr(w, '#'), *q = strchr(w, '?');

    if (h) {
        *n = strcspn(h + 1, ":");
        return *n ? h + 1 : NULL;
    }
    for (const char *p = q; p; p = strchr(p + 1, '&')) {
        const char *kv = p + 1;
        if (rp__str_starts(kv, "ref=") || rp__str_starts(kv, "commit=") ||
            rp__str_starts(kv, "tag=") || rp__str_starts(kv, "branch=")) {
            kv = strchr(kv, '=') + 1;
            *n = strcspn(kv, "&");
            return *n ? kv : NULL;
        }
    }
    return NULL;
}

/* The URL without its user-info, for messages. */
static const char *
url_shown(const char *w)
{
    const char *s = strstr(w, "://"), *at;

    if (!s || !(at = strchr(s + 3, '@')) || strcspn(s + 3, "/") < (size_t)(at - s - 3))
        return w;
    return at + 1;
}

static void
report_add_url(rp__df_check *c, const rp_df_instr *at, const rp_df_instr *x, const char *w)
{
    size_t n = 0;
    const char *ref;

    if (!is_git(w)) {
        rp__df_report(c, &r_add_url, at,
                      "ADD downloads %.200s without --checksum: a changed "
                      "or tampered file goes into the image unnoticed",
                      url_shown(w));
        return;
    }
    ref = git_ref(w, &n);
    if (ref)
        rp__df_report(c, &r_add_url, at,
                      "ADD of the git source %.200s at %.*s, a branch or "
                      "tag that can move: pin a commit hash",
                      url_shown(w), (int)n, ref);
    else
        rp__df_report(c, &r_add_url, at,
                      "ADD of the git source %.200s without a ref takes "
                      "whatever the default branch holds: pin a commit hash",
                      url_shown(w));
    (void)x;
}

static void
check_add(rp__df_check *c, const rp_df_instr *at, const rp_df_instr *x)
{
    const char *local = NULL, *url = NULL;
    bool checksum = has_checksum(x);
    size_t nlocal = 0, n;
    char b[256];

    for (size_t i = 0; i + 1 < x->nargs; i++) {
        const char *w = src_word(x, i), *ref;
        if (is_late_flag(x->args[i]))
            continue;
        if (is_http(w) || is_git(w)) {
            ref = is_git(w) ? git_ref(w, &n) : NULL;
            if (!url && !checksum && !(ref && is_commit(ref, n)))
                url = w;
            continue;
        }
        if (!is_heredoc_src(x, w) && ends_with_any_ci(w, tar_exts))
            continue;
        local = local ? local : w;
        nlocal++;
    }
    if (local && rp__df_on(c, &r_add_local)) {
        if (is_heredoc_src(x, local))
            rp__df_report(c, &r_add_local, at,
                          "ADD %s writes an inline file: COPY %s does the "
                          "same without ADD's unpacking and downloading",
                          local, local);
        else if (rp__str_ends_ci(local, ".zip"))
            rp__df_report(c, &r_add_local, at,
                          "ADD of %s copies it as is (ADD does not unpack "
                          ".zip archives): use COPY",
                          base_of(b, sizeof(b), local));
        else
            rp__df_report(c, &r_add_local, at,
                          "ADD of %s%s is a plain copy: use COPY, which "
                          "does not unpack archives or fetch URLs",
                          base_of(b, sizeof(b), local), nlocal > 1 ? " and other local files" : "");
    }
    if (url)
        report_add_url(c, at, x, url);
}

/* ---- RP-DF-021 / 022 / 023 / 024 / 025 ------------------------------------------------------ */

static void
check_multi_dest(rp__df_check *c, const rp_df_instr *at, const rp_df_instr *x)
{
    const char *d = dest_word(x);
    size_t n = strlen(d), nsrc = source_count(x);

    if (nsrc > 1 && (!n || (d[n - 1] != '/' && d[n - 1] != '\\')))
        rp__df_report(c, &r_multi_dest, at,
                      "%s has %zu sources but its destination %.200s "
                      "does not end with /%s",
                      rp_df_kind_name(x->kind), nsrc, d, strcmp(d, ".") == 0 ? " (write ./)" : "");
}

static int
later_stage(const rp_dockerfile *df, const char *name, int s)
{
    for (size_t k = (size_t)s + 1; k < df->nstages; k++)
        if (df->stages[k].name && rp__str_eq_ci(df->stages[k].name, name))
            return (int)k;
    return -1;
}

static void
check_from(rp__df_check *c, const rp_df_instr *x)
{
    const rp_df_flag *f = rp_df_instr_flag(x, "from");
    const rp_dockerfile *df = c->df;
    const char *v = f ? f->value : NULL;
    const rp_df_stage *st;
    uint64_t idx;
    bool num;
    int later;

    if (!v || !*v || strchr(v, '$') || x->stage < 0)
        return;
    st = &df->stages[x->stage];
    num = rp__parse_u64(&idx, v, 1000000) == 0;
    if ((st->name && rp__str_eq_ci(st->name, v)) || (num && idx == (uint64_t)x->stage)) {
        rp__df_report(c, &r_from_self, x,
                      "COPY --from=%.100s refers to the stage it is in "
                      "(line %u)",
                      v, st->line);
        return;
    }
    if (strpbrk(v, ":/@") || rp_df_stage_ref(df, v, (size_t)x->stage) >= 0)
        return;
    if (num)
        rp__df_report(c, &r_from_unknown, x,
                      "COPY --from=%.100s: there is no earlier stage "
                      "with that index (this is stage %d)",
                      v, x->stage);
    else if ((later = later_stage(df, v, x->stage)) >= 0)
        rp__df_report(c, &r_from_unknown, x,
                      "COPY --from=%.100s names a stage defined later, "
                      "on line %u: define it before this one",
                      v, df->stages[later].line);
    else
        rp__df_report(c, &r_from_unknown, x,
                      "COPY --from=%.100s names no earlier stage: the "
                      "builder will pull an image called %.100s (an implicit :latest); use an "
                      "earlier stage's alias or a tagged image",
                      v, v);
}

static void
check_rootfs(rp__df_check *c, const rp_df_instr *at, const rp_df_instr *x)
{
    const rp_df_flag *f = rp_df_instr_flag(x, "from");

    if (x->kind != RP_DF_COPY || !f || !f->value || !is_root(dest_word(x), false))
        return;
    for (size_t i = 0; i + 1 < x->nargs; i++)
        if (is_root(src_word(x, i), true)) {
            rp__df_report(c, &r_rootfs, at,
                          "COPY --from=%.100s %s %s copies the whole "
                          "filesystem of %.100s over this stage's root",
                          f->value, src_word(x, i), dest_word(x), f->value);
            return;
        }
}

/* True when some stage s builds FROM (not s itself) sets a WORKDIR. */
static bool
parent_workdir(const rp_dockerfile *df, int s)
{
    for (int p = df->stages[s].parent, hops = 0; p >= 0 && hops < 1000;
         p = df->stages[p].parent, hops++)
        for (size_t i = df->stages[p].first; i < df->stages[p].end; i++)
            if (df->instrs[i].kind == RP_DF_WORKDIR)
                return true;
    return false;
}

static void
check_rel_dest(rp__df_check *c, const rp_df_instr *x)
{
    const char *d = x->args[x->nargs - 1];

    if (!*d || d[0] == '/' || d[0] == '$' || d[0] == '\\' ||
        (isalpha((unsigned char)d[0]) && d[1] == ':'))
        return;
    rp__df_report(c, &r_rel_dest, x,
                  "%s to the relative destination %.200s with no WORKDIR "
                  "set in this stage: it depends on the base image's working directory",
                  rp_df_kind_name(x->kind), d);
}

/* ---- RP-DF-026: archives extracted after COPY ---------------------------------------------- */

static const char *const archive_exts[] = {
    ".tar", ".gz",   ".bz2", ".xz",  ".tgz", ".Z",   ".lz",  ".lzma", ".tZ", ".tb2",
    ".tbz", ".tbz2", ".tlz", ".tpz", ".txz", ".zip", ".zst", ".tzst", ".7z", NULL};

/* True when c extracts an archive: tar -x, unzip, gunzip, xz -d, 7z x, ... */
static bool
is_extract(const rp_sh_cmd *c)
{
    static const char *const tars[] = {"tar", "gtar", "bsdtar", NULL};
    static const char *const unpackers[] = {"unzip", "gunzip",     "bunzip2", "unlzma", "unxz",
                                            "zgz",   "uncompress", "zcat",    "gzcat",  "bzcat",
                                            "xzcat", "unzstd",     "zstdcat", "funzip", NULL};
    static const char *const compressors[] = {"gzip", "bzip2", "xz",  "lzma",
                                              "zstd", "pigz",  "lz4", NULL};
    static const char *const sevens[] = {"7z", "7za", "7zr", NULL};

    if (rp__df_cmd_in(c, unpackers))
        return true;
    if (rp__df_cmd_in(c, compressors))
        return rp_sh_has_short(c, 'd') || rp_sh_has_long(c, "decompress");
    if (rp__df_cmd_in(c, sevens))
        return c->argc > 1 && (strcmp(c->argv[1], "x") == 0 || strcmp(c->argv[1], "e") == 0);
    if (!rp__df_cmd_in(c, tars))
        return false;
    if (rp_sh_has_short(c, 'x') || rp_sh_has_long(c, "extract") || rp_sh_has_long(c, "get"))
        return true;
    /* old-style bundled options: tar xzf file */
    return c->argc > 1 && c->argv[1][0] != '-' && strchr(c->argv[1], 'x') &&
           strspn(c->argv[1], "xzjJvfpoOkmC") == strlen(c->argv[1]);
}

/* True when some argument of c (or the value of a --opt=value) has base name name. */
static bool
names_file(const rp_sh_cmd *c, const char *name)
{
    char b[256];

    for (size_t a = 1; a < c->argc; a++) {
        const char *w = c->argv[a], *eq = w[0] == '-' ? strchr(w, '=') : NULL;
        if (strcmp(base_of(b, sizeof(b), eq ? eq + 1 : w), name) == 0)
            return true;
    }
    return false;
}

/* The RUN command that extracts archive name later in the stage, or NULL (*line set). */
static const rp_sh_cmd *
extracted_later(const rp_dockerfile *df, size_t i, const char *name, uint32_t *line)
{
    const rp_df_instr *x = &df->instrs[i];
    size_t end = x->stage >= 0 ? df->stages[x->stage].end : df->ninstrs;

    for (size_t j = i + 1; j < end; j++) {
        const rp_df_instr *r = &df->instrs[j];
        if (r->kind != RP_DF_RUN || r->error || !r->sh)
            continue;
        for (size_t k = 0; k < r->sh->n; k++)
            if (r->sh->cmds[k].argc && is_extract(&r->sh->cmds[k]) &&
                names_file(&r->sh->cmds[k], name)) {
                *line = r->sh->cmds[k].line ? r->sh->cmds[k].line : r->line;
                return &r->sh->cmds[k];
            }
    }
    return NULL;
}

static void
check_archive(rp__df_check *c, size_t i, const rp_df_instr *x)
{
    const char *d = dest_word(x);
    char b[256];
    bool dest_named = d[0] && d[strlen(d) - 1] != '/' && ends_with_any_ci(d, archive_exts);

    for (size_t s = 0; s + 1 < x->nargs; s++) {
        const char *w = dest_named ? d : src_word(x, s);
        const rp_sh_cmd *cmd;
        uint32_t line = 0;
        if (is_heredoc_src(x, w) || is_http(w) || !ends_with_any_ci(w, archive_exts))
            continue;
        base_of(b, sizeof(b), w);
        if ((cmd = extracted_later(c->df, i, b, &line)) != NULL) {
            rp__df_report(c, &r_archive, x,
                          "%s of %s, which %s extracts on line %u: the "
                          "archive stays in this layer",
                          rp_df_kind_name(x->kind), b, rp_sh_cmd_name(cmd), line);
            return;
        }
    }
}

/* ---- the check ----------------------------------------------------------------------------- */

static void
check_copy(rp__df_check *c, const rp_df_instr *at, const rp_df_instr *x, size_t i, bool wd)
{
    bool onbuild = at != x;

    if (rp__df_on(c, &r_cred_file))
        check_cred_copy(c, at, x);
    if (x->kind == RP_DF_ADD && (rp__df_on(c, &r_add_local) || rp__df_on(c, &r_add_url)))
        check_add(c, at, x);
    if (rp__df_on(c, &r_multi_dest))
        check_multi_dest(c, at, x);
    if (rp__df_on(c, &r_rootfs))
        check_rootfs(c, at, x);
    if (onbuild)
        return; /* stage names and WORKDIR belong to the downstream build */
    if (x->kind == RP_DF_COPY && (rp__df_on(c, &r_from_self) || rp__df_on(c, &r_from_unknown)))
        check_from(c, x);
    if (!wd && rp__df_on(c, &r_rel_dest))
        check_rel_dest(c, x);
    if (x->kind == RP_DF_COPY && rp__df_on(c, &r_archive))
        check_archive(c, i, x);
}

static void
check(rp__df_check *c)
{
    const rp_dockerfile *df = c->df;
    bool wd = false, env = rp__df_on(c, &r_cred_file);

    for (size_t i = 0; i < df->ninstrs; i++) {
        const rp_df_instr *in = &df->instrs[i];
        const rp_df_instr *x = in->kind == RP_DF_ONBUILD ? in->sub : in;
        if (in->kind == RP_DF_FROM && in->stage >= 0)
            wd = parent_workdir(df, in->stage);
        else if (in->kind == RP_DF_WORKDIR)
            wd = true;
        if (in->error || !x || x->error)
            continue;
        if (env && x == in && (x->kind == RP_DF_ENV || x->kind == RP_DF_ARG))
            check_cred_env(c, in, x);
        else if ((x->kind == RP_DF_COPY || x->kind == RP_DF_ADD) && x->nargs >= 2 && x->args)
            check_copy(c, in, x, i, wd);
    }
}

const rp__df_ruleset rp__df_set_copy = {rules, check};
