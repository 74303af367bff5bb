/* Dockerfile rules: secrets and trust. Credentials in ARG/ENV and in RUN commands, passwords
 * set at build time, TLS verification and package signature checks switched off. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "core/util.h"
#include "dockerfile/rules.h"
#include "dockerfile/secret_names.h"

static const rp_rule r_arg_env = {
    .id = "RP-DF-014",
    .name = "secret-in-arg-env",
    .analyzer = "dockerfile",
    .severity = RP_SEV_HIGH,
    .title = "Secret-like ARG or ENV",
    .description =
        "ENV values are stored in the image config: anyone who can pull the image reads them "
        "with `docker inspect`. ARG values are not in the config, but the builder records the "
        "build arguments a RUN uses in the image history (`docker history`), and the build "
        "arguments of every stage are kept in the build cache and in provenance attestations. "
        "A variable named like a credential (TOKEN, PASSWORD, SECRET, API_KEY, "
        "AWS_SECRET_ACCESS_KEY, ...) is the usual way secrets leak into images.",
    .remediation =
        "Pass build-time secrets with a secret mount, which is never stored: "
        "`RUN --mount=type=secret,id=npm,env=NPM_TOKEN npm ci` with "
        "`docker build --secret id=npm,env=NPM_TOKEN`. Give runtime secrets to the container "
        "when it starts (orchestrator secrets, or a mounted file named by a `*_FILE` "
        "variable such as `POSTGRES_PASSWORD_FILE=/run/secrets/db`), never with ENV.",
    .refs = {"DL3064", "AVD-DS-0031", "CIS-DI-0010", "CIS-Docker-4.10", "SecretsUsedInArgOrEnv",
             NULL},
    .notes =
        "Names match the union of hadolint DL3064 (its list and its substrings), Trivy DS031's "
        "word regex and BuildKit's SecretsUsedInArgOrEnv, in every stage like hadolint (Trivy "
        "checks the final stage only): a builder stage's build arguments stay in the build "
        "cache and provenance, and the message says when the stage is not in the final image. "
        "Not secrets, unlike the peers: usernames and identifiers (DL3064's `username` "
        "substring and list entries such as DOCKER_USERNAME, TRAVIS_OS_NAME or FACEBOOK_APP_ID, "
        "Trivy's `usr` word, AZURE_CLIENT_ID, `*_KEY_ID` other than AWS_ACCESS_KEY_ID), "
        "GOPRIVATE (DL3064's `private` substring; PRIVATE_KEY still fires), GPG_KEY (a public "
        "key fingerprint: Trivy flags it, Dockle exempts it), names with a PUBLIC word, "
        "`*_FILE`/`*_PATH`/`*_DIR` holding a path (and any value that is a path such as "
        "/run/secrets/db), `*_URL`/`*_HOST` without a password in the value, metadata such as "
        "`*_NAME`, `*_TTL` or `*_LENGTH`, empty ENV values and on/off "
        "switches (`ENV DISABLE_AUTH=true`). An ARG without a default still fires: its value "
        "comes with --build-arg. An ARG/ENV value that is a URL with a password fires whatever "
        "the name.",
    .bad = "FROM node:20.11-slim\nARG NPM_TOKEN\nENV AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG\n"
           "RUN npm ci",
    .good = "# syntax=docker/dockerfile:1\nFROM node:20.11-slim\n"
            "RUN --mount=type=secret,id=npm,env=NPM_TOKEN npm ci",
};

static const rp_rule r_run_cred = {
    .id = "RP-DF-015",
    .name = "run-credential",
    .analyzer = "dockerfile",
    .severity = RP_SEV_HIGH,
    .title = "RUN stores a credential in the image",
    .description =
        "Commands such as `aws configure set aws_secret_access_key`, `docker login -p`, "
        "`npm config set //registry/:_authToken` or `git config url.https://user:token@host/` "
        "write the credential into a file of the layer (~/.aws/credentials, "
        "~/.docker/config.json, ~/.npmrc, ~/.gitconfig), and the command line itself is "
        "recorded in the image history. Deleting the file in a later RUN does not remove it "
        "from the earlier layer.",
    .remediation =
        "Mount the credential only for the RUN that needs it: "
        "`RUN --mount=type=secret,id=aws,target=/root/.aws/credentials aws s3 cp ...`, "
        "`RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci`, "
        "`RUN --mount=type=ssh git clone git@github.com:org/repo.git`. Never put a password "
        "on a command line.",
    .refs = {"AVD-DS-0031", "CIS-DI-0010", "CIS-Docker-4.10", NULL},
    .notes = "Trivy DS031 matches `aws configure set`, `gcloud auth activate-service-account`, "
             "`az login -p` and `doctl auth init -t` in the final stage's RUN text. rampart parses "
             "the commands in every stage and adds `docker`/`podman`/`helm registry` login with "
             "-p, npm/yarn/pnpm auth tokens (config set, or echoed into a file), git credentials "
             "(credential.helper store, URLs with user:password@, Authorization extra headers), "
             "`curl -u user:password`, any URL with a literal password and, like Dockle's "
             "CIS-DI-0010 on the image history, a secret-like `NAME=value` with a literal value "
             "(a `DB_PASSWORD=x cmd` prefix, export/env/declare, or a line echoed into a file; "
             "values from `$VARS`, switches and paths pass). Like Trivy, a RUN with "
             "a `--mount=type=secret` is trusted to take the credential from the mount; "
             "`--password-stdin` does not fire, nor an `echo ... > .npmrc` that the same RUN "
             "removes (the ARG feeding it is RP-DF-014's).",
    .bad = "FROM python:3.12-slim\nRUN aws configure set aws_secret_access_key \"$AWS_KEY\" && "
           "aws s3 cp s3://bucket/model /models/",
    .good = "# syntax=docker/dockerfile:1\nFROM python:3.12-slim\n"
            "RUN --mount=type=secret,id=aws,target=/root/.aws/credentials "
            "aws s3 cp s3://bucket/model /models/",
};

static const rp_rule r_chpasswd = {
    .id = "RP-DF-016",
    .name = "chpasswd",
    .analyzer = "dockerfile",
    .severity = RP_SEV_MEDIUM,
    .title = "Password set at build time",
    .description =
        "chpasswd, `passwd --stdin` and `useradd/usermod -p` give an account a password during "
        "the build: every container of the image shares it, its hash sits in /etc/shadow where "
        "it can be cracked offline, and the plain text is usually on the command line and so "
        "in the image history. Containers do not need login passwords.",
    .remediation = "Do not set passwords in images: create service users without one "
                   "(`useradd -r -s /usr/sbin/nologin app`). If an account truly needs a "
                   "password, set it when the container starts, from a runtime secret.",
    .refs = {"CKV2_DOCKER_17", "CIS-Docker-4.10", NULL},
    .notes = "Checkov CKV2_DOCKER_17 matches `chpasswd` in the RUN text; rampart also flags "
             "`passwd --stdin` or a pipe into passwd, and `useradd/usermod -p` unless the value "
             "is a locked-password marker (`*`, `!`, `!!`).",
    .bad = "FROM ubuntu:24.04\nRUN useradd -m app && echo 'app:app123' | chpasswd",
    .good = "FROM ubuntu:24.04\nRUN useradd -r -m -s /usr/sbin/nologin app",
};

static const rp_rule r_tls = {
    .id = "RP-DF-017",
    .name = "tls-verify-disabled",
    .analyzer = "dockerfile",
    .severity = RP_SEV_HIGH,
    .title = "TLS certificate verification disabled",
    .description =
        "With certificate verification off (curl -k, wget --no-check-certificate, pip "
        "--trusted-host, http.sslVerify=false, strict-ssl false, sslverify=0, "
        "NODE_TLS_REJECT_UNAUTHORIZED=0, ...) anyone on the network path can substitute the "
        "packages and scripts the build downloads and runs as root. Set through ENV, the "
        "setting also stays in the image and weakens every connection the application makes.",
    .remediation =
        "Fix the trust store instead of switching verification off: install the proxy's or "
        "company's CA (`COPY corp-ca.crt /usr/local/share/ca-certificates/` then "
        "`RUN update-ca-certificates`) or point the tool at it (curl --cacert, PIP_CERT, "
        "NODE_EXTRA_CA_CERTS, git http.sslCAInfo), then remove the option.",
    .refs = {"CKV2_DOCKER_2", "CKV2_DOCKER_3", "CKV2_DOCKER_4", "CKV2_DOCKER_5", "CKV2_DOCKER_6",
             "CKV2_DOCKER_12", "CKV2_DOCKER_13", "CKV2_DOCKER_14", "CKV2_DOCKER_15",
             "CKV2_DOCKER_16", "CKV2_DOCKER_18", "CIS-Docker-4.11", NULL},
    .notes =
        "Covers Checkov's CKV2_DOCKER_2-6, 12-16 and 18 on parsed commands instead of regexes "
        "over the RUN text, so `curl -fsSLk`, `sh -c`, exec-form RUN, `VAR=... cmd` prefixes, "
        "`export` and `env` are all seen; sslverify options fire on any yum/dnf command, not "
        "only config-manager, and also when echoed or written by a heredoc into a config file. "
        "Also `apt-get -o Acquire::https::Verify-Peer=false`. GIT_SSL_NO_VERIFY disables "
        "verification even when empty (git only checks that it is set), so an ENV with an "
        "empty value fires; an ARG without a default does not set it.",
    .bad = "FROM debian:12\nENV NODE_TLS_REJECT_UNAUTHORIZED=0\n"
           "RUN curl -k https://example.com/install.sh -o /tmp/install.sh",
    .good = "FROM debian:12\nCOPY corp-ca.crt /usr/local/share/ca-certificates/\n"
            "RUN update-ca-certificates && curl -fsSL https://example.com/install.sh -o "
            "/tmp/install.sh",
};

static const rp_rule r_sig = {
    .id = "RP-DF-018",
    .name = "pkg-signature-bypass",
    .analyzer = "dockerfile",
    .severity = RP_SEV_HIGH,
    .title = "Package signature verification bypassed",
    .description =
        "Package managers verify repository and package signatures so that a mirror, a proxy "
        "or an attacker on the network cannot substitute packages. --allow-untrusted, "
        "--allow-unauthenticated, --force-yes, [trusted=yes], --nogpgcheck, gpgcheck=0 and rpm "
        "--nosignature switch that off: whatever is served gets installed as root.",
    .remediation =
        "Import the repository's signing key and drop the option: apk keys under "
        "/etc/apk/keys, an apt keyring under /etc/apt/keyrings referenced with `signed-by=`, "
        "`rpm --import` for yum/dnf. Sign packages you build yourself, or check their SHA-256 "
        "before installing them.",
    .refs = {"CKV2_DOCKER_7", "CKV2_DOCKER_8", "CKV2_DOCKER_9", "CKV2_DOCKER_10", "CKV2_DOCKER_11",
             "CIS-Docker-4.11", NULL},
    .notes = "Covers Checkov's CKV2_DOCKER_7-11 (regexes over the RUN text) on parsed commands, "
             "plus apt --allow-insecure-repositories, `-o APT::Get::AllowUnauthenticated=true` "
             "and `-o Acquire::AllowInsecureRepositories=true`, `[trusted=yes]` sources and "
             "`gpgcheck=0` written with echo or a heredoc, `--setopt=gpgcheck=0`, microdnf and "
             "tdnf, `zypper --no-gpg-checks` and `zypper addrepo --no-gpgcheck`.",
    .bad = "FROM alpine:3.20\nCOPY mytool.apk /tmp/\n"
           "RUN apk add --no-cache --allow-untrusted /tmp/mytool.apk",
    .good = "FROM alpine:3.20\nCOPY mytool.rsa.pub /etc/apk/keys/\nCOPY mytool.apk /tmp/\n"
            "RUN apk add --no-cache /tmp/mytool.apk",
};

static const rp_rule *const rules[] = {&r_arg_env, &r_run_cred, &r_chpasswd, &r_tls, &r_sig, NULL};

/* ---- small helpers ---------------------------------------------------------------------- */

static const char *
base_name(const char *p)
{
    const char *s = strrchr(p, '/');

    return s ? s + 1 : p;
}

/* The positional words of c, at most max. */
static size_t
positionals(const rp_sh_cmd *c, const char *const *takes_value, const char **out, size_t max)
{
    size_t n = rp_sh_positionals(c, takes_value, out, max);

    return n < max ? n : max;
}

/* The command a wrapper runs ("sudo -u app curl ...", "env A=1 curl ...", "exec curl"): c
 * itself when it is no wrapper, else a view of its tail in tmp. */
static const rp_sh_cmd *
unwrap(const rp_sh_cmd *c, rp_sh_cmd *tmp)
{
    static const char *const plain[] = {"exec", "command", "nohup", "time", NULL};
    size_t k = 0;

    for (int hops = 0; hops < 4 && k < c->argc; hops++) {
        const char *n = base_name(c->argv[k]);
        bool sudo = strcmp(n, "sudo") == 0 || strcmp(n, "doas") == 0;
        bool env = strcmp(n, "env") == 0;
        if (!sudo && !env && !rp__str_in(n, plain))
            break;
        for (k++; k < c->argc; k++) {
            const char *w = c->argv[k];
            if (sudo && w[0] == '-' && strchr("ugCDhpRrtT", w[1]) && w[1] && !w[2])
                k++; /* an option with a value: -u user */
            else if (w[0] != '-' && !(env && strchr(w, '=')))
                break;
        }
    }
    if (k == 0 || k >= c->argc)
        return c;
    *tmp = *c;
    tmp->argv = c->argv + k;
    tmp->wflags = c->wflags ? c->wflags + k : NULL;
    tmp->argc = c->argc - k;
    return tmp;
}

/* The file a command writes with > or >> (the last such redirection), or NULL. */
static const char *
redirect_target(const rp_sh_cmd *c)
{
    const char *t = NULL;

    for (size_t i = 0; i < c->nredirs; i++) {
        const char *r = c->redirs[i], *sp = strchr(r, ' ');
        if (!sp || !memchr(r, '>', (size_t)(sp - r)) || memchr(r, '&', (size_t)(sp - r)) ||
            strncmp(sp + 1, "/dev/", 5) == 0)
            continue;
        t = sp + 1;
    }
    return t;
}

/* The file command i writes: its redirection, or the file of a `| tee FILE` (or
 * `| sudo tee FILE`) after it. */
static const char *
written_file(const rp_sh_script *sh, size_t i)
{
    const char *t = redirect_target(&sh->cmds[i]), *p[1];
    const rp_sh_cmd *next;
    rp_sh_cmd tmp;

    if (t)
        return t;
    if (sh->cmds[i].op != RP_SH_PIPE || i + 1 >= sh->n)
        return NULL;
    next = unwrap(&sh->cmds[i + 1], &tmp);
    if (rp_sh_cmd_is(next, "tee") && positionals(next, NULL, p, 1) == 1)
        return p[0];
    return NULL;
}

/* The body of the heredoc a command reads ("cat > f <<EOF"), or NULL. */
static const rp_df_heredoc *
heredoc_of(const rp_df_instr *run, const rp_sh_cmd *c)
{
    for (size_t i = 0; i < c->nredirs; i++) {
        const char *r = c->redirs[i], *sp = strchr(r, ' ');
        if (!sp || strncmp(r, "<<", 2) != 0)
            continue;
        for (size_t h = 0; h < run->nheredocs; h++)
            if (strcmp(run->heredocs[h].name, sp + 1) == 0)
                return &run->heredocs[h];
    }
    return NULL;
}

/* The text a command writes into a file: echo/printf arguments, or the heredoc of
 * "cat > file <<EOF", lowercased with runs of blanks as one space. False when the command
 * writes no file. */
static bool
written_text(char *out, size_t size, const rp_df_instr *run, const rp_sh_script *sh, size_t i)
{
    const rp_sh_cmd *c = &sh->cmds[i];
    const rp_df_heredoc *h = NULL;
    size_t k = 0;
    bool space = false;

    out[0] = '\0';
    if (!written_file(sh, i))
        return false;
    if (!rp_sh_cmd_is(c, "echo") && !rp_sh_cmd_is(c, "printf") && !(h = heredoc_of(run, c)))
        return false;
    for (size_t a = h ? 0 : 1; h ? a < 1 : a < c->argc; a++) {
        const char *s = h ? h->content : c->argv[a];
        for (; *s && k + 2 < size; s++) {
            if (isspace((unsigned char)*s)) {
                space = k > 0;
                continue;
            }
            if (space)
                out[k++] = ' ';
            space = false;
            out[k++] = (char)tolower((unsigned char)*s);
        }
        space = k > 0;
    }
    out[k] = '\0';
    return true;
}

/* ---- RP-DF-014: secret-like ARG and ENV names --------------------------------------------- */

/* Why the value matters, for the message. */
static const char *
kv_effect(const rp_df_kv *kv, bool env)
{
    if (!kv->value)
        return "declares a secret-like build argument: the value passed with --build-arg is "
               "recorded in the image history of each RUN that uses it";
    if (!*kv->value)
        return "declares a secret-like build argument (empty default): the value passed with "
               "--build-arg is recorded in the image history of each RUN that uses it";
    if (strchr(kv->value, '$'))
        return env ? "copies a variable into the image config, where `docker inspect` shows "
                     "its value"
                   : "takes its default from another variable; build arguments are recorded "
                     "in the image history of each RUN that uses them";
    return env ? "sets a literal value: it is in the Dockerfile and in the image config, "
                 "where `docker inspect` shows it"
               : "has a literal default value: it is in the Dockerfile and in the image "
                 "history of each RUN that uses it";
}

static void
check_secret_kv(rp__df_check *c, const rp_df_instr *at, const rp_df_instr *x, const rp_df_kv *kv)
{
    bool env = x->kind == RP_DF_ENV, known, lit;
    const char *kw = env ? "ENV" : "ARG", *pre = at != x ? "ONBUILD " : "";
    char note[256] = "";

    if (x->stage >= 0 && !rp__df_stage_in_image(c->df, x->stage)) {
        const rp_df_stage *st = &c->df->stages[x->stage];
        snprintf(note, sizeof(note),
                 "; stage %s is not in the final image, so its history is not shipped, but its "
                 "build arguments and layers stay in the build cache and provenance",
                 st->name ? st->name : "without a name");
    }
    if (!rp__df_secret_name(kv->key, &known)) {
        if (rp__df_url_password(kv->value, &lit))
            rp__df_report_key(c, &r_arg_env, at, kv->key, "%s%s %s holds a URL with %s password%s",
                              pre, kw, kv->key, lit ? "a literal" : "an embedded", note);
        return;
    }
    if (rp__df_secret_value_exempt(kv->key, known, kv->value, env))
        return;
    rp__df_report_key(c, &r_arg_env, at, kv->key, "%s%s %s %s%s", pre, kw, kv->key,
                      kv_effect(kv, env), note);
}

/* ---- RP-DF-017 for variables: ENV/ARG, VAR=... prefixes, export ---------------------------- */

/* The message for a variable assignment that disables TLS verification, or NULL. */
static const char *
tls_var(char *msg, size_t size, const char *name, const char *v)
{
    const char *what = NULL;

    if (!v || !strchr("PpNnGgYy", name[0]))
        return NULL;
    if (rp__str_eq_ci(name, "PIP_TRUSTED_HOST") && *v)
        what = "makes pip accept that host without a valid certificate";
    else if (rp__str_eq_ci(name, "PYTHONHTTPSVERIFY") && strcmp(v, "0") == 0)
        what = "turns off certificate checks in Python's urllib and http.client";
    else if (rp__str_eq_ci(name, "NODE_TLS_REJECT_UNAUTHORIZED") && strcmp(v, "0") == 0)
        what = "makes Node.js accept any certificate";
    else if (rp__str_eq_ci(name, "GIT_SSL_NO_VERIFY"))
        what = "makes git skip certificate checks (any value, even empty, does)";
    else if ((rp__str_eq_ci(name, "NPM_CONFIG_STRICT_SSL") ||
              rp__str_eq_ci(name, "YARN_ENABLE_STRICT_SSL")) &&
             rp__df_is_falsy(v))
        what = "makes the package manager accept any certificate";
    else if (rp__str_eq_ci(name, "GOINSECURE") && *v)
        what = "lets go fetch those modules without certificate checks";
    else if (rp__str_eq_ci(name, "GOFLAGS") && strstr(v, "-insecure"))
        what = "passes -insecure to every go command";
    if (!what)
        return NULL;
    snprintf(msg, size, "%s=%.60s %s", name, v, what);
    return msg;
}

/* The TLS-disabling assignment in a NAME=value word, or NULL. */
static const char *
tls_assign(char *msg, size_t size, const char *word)
{
    char name[64];
    const char *eq = strchr(word, '=');

    if (!eq || eq == word || (size_t)(eq - word) >= sizeof(name))
        return NULL;
    memcpy(name, word, (size_t)(eq - word));
    name[eq - word] = '\0';
    return tls_var(msg, size, name, eq + 1);
}

static void
check_kv_tls(rp__df_check *c, const rp_df_instr *at, const rp_df_instr *x, const rp_df_kv *kv)
{
    char msg[256];
    const char *v = kv->xvalue ? kv->xvalue : kv->value;

    /* ENV X="" still sets X; ARG X only when it has a default */
    if (x->kind == RP_DF_ENV && !v)
        v = "";
    if (tls_var(msg, sizeof(msg), kv->key, v))
        rp__df_report_key(c, &r_tls, at, kv->key, "%s%s %s", at != x ? "ONBUILD " : "",
                          x->kind == RP_DF_ENV ? "ENV" : "ARG", msg);
}

/* ---- RP-DF-015: credentials configured in RUN ---------------------------------------------- */

static bool
cred_aws(char *msg, size_t size, const rp_sh_cmd *c)
{
    static const char *const tv[] = {"--profile",   "--region", "--output", "--endpoint-url",
                                     "--ca-bundle", "--query",  "--color",  NULL};
    static const char *const keys[] = {"aws_access_key_id", "aws_secret_access_key",
                                       "aws_session_token", NULL};
    const char *p[3], *key;

    if (positionals(c, tv, p, 3) < 3 || strcmp(p[0], "configure") != 0 || strcmp(p[1], "set"))
        return false;
    key = strrchr(p[2], '.') ? strrchr(p[2], '.') + 1 : p[2]; /* profile.dev.aws_... */
    for (size_t i = 0; keys[i]; i++)
        if (rp__str_eq_ci(key, keys[i])) {
            snprintf(msg, size,
                     "aws configure set %s writes the credential to "
                     "~/.aws/credentials in the layer",
                     keys[i]);
            return true;
        }
    return false;
}

/* gcloud auth activate-service-account, az login -p, doctl auth init -t. */
static bool
cred_cloud(char *msg, size_t size, const rp_sh_cmd *c)
{
    static const char *const tv[] = {
        "--project",  "--account", "--configuration", "--key-file", "--verbosity", "-u",
        "--username", "-p",        "--password",      "-t",         "--tenant",    "--access-token",
        "--context",  NULL};
    const char *p[2];
    size_t n = positionals(c, tv, p, 2);

    if (rp_sh_cmd_is(c, "gcloud") && n == 2 && strcmp(p[0], "auth") == 0 &&
        strcmp(p[1], "activate-service-account") == 0) {
        const char *kf = rp_sh_opt_value(c, 0, "key-file");
        snprintf(msg, size,
                 "gcloud auth activate-service-account%s%.200s stores the "
                 "service-account key under ~/.config/gcloud in the layer",
                 kf ? " --key-file=" : "", kf ? kf : "");
        return true;
    }
    if (rp_sh_cmd_is(c, "az") && n >= 1 && strcmp(p[0], "login") == 0 &&
        (rp_sh_opt_value(c, 'p', "password") || rp_sh_has_long(c, "federated-token"))) {
        snprintf(msg, size,
                 "az login with a password or token on the command line puts it "
                 "in the image history and its session under ~/.azure in the layer");
        return true;
    }
    if (rp_sh_cmd_is(c, "doctl") && n == 2 && strcmp(p[0], "auth") == 0 &&
        strcmp(p[1], "init") == 0 && rp_sh_opt_value(c, 't', "access-token")) {
        snprintf(msg, size,
                 "doctl auth init -t puts the DigitalOcean token in the image "
                 "history and in ~/.config/doctl in the layer");
        return true;
    }
    return false;
}

/* docker/podman/helm ... login -p PASSWORD (not --password-stdin). */
static bool
cred_login(char *msg, size_t size, const rp_sh_cmd *c)
{
    static const char *const tools[] = {"docker", "podman", "buildah", "skopeo", "nerdctl",
                                        "oras",   "helm",   "crane",   "regctl", NULL};
    static const char *const tv[] = {"-u", "--username", "-p",        "--password", "--config",
                                     "-H", "--host",     "--context", "--authfile", NULL};
    const char *p[3];
    size_t n;

    if (!rp__df_cmd_in(c, tools) || !rp_sh_opt_value(c, 'p', "password"))
        return false;
    n = positionals(c, tv, p, 3);
    for (size_t i = 0; i < n; i++)
        if (strcmp(p[i], "login") == 0) {
            snprintf(msg, size,
                     "%s login -p puts the registry password in the image history "
                     "and stores it in the layer (~/.docker/config.json or auth.json)",
                     rp_sh_cmd_name(c));
            return true;
        }
    return false;
}

/* An npm/yarn auth key: "//registry.npmjs.org/:_authToken", "_auth", "npmAuthToken". */
static bool
npm_auth_key(const char *k)
{
    char key[256];
    const char *eq = strchr(k, '=');
    size_t n = eq ? (size_t)(eq - k) : strlen(k);

    if (n >= sizeof(key))
        return false;
    memcpy(key, k, n);
    key[n] = '\0';
    return rp__str_ends_ci(key, "_authtoken") || rp__str_ends_ci(key, "_auth") ||
           rp__str_ends_ci(key, ":_password") || rp__str_eq_ci(key, "_password") ||
           rp__str_eq_ci(key, "npmauthtoken") || rp__str_eq_ci(key, "npmauthident");
}

static bool
cred_npm(char *msg, size_t size, const rp_sh_cmd *c)
{
    static const char *const tools[] = {"npm", "pnpm", "yarn", NULL};
    const char *p[3], *key = NULL;
    size_t n;

    if (!rp__df_cmd_in(c, tools))
        return false;
    n = positionals(c, NULL, p, 3);
    if (n >= 3 && strcmp(p[0], "config") == 0 && strcmp(p[1], "set") == 0)
        key = p[2];
    else if (n >= 2 && strcmp(p[0], "set") == 0 && rp_sh_cmd_is(c, "npm"))
        key = p[1];
    if (!key || !npm_auth_key(key))
        return false;
    snprintf(msg, size,
             "%s config set of a registry auth token writes it to ~/.npmrc in the "
             "layer",
             rp_sh_cmd_name(c));
    return true;
}

/* echo "//registry/:_authToken=..." > .npmrc, unless the same RUN removes the file. */
static bool
cred_echo(char *msg, size_t size, const rp_sh_script *sh, size_t i)
{
    const rp_sh_cmd *c = &sh->cmds[i];
    const char *file, *tok = NULL;

    if (!(rp_sh_cmd_is(c, "echo") || rp_sh_cmd_is(c, "printf")) || !(file = written_file(sh, i)))
        return false;
    for (size_t a = 1; a < c->argc && !tok; a++) {
        const char *eq = strchr(c->argv[a], '=');
        if (eq && eq[1] && npm_auth_key(c->argv[a]))
            tok = c->argv[a];
    }
    if (!tok)
        return false;
    for (size_t k = i + 1; k < sh->n; k++)
        if (rp_sh_cmd_is(&sh->cmds[k], "rm"))
            for (size_t a = 1; a < sh->cmds[k].argc; a++)
                if (strcmp(base_name(sh->cmds[k].argv[a]), base_name(file)) == 0)
                    return false;
    snprintf(msg, size, "%s writes a registry auth token into %.200s, which stays in the layer",
             rp_sh_cmd_name(c), file);
    return true;
}

/* True when a URL carries a credential git will keep: user:password@ or $TOKEN@. */
static bool
url_has_cred(const char *w)
{
    const char *ui;
    size_t len;

    return rp__df_url_password(w, NULL) ||
           (rp__df_url_userinfo(w, &ui, &len) && memchr(ui, '$', len));
}

static bool
cred_git_config(char *msg, size_t size, const rp_sh_cmd *c, const char *const *p, size_t n)
{
    const char *key = n > 1 ? p[1] : "", *val = n > 2 ? p[2] : "";

    if (rp__str_starts_ci(key, "credential") && rp__str_ends_ci(key, ".helper") &&
        (rp__str_starts(val, "store") || val[0] == '!')) {
        snprintf(msg, size, "git config %s %s keeps git credentials in the layer", key,
                 val[0] == '!' ? "'!...'" : "store");
        return true;
    }
    if (rp__str_starts_ci(key, "url.") && url_has_cred(key)) {
        snprintf(msg, size,
                 "git config url.<URL with credentials> stores the credentials in "
                 "~/.gitconfig in the layer");
        return true;
    }
    if (rp__str_ends_ci(key, ".extraheader") && rp__str_find_ci(val, "authorization")) {
        snprintf(msg, size,
                 "git config %s stores an Authorization header in ~/.gitconfig in "
                 "the layer",
                 key);
        return true;
    }
    (void)c;
    return false;
}

static bool
cred_git(char *msg, size_t size, const rp_sh_cmd *c)
{
    static const char *const tv[] = {"-C",     "-c",       "--git-dir", "--work-tree", "-f",
                                     "--file", "--type",   "-b",        "--branch",    "--depth",
                                     "-o",     "--origin", NULL};
    static const char *const keeps[] = {"clone", "remote", "submodule", NULL};
    const char *p[6];
    size_t n;

    if (!rp_sh_cmd_is(c, "git") || !(n = positionals(c, tv, p, 6)))
        return false;
    if (strcmp(p[0], "config") == 0)
        return cred_git_config(msg, size, c, p, n);
    for (size_t i = 1; i < n; i++)
        if (url_has_cred(p[i])) {
            bool keep = rp__str_in(p[0], keeps);
            snprintf(msg, size, "git %s with credentials in the URL %s", p[0],
                     keep ? "stores them in .git/config in the layer"
                          : "puts them in the image history");
            return true;
        }
    return false;
}

/* curl -u user:password, wget --password=..., and any URL with a literal password. */
static bool
cred_literal(char *msg, size_t size, const rp_sh_cmd *c)
{
    static const char *const wget_pw[] = {"password", "http-password", "ftp-password",
                                          "proxy-password", NULL};
    const char *v, *colon;
    bool lit;

    if (rp_sh_cmd_is(c, "curl") && (v = rp_sh_opt_value(c, 'u', "user")) &&
        (colon = strchr(v, ':')) && colon[1] && !strchr(colon, '$')) {
        snprintf(msg, size, "curl -u with a literal password puts it in the image history");
        return true;
    }
    for (size_t i = 0; rp_sh_cmd_is(c, "wget") && wget_pw[i]; i++)
        if ((v = rp_sh_opt_value(c, 0, wget_pw[i])) && *v && !strchr(v, '$')) {
            snprintf(msg, size,
                     "wget --%s with a literal password puts it in the image "
                     "history",
                     wget_pw[i]);
            return true;
        }
    for (size_t a = 1; a < c->argc; a++)
        if (rp__df_url_password(c->argv[a], &lit) && lit) {
            snprintf(msg, size,
                     "%s is given a URL with a literal password, which the image "
                     "history records",
                     rp_sh_cmd_name(c));
            return true;
        }
    return false;
}

static bool
run_credential(char *msg, size_t size, const rp_sh_script *sh, size_t i, const rp_sh_cmd *c)
{
    static const char *const cloud[] = {"gcloud", "az", "doctl", NULL};
    static const char *const js[] = {"npm", "pnpm", "yarn", NULL};
    const char *n = rp_sh_cmd_name(c);
    bool hit;

    if (strcmp(n, "aws") == 0)
        hit = cred_aws(msg, size, c);
    else if (rp__str_in(n, cloud))
        hit = cred_cloud(msg, size, c);
    else if (strcmp(n, "echo") == 0 || strcmp(n, "printf") == 0)
        hit = cred_echo(msg, size, sh, i);
    else if (strcmp(n, "git") == 0)
        hit = cred_git(msg, size, c);
    else if (rp__str_in(n, js))
        hit = cred_npm(msg, size, c);
    else
        hit = cred_login(msg, size, c);
    return hit || cred_literal(msg, size, c);
}

/* A NAME=value word whose name is secret-like and whose value is a literal secret. */
static bool
secret_assign(const char *w, bool printf_fmt, char *name, size_t size)
{
    const char *eq = strchr(w, '=');
    size_t n = eq ? (size_t)(eq - w) : 0;
    bool known;

    if (!n || n >= size || !eq[1] || !(isalpha((unsigned char)w[0]) || w[0] == '_'))
        return false;
    for (size_t i = 1; i < n; i++)
        if (!isalnum((unsigned char)w[i]) && w[i] != '_')
            return false;
    memcpy(name, w, n);
    name[n] = '\0';
    /* $VAR comes from an ARG (RP-DF-014's); %s is a printf format, not a value */
    if (strchr(eq + 1, '$') || (printf_fmt && strchr(eq + 1, '%')))
        return false;
    return rp__df_secret_name(name, &known) &&
           !rp__df_secret_value_exempt(name, known, eq + 1, true);
}

/* A literal secret assigned in a RUN: a NAME=value prefix, an export/declare/env argument or
 * a line echoed somewhere. The image history records the command line with the value. */
static bool
cred_assign(char *msg, size_t size, const rp_sh_cmd *c)
{
    static const char *const setters[] = {"export", "declare", "typeset", "readonly", "env", NULL};
    static const char *const writers[] = {"echo", "printf", NULL};
    bool set = rp__df_cmd_in(c, setters), write = !set && rp__df_cmd_in(c, writers);
    char name[128];

    for (size_t k = 0; k < c->nassigns; k++)
        if (c->assigns[k] && secret_assign(c->assigns[k], false, name, sizeof(name))) {
            snprintf(msg, size,
                     "%s=<literal> on the command line of %s puts the secret in the image "
                     "history",
                     name, rp_sh_cmd_name(c));
            return true;
        }
    for (size_t a = 1; (set || write) && a < c->argc; a++)
        if (secret_assign(c->argv[a], rp_sh_cmd_is(c, "printf"), name, sizeof(name))) {
            snprintf(msg, size, "%s %s=<literal> puts the secret in the image history%s",
                     rp_sh_cmd_name(c), name, write ? " and in whatever it is written to" : "");
            return true;
        }
    return false;
}

/* ---- RP-DF-016: passwords set at build time ------------------------------------------------ */

static bool
locked_password(const char *v)
{
    return !*v || v[0] == '!' || v[0] == '*' || strcmp(v, "x") == 0;
}

static bool
run_chpasswd(char *msg, size_t size, const rp_sh_script *sh, size_t i, const rp_sh_cmd *c)
{
    const rp_sh_cmd *prev = i > 0 ? &sh->cmds[i - 1] : NULL;
    const char *v;

    if (rp_sh_cmd_is(c, "chpasswd")) {
        snprintf(msg, size,
                 "chpasswd sets an account password at build time: its hash is in "
                 "/etc/shadow of every container");
        return true;
    }
    if (rp_sh_cmd_is(c, "passwd") &&
        (rp_sh_has_long(c, "stdin") ||
         (prev && prev->op == RP_SH_PIPE && prev->pipeline == sh->cmds[i].pipeline))) {
        snprintf(msg, size,
                 "passwd reads a password from a pipe: it is set at build time and "
                 "its hash is in /etc/shadow of every container");
        return true;
    }
    if ((rp_sh_cmd_is(c, "useradd") || rp_sh_cmd_is(c, "usermod")) &&
        (v = rp_sh_opt_value(c, 'p', "password")) && !locked_password(v)) {
        snprintf(msg, size,
                 "%s -p sets a password hash at build time: it is in the image "
                 "history and in /etc/shadow of every container",
                 rp_sh_cmd_name(c));
        return true;
    }
    return false;
}

/* ---- RP-DF-017 / RP-DF-018 in RUN ------------------------------------------------------------ */

/* The first "--setopt=KEY=VALUE" whose KEY is opt (or "*.opt") and whose VALUE is off. */
static bool
setopt_off(const rp_sh_cmd *c, const char *opt)
{
    size_t n = strlen(opt);

    for (size_t a = 1; a < c->argc; a++) {
        const char *w = c->argv[a], *kv = NULL, *eq;
        if (rp__str_starts(w, "--setopt="))
            kv = w + 9;
        else if (strcmp(w, "--setopt") == 0 && a + 1 < c->argc)
            kv = c->argv[++a];
        if (!kv || !(eq = strchr(kv, '=')) || (size_t)(eq - kv) < n)
            continue;
        if (strncasecmp(eq - n, opt, n) != 0 || ((size_t)(eq - kv) > n && eq[-(long)n - 1] != '.'))
            continue;
        if (rp__df_is_falsy(eq + 1))
            return true;
    }
    return false;
}

/* The value of apt's "-o KEY=VALUE" for KEY (case-insensitive), or NULL. */
static const char *
apt_option(const rp_sh_cmd *c, const char *key)
{
    size_t n = strlen(key);

    for (size_t a = 1; a < c->argc; a++) {
        const char *w = c->argv[a], *kv = NULL;
        if ((strcmp(w, "-o") == 0 || strcmp(w, "--option") == 0) && a + 1 < c->argc)
            kv = c->argv[++a];
        else if (rp__str_starts(w, "--option="))
            kv = w + 9;
        else if (rp__str_starts(w, "-o") && w[2])
            kv = w + 2;
        if (kv && strncasecmp(kv, key, n) == 0 && kv[n] == '=')
            return kv + n + 1;
    }
    return NULL;
}

static const char *const rpm_tools[] = {
    "yum", "dnf", "dnf-3", "dnf5", "microdnf", "tdnf", "yum-config-manager", "zypper", NULL};
static const char *const apt_tools[] = {"apt-get", "apt", "aptitude", NULL};

static bool
is_pip(const rp_sh_cmd *c)
{
    const char *n = rp_sh_cmd_name(c);

    if (rp__str_starts(n, "pip") && strspn(n + 3, "0123456789.") == strlen(n + 3))
        return true;
    if (rp__str_starts(n, "python") && c->argc > 2 && strcmp(c->argv[1], "-m") == 0)
        return strcmp(c->argv[2], "pip") == 0;
    return false;
}

static bool
sslverify_key(const char *k)
{
    return rp__str_eq_ci(k, "http.sslverify") ||
           (rp__str_starts_ci(k, "http.") && rp__str_ends_ci(k, ".sslverify"));
}

/* git -c http.sslVerify=false, git config http.sslVerify false. */
static bool
tls_git(const rp_sh_cmd *c)
{
    static const char *const tv[] = {"-C", "-c",     "--git-dir", "--work-tree",
                                     "-f", "--file", "--type",    NULL};
    const char *p[3];

    for (size_t a = 1; a + 1 < c->argc; a++) {
        const char *kv = c->argv[a + 1], *eq = strchr(kv, '=');
        char key[128];
        if (strcmp(c->argv[a], "-c") != 0 || !eq || (size_t)(eq - kv) >= sizeof(key))
            continue;
        memcpy(key, kv, (size_t)(eq - kv));
        key[eq - kv] = '\0';
        if (sslverify_key(key) && rp__df_is_falsy(eq + 1))
            return true;
    }
    return positionals(c, tv, p, 3) == 3 && strcmp(p[0], "config") == 0 && sslverify_key(p[1]) &&
           rp__df_is_falsy(p[2]);
}

/* npm/yarn/pnpm config set strict-ssl false (also "strict-ssl=false", yarn's
 * enableStrictSsl, and --strict-ssl=false). */
static bool
tls_npm(const rp_sh_cmd *c)
{
    const char *p[4], *key = NULL, *val = NULL, *eq;
    size_t n = positionals(c, NULL, p, 4);

    if (rp__df_is_falsy(rp_sh_opt_value(c, 0, "strict-ssl")))
        return true;
    if (n >= 3 && strcmp(p[0], "config") == 0 && strcmp(p[1], "set") == 0)
        key = p[2], val = n > 3 ? p[3] : NULL;
    else if (n >= 2 && strcmp(p[0], "set") == 0)
        key = p[1], val = n > 2 ? p[2] : NULL;
    if (!key)
        return false;
    if ((eq = strchr(key, '=')) != NULL)
        return strncmp(key, "strict-ssl=", 11) == 0 && rp__df_is_falsy(eq + 1);
    return (strcmp(key, "strict-ssl") == 0 || strcmp(key, "enableStrictSsl") == 0) &&
           rp__df_is_falsy(val);
}

/* pip's positional words, after "python -m pip". */
static size_t
pip_positionals(const rp_sh_cmd *c, const char **out, size_t max)
{
    const char *p[4] = {NULL, NULL, NULL, NULL};
    size_t n = positionals(c, NULL, p, 4),
           skip = n && strcmp(p[0], "pip") == 0 && !rp_sh_cmd_is(c, "pip");

    for (size_t i = skip; i < n && i - skip < max; i++)
        out[i - skip] = p[i];
    return n - skip < max ? n - skip : max;
}

/* The TLS-disabling option of a command, or NULL. */
static const char *
tls_option(const rp_sh_cmd *c)
{
    static const char *const js[] = {"npm", "pnpm", "yarn", NULL};
    const char *p[3] = {NULL, NULL, NULL};
    const char *n = rp_sh_cmd_name(c);

    if (strcmp(n, "curl") == 0 && (rp_sh_has_short(c, 'k') || rp_sh_has_long(c, "insecure")))
        return rp_sh_has_long(c, "insecure") ? "--insecure" : "-k";
    if (strcmp(n, "curl") == 0 && rp_sh_has_long(c, "proxy-insecure"))
        return "--proxy-insecure";
    if (strcmp(n, "wget") == 0 && rp_sh_has_long(c, "no-check-certificate"))
        return "--no-check-certificate";
    if (is_pip(c) && rp_sh_has_long(c, "trusted-host"))
        return "--trusted-host";
    if (is_pip(c) && pip_positionals(c, p, 3) == 3 && strcmp(p[0], "config") == 0 &&
        rp__str_ends(p[2], "trusted-host"))
        return "config set trusted-host";
    if (strcmp(n, "uv") == 0 && rp_sh_has_long(c, "allow-insecure-host"))
        return "--allow-insecure-host";
    if (strcmp(n, "git") == 0 && tls_git(c))
        return "http.sslVerify=false";
    if (rp__df_cmd_in(c, js) && tls_npm(c))
        return "strict-ssl false";
    if (rp__df_cmd_in(c, rpm_tools) && setopt_off(c, "sslverify"))
        return "--setopt=sslverify=0";
    if (rp__df_cmd_in(c, apt_tools) &&
        (rp__df_is_falsy(apt_option(c, "Acquire::https::Verify-Peer")) ||
         rp__df_is_falsy(apt_option(c, "Acquire::https::Verify-Host"))))
        return "-o Acquire::https::Verify-Peer=false";
    return NULL;
}

/* The TLS-disabling NAME=value among the words of a wrapper (sudo env NAME=v cmd), or NULL. */
static const char *
tls_wrapped_assign(char *msg, size_t size, const rp_sh_cmd *raw)
{
    static const char *const wrappers[] = {"sudo", "doas", "env", "exec", NULL};

    if (!rp__df_cmd_in(raw, wrappers))
        return NULL;
    for (size_t a = 0; a < raw->argc; a++) {
        if (strcmp(base_name(raw->argv[a]), "env") != 0)
            continue;
        for (size_t k = a + 1;
             k < raw->argc && (raw->argv[k][0] == '-' || strchr(raw->argv[k], '=')); k++)
            if (tls_assign(msg, size, raw->argv[k]))
                return msg;
    }
    return NULL;
}

/* A setting written into a config file (echo, printf, cat <<EOF) that disables TLS checks. */
static const char *
tls_written(const rp_df_instr *run, const rp_sh_script *sh, size_t i)
{
    static const char *const pats[] = {
        "sslverify=0",           "sslverify=false",         "sslverify=no",
        "sslverify = 0",         "sslverify = false",       "sslverify = no",
        "verify-peer \"false\"", "verify-peer=false",       "verify-host \"false\"",
        "strict-ssl=false",      "strict-ssl false",        "strict-ssl = false",
        "check_certificate=off", "check_certificate = off", NULL};
    char text[4096];
    const char *file;

    if (!written_text(text, sizeof(text), run, sh, i))
        return NULL;
    for (size_t k = 0; pats[k]; k++)
        if (strstr(text, pats[k]))
            return pats[k];
    file = written_file(sh, i);
    if (strcmp(base_name(file), ".curlrc") == 0 &&
        (strstr(text, "insecure") || strcmp(text, "-k") == 0))
        return "insecure in .curlrc";
    return NULL;
}

static bool
run_tls(char *msg, size_t size, const rp_df_instr *run, size_t i, const rp_sh_cmd *c)
{
    const rp_sh_script *sh = run->sh;
    const rp_sh_cmd *raw = &sh->cmds[i];
    const char *what = tls_option(c);
    char vmsg[256];

    if (what) {
        snprintf(msg, size,
                 "%s %s turns off TLS certificate verification for what the build "
                 "downloads",
                 is_pip(c) ? "pip" : rp_sh_cmd_name(c), what);
        return true;
    }
    if ((what = tls_written(run, sh, i)) != NULL) {
        snprintf(msg, size,
                 "%s writes \"%s\" into %.200s, turning off TLS certificate "
                 "verification",
                 rp_sh_cmd_name(c), what, written_file(sh, i));
        return true;
    }
    for (size_t a = 0; a < raw->nassigns; a++)
        if (tls_assign(vmsg, sizeof(vmsg), raw->assigns[a])) {
            snprintf(msg, size, "%s", vmsg);
            return true;
        }
    if (tls_wrapped_assign(vmsg, sizeof(vmsg), raw)) {
        snprintf(msg, size, "env %s", vmsg);
        return true;
    }
    /* export NAME=value, declare -x NAME=value */
    if (rp_sh_cmd_is(raw, "export") || rp_sh_cmd_is(raw, "declare"))
        for (size_t a = 1; a < raw->argc; a++)
            if (tls_assign(vmsg, sizeof(vmsg), raw->argv[a])) {
                snprintf(msg, size, "%s %s", rp_sh_cmd_name(raw), vmsg);
                return true;
            }
    return false;
}

/* An option that makes a package manager skip signature checks, or NULL. */
static const char *
sig_option(const rp_sh_cmd *c)
{
    static const char *const apt_longs[] = {"allow-unauthenticated",
                                            "allow-insecure-repositories",
                                            "allow-downgrade-to-insecure-repositories",
                                            "force-yes",
                                            "allow-untrusted",
                                            NULL};
    static const char *const rpm_longs[] = {"nosignature",  "nodigest",   "noverify",
                                            "nofiledigest", "nogpgcheck", NULL};
    static const char *const apt_opts[][2] = {
        {"APT::Get::AllowUnauthenticated", "-o APT::Get::AllowUnauthenticated"},
        {"Acquire::AllowInsecureRepositories", "-o Acquire::AllowInsecureRepositories"},
        {"Acquire::AllowDowngradeToInsecureRepositories",
         "-o Acquire::AllowDowngradeToInsecureRepositories"}};
    static const char *const apt_disp[] = {
        "--allow-unauthenticated", "--allow-insecure-repositories",
        "--allow-downgrade-to-insecure-repositories", "--force-yes", "--allow-untrusted"};
    static const char *const rpm_disp[] = {"--nosignature", "--nodigest", "--noverify",
                                           "--nofiledigest", "--nogpgcheck"};
    const char *p[1];
    const char *n = rp_sh_cmd_name(c);

    if (strcmp(n, "apk") == 0 && rp_sh_has_long(c, "allow-untrusted"))
        return "--allow-untrusted";
    for (size_t i = 0; rp__df_cmd_in(c, apt_tools) && apt_longs[i]; i++)
        if (rp_sh_has_long(c, apt_longs[i]))
            return apt_disp[i];
    for (size_t i = 0; rp__df_cmd_in(c, apt_tools) && i < RP_COUNTOF(apt_opts); i++)
        if (rp__df_is_truthy(apt_option(c, apt_opts[i][0])))
            return apt_opts[i][1];
    if (rp__df_cmd_in(c, rpm_tools) && rp_sh_has_long(c, "nogpgcheck"))
        return "--nogpgcheck";
    if (rp__df_cmd_in(c, rpm_tools) && setopt_off(c, "gpgcheck"))
        return "--setopt=gpgcheck=0";
    if (strcmp(n, "zypper") == 0 && rp_sh_has_long(c, "no-gpg-checks"))
        return "--no-gpg-checks";
    if (strcmp(n, "zypper") == 0 && positionals(c, NULL, p, 1) == 1 &&
        (strcmp(p[0], "addrepo") == 0 || strcmp(p[0], "ar") == 0) &&
        (rp_sh_has_long(c, "no-gpgcheck") || rp_sh_has_short(c, 'G')))
        return "addrepo --no-gpgcheck";
    for (size_t i = 0; strcmp(n, "rpm") == 0 && rpm_longs[i]; i++)
        if (rp_sh_has_long(c, rpm_longs[i]))
            return rpm_disp[i];
    return NULL;
}

/* gpgcheck=0 not preceded by a letter or '_' (repo_gpgcheck=0 is the distributions' default). */
static bool
has_gpgcheck_off(const char *text)
{
    static const char *const pats[] = {
        "gpgcheck=0",       "gpgcheck=false", "gpgcheck=no", "gpgcheck = 0",
        "gpgcheck = false", "gpgcheck = no",  NULL};

    for (size_t k = 0; pats[k]; k++)
        for (const char *p = strstr(text, pats[k]); p; p = strstr(p + 1, pats[k]))
            if (p == text || (!isalpha((unsigned char)p[-1]) && p[-1] != '_'))
                return true;
    return false;
}

/* A setting written into a sources list or repo file that turns signature checks off. */
static const char *
sig_written(const rp_df_instr *run, const rp_sh_script *sh, size_t i)
{
    static const char *const pats[] = {"trusted=yes",
                                       "allow-insecure=yes",
                                       "allow-downgrade-to-insecure=yes",
                                       "allowunauthenticated \"true\"",
                                       "allowinsecurerepositories \"true\"",
                                       NULL};
    char text[4096];

    if (!written_text(text, sizeof(text), run, sh, i))
        return NULL;
    for (size_t k = 0; pats[k]; k++)
        if (strstr(text, pats[k]))
            return pats[k];
    return has_gpgcheck_off(text) ? "gpgcheck=0" : NULL;
}

static bool
run_sig(char *msg, size_t size, const rp_df_instr *run, size_t i, const rp_sh_cmd *c)
{
    const rp_sh_script *sh = run->sh;
    const char *what = sig_option(c);

    if (what) {
        snprintf(msg, size, "%s %s installs packages without verifying their signatures",
                 rp_sh_cmd_name(c), what);
        return true;
    }
    if ((what = sig_written(run, sh, i)) != NULL) {
        snprintf(msg, size,
                 "%s writes \"%s\" into %.200s: packages from that repository are "
                 "installed without signature checks",
                 rp_sh_cmd_name(c), what, written_file(sh, i));
        return true;
    }
    return false;
}

/* ---- the check ------------------------------------------------------------------------------ */

/* Which checks a command can concern, by its name: most commands concern none. */
enum {
    F_CRED = 1 << 0,  /* RP-DF-015 */
    F_PW = 1 << 1,    /* RP-DF-016 */
    F_TLS = 1 << 2,   /* RP-DF-017 */
    F_SIG = 1 << 3,   /* RP-DF-018 */
    F_WRITE = 1 << 4, /* writes text into a file: 015, 017, 018 */
    F_WRAP = 1 << 5,  /* runs another command: sudo, env, exec, ... */
    F_SET = 1 << 6,   /* sets variables: export, declare, env */
};

static const struct {
    const char *name;
    unsigned f;
} commands[] = {
    {"apk", F_SIG},
    {"apt", F_SIG | F_TLS},
    {"apt-get", F_SIG | F_TLS},
    {"aptitude", F_SIG | F_TLS},
    {"aws", F_CRED},
    {"az", F_CRED},
    {"buildah", F_CRED},
    {"cat", F_WRITE},
    {"chpasswd", F_PW},
    {"command", F_WRAP},
    {"crane", F_CRED},
    {"curl", F_CRED | F_TLS},
    {"declare", F_SET},
    {"dnf", F_SIG | F_TLS},
    {"dnf-3", F_SIG | F_TLS},
    {"dnf5", F_SIG | F_TLS},
    {"doas", F_WRAP},
    {"docker", F_CRED},
    {"doctl", F_CRED},
    {"echo", F_WRITE},
    {"env", F_WRAP | F_SET},
    {"exec", F_WRAP},
    {"export", F_SET},
    {"gcloud", F_CRED},
    {"git", F_CRED | F_TLS},
    {"helm", F_CRED},
    {"microdnf", F_SIG | F_TLS},
    {"nerdctl", F_CRED},
    {"nohup", F_WRAP},
    {"npm", F_CRED | F_TLS},
    {"oras", F_CRED},
    {"passwd", F_PW},
    {"pnpm", F_CRED | F_TLS},
    {"podman", F_CRED},
    {"printf", F_WRITE},
    {"regctl", F_CRED},
    {"rpm", F_SIG},
    {"skopeo", F_CRED},
    {"sudo", F_WRAP},
    {"tdnf", F_SIG | F_TLS},
    {"time", F_WRAP},
    {"useradd", F_PW},
    {"usermod", F_PW},
    {"uv", F_TLS},
    {"wget", F_CRED | F_TLS},
    {"yarn", F_CRED | F_TLS},
    {"yum", F_SIG | F_TLS},
    {"yum-config-manager", F_SIG | F_TLS},
    {"zypper", F_SIG},
};

static unsigned
cmd_family(const rp_sh_cmd *c)
{
    const char *n = rp_sh_cmd_name(c);

    if (rp__str_starts(n, "pip") || rp__str_starts(n, "python"))
        return F_TLS;
    for (size_t i = 0; i < RP_COUNTOF(commands); i++)
        if (commands[i].name[0] == n[0] && strcmp(commands[i].name, n) == 0)
            return commands[i].f;
    return 0;
}

/* True when some argument holds '@' (a URL with user-info is possible). */
static bool
has_at(const rp_sh_cmd *c)
{
    for (size_t a = 1; a < c->argc; a++)
        if (strchr(c->argv[a], '@'))
            return true;
    return false;
}

static void
check_cmd(rp__df_check *c, const rp_df_instr *run, size_t i, const bool on[4])
{
    const rp_sh_cmd *raw = &run->sh->cmds[i], *cmd = raw;
    unsigned f = cmd_family(raw);
    rp_sh_cmd tmp;
    char msg[512];

    if (f & F_WRAP) {
        cmd = unwrap(raw, &tmp);
        f |= cmd != raw ? cmd_family(cmd) : 0;
    }
    if (on[0] &&
        ((((f & (F_CRED | F_WRITE)) || has_at(cmd)) &&
          run_credential(msg, sizeof(msg), run->sh, i, cmd)) ||
         ((raw->nassigns || (f & (F_SET | F_WRITE))) && cred_assign(msg, sizeof(msg), raw))))
        rp__df_report_cmd(c, &r_run_cred, run, raw, "%s", msg);
    if (on[1] && (f & F_PW) && run_chpasswd(msg, sizeof(msg), run->sh, i, cmd))
        rp__df_report_cmd(c, &r_chpasswd, run, raw, "%s", msg);
    if (on[2] && ((f & (F_TLS | F_WRITE | F_SET)) || raw->nassigns) &&
        run_tls(msg, sizeof(msg), run, i, cmd))
        rp__df_report_cmd(c, &r_tls, run, raw, "%s", msg);
    if (on[3] && (f & (F_SIG | F_WRITE)) && run_sig(msg, sizeof(msg), run, i, cmd))
        rp__df_report_cmd(c, &r_sig, run, raw, "%s", msg);
}

static void
check_run(rp__df_check *c, const rp_df_instr *run)
{
    bool on[4] = {rp__df_on(c, &r_run_cred), rp__df_on(c, &r_chpasswd), rp__df_on(c, &r_tls),
                  rp__df_on(c, &r_sig)};

    if (!run->sh || !(on[0] || on[1] || on[2] || on[3]))
        return;
    for (size_t m = 0; m < run->nmounts && on[0]; m++)
        if (run->mounts[m].type && strcmp(run->mounts[m].type, "secret") == 0)
            on[0] = false; /* the credential comes from the mount (as Trivy assumes) */
    for (size_t i = 0; i < run->sh->n; i++)
        if (run->sh->cmds[i].argc && run->sh->cmds[i].argv)
            check_cmd(c, run, i, on);
}

static void
check(rp__df_check *c)
{
    bool names = rp__df_on(c, &r_arg_env), tls = rp__df_on(c, &r_tls);

    for (size_t i = 0; i < c->df->ninstrs; i++) {
        const rp_df_instr *in = &c->df->instrs[i];
        const rp_df_instr *x = in->kind == RP_DF_ONBUILD ? in->sub : in;
        if (in->error || !x || x->error)
            continue;
        if (x->kind == RP_DF_RUN) {
            check_run(c, x);
            continue;
        }
        if (x->kind != RP_DF_ARG && x->kind != RP_DF_ENV)
            continue;
        for (size_t k = 0; k < x->nkvs; k++) {
            if (!x->kvs[k].key)
                continue;
            if (names)
                check_secret_kv(c, in, x, &x->kvs[k]);
            if (tls)
                check_kv_tls(c, in, x, &x->kvs[k]);
        }
    }
}

const rp__df_ruleset rp__df_set_secret = {rules, check};
