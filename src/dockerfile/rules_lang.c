/* Dockerfile rules about language package managers in RUN: unpinned pip, npm, gem and go
 * installs, and the pip and yarn caches left in the image. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "core/util.h"
#include "dockerfile/rules.h"

static const rp_rule r_pip = {
    .id = "RP-DF-049",
    .name = "pip-unpinned",
    .analyzer = "dockerfile",
    .severity = RP_SEV_LOW,
    .title = "pip installs packages without a version",
    .description =
        "`pip install flask` takes whatever PyPI serves when the image is built: two builds of "
        "one Dockerfile ship different code, a broken or malicious release lands without "
        "review, and a scan of one build says nothing about the next. Pinned versions, or a "
        "requirements file with pins, make the build reproducible.",
    .remediation = "Pin each package (`pip install flask==3.0.3`), or install a pinned "
                   "requirements file (`pip install --no-cache-dir -r requirements.txt`, best "
                   "with `--require-hashes`) or apply a constraints file (`-c constraints.txt`).",
    .refs = {"DL3013", "CIS-Docker-4.11", NULL},
    .notes = "As hadolint DL3013, any specifier pins (==, >=, ~=, ..., `pkg @ URL`), ARG/ENV "
             "versions count, and `pip install -U pip` is reported too (pin pip like the rest). "
             "Unlike hadolint, `-r file` or `.` in the command does not hide the other packages, "
             "an unquoted `pkg>=1` is reported (the shell takes `>` as a redirection, so pip "
             "gets no version), a package given wholly by a variable is not judged, and "
             "`uv pip install` is checked too.",
    .bad = "RUN pip install --no-cache-dir flask gunicorn",
    .good = "RUN pip install --no-cache-dir flask==3.0.3 gunicorn==22.0.0",
};

static const rp_rule r_pip_cache = {
    .id = "RP-DF-050",
    .name = "pip-cache",
    .analyzer = "dockerfile",
    .severity = RP_SEV_LOW,
    .title = "pip install keeps its cache in the image",
    .description = "pip keeps every download and built wheel in ~/.cache/pip. Inside a RUN the "
                   "cache is written into the layer and shipped with the image: often tens or "
                   "hundreds of megabytes that nothing uses again.",
    .remediation = "Add `--no-cache-dir` to pip install, set `ENV PIP_NO_CACHE_DIR=1`, or keep "
                   "the cache out of the image with `RUN "
                   "--mount=type=cache,target=/root/.cache/pip pip install ...`.",
    .refs = {"DL3042", NULL},
    .notes = "As hadolint DL3042, a PIP_NO_CACHE_DIR ENV in scope (also inherited through FROM), "
             "a cache mount on the pip cache, pipx and pipenv are exempt. rampart also accepts "
             "PIP_NO_CACHE_DIR as an ARG, on the command or exported earlier in the RUN, a mount "
             "on $PIP_CACHE_DIR, a later `pip cache purge` or `rm -rf` of the cache, and leaves "
             "`uv pip` alone. Any boolean value counts, `0`/`false`/`off` too: pip disables the "
             "cache for those as well (a documented pip quirk), where hadolint wants a truthy "
             "value.",
    .bad = "RUN pip install -r requirements.txt",
    .good = "RUN pip install --no-cache-dir -r requirements.txt",
};

static const rp_rule r_npm = {
    .id = "RP-DF-051",
    .name = "npm-unpinned",
    .analyzer = "dockerfile",
    .severity = RP_SEV_LOW,
    .title = "npm installs packages without a version",
    .description =
        "`npm install -g typescript` installs whatever the registry's latest tag points at when "
        "the image is built: builds drift apart, and a compromised or broken release is pulled "
        "in without review. Dependencies installed from package-lock.json (`npm ci`) are "
        "already pinned.",
    .remediation = "Pin the version (`npm install -g typescript@5.4.5`, "
                   "`npm install @scope/pkg@1.2.3`), or add the dependency to package.json and "
                   "install with `npm ci`.",
    .refs = {"DL3016", "CIS-Docker-4.11", NULL},
    .notes = "As hadolint DL3016, bare `npm install`/`npm ci`, tarballs, local paths and git URLs "
             "with `#ref` are exempt. rampart also reads `npm i` and `npm add`, skips option "
             "values (`--prefix /x`), accepts `.` and `user/repo#ref`, and reports a dist-tag "
             "(`pkg@latest`, `pkg@next`) as unpinned, which hadolint accepts.",
    .bad = "RUN npm install -g typescript @angular/cli",
    .good = "RUN npm install -g typescript@5.4.5 @angular/cli@18.0.3",
};

static const rp_rule r_gem = {
    .id = "RP-DF-052",
    .name = "gem-unpinned",
    .analyzer = "dockerfile",
    .severity = RP_SEV_LOW,
    .title = "gem install without a version",
    .description = "`gem install rails` installs the newest release at build time, so two "
                   "builds of the Dockerfile ship different code and a bad release goes "
                   "straight into the image.",
    .remediation = "Pin the gem (`gem install rails -v 7.1.3` or `gem install rails:7.1.3`), or "
                   "declare gems in a Gemfile with its Gemfile.lock and run `bundle install`.",
    .refs = {"DL3028", "CIS-Docker-4.11", NULL},
    .notes = "As hadolint DL3028 (`name:version`, `-v`/`--version`). rampart skips the values of "
             "options such as `--install-dir` and `--source`, which hadolint reports as gems, "
             "and exempts local .gem files.",
    .bad = "RUN gem install bundler",
    .good = "RUN gem install bundler -v 2.5.11",
};

static const rp_rule r_go = {
    .id = "RP-DF-053",
    .name = "go-unpinned",
    .analyzer = "dockerfile",
    .severity = RP_SEV_LOW,
    .title = "go install/get/run without a fixed version",
    .description =
        "`go install example.com/tool@latest` (or no version at all) resolves the newest "
        "release when the image is built, so the tool changes under the Dockerfile from one "
        "build to the next. A version or commit makes the build reproducible and checkable "
        "against the Go checksum database.",
    .remediation = "Name a version: `go install golang.org/x/tools/gopls@v0.16.1` (or a commit). "
                   "For the module's own code, build from the copied source "
                   "(`go build -o /app ./cmd/app`).",
    .refs = {"DL3062", "CIS-Docker-4.11", NULL},
    .notes = "As hadolint DL3062, no version, `@latest` and `@none` are unpinned. rampart also "
             "treats the moving queries `@upgrade` and `@patch` and the branches `@master`, "
             "`@main` and `@HEAD` as unpinned, and exempts local paths (`.`, `./...`), .go files "
             "and import paths without a domain (standard library and main-module packages, "
             "pinned by go.mod). For `go run` only the package is checked, not its arguments.",
    .bad = "RUN go install github.com/go-delve/delve/cmd/dlv@latest",
    .good = "RUN go install github.com/go-delve/delve/cmd/dlv@v1.23.0",
};

static const rp_rule r_yarn = {
    .id = "RP-DF-054",
    .name = "yarn-cache",
    .analyzer = "dockerfile",
    .severity = RP_SEV_INFO,
    .title = "yarn install leaves its cache in the image",
    .description =
        "yarn keeps a copy of every package it downloads in its cache "
        "(/usr/local/share/.cache/yarn for root on the node images). Unless the same RUN cleans "
        "it, that copy ships in the layer next to node_modules, often doubling the size of the "
        "dependencies.",
    .remediation = "Run `yarn install --frozen-lockfile && yarn cache clean` in one RUN, or keep "
                   "the cache out of the image with `RUN "
                   "--mount=type=cache,target=/usr/local/share/.cache/yarn yarn install`. Better, "
                   "install in a builder stage and COPY only the result.",
    .refs = {"DL3060", NULL},
    .notes = "As hadolint DL3060, only stages whose files end up in the image are checked: the "
             "final stage and the stages it builds FROM (a builder stage that is only copied "
             "from is not). rampart also takes a bare `yarn` as an install, wants the clean "
             "after the install, and accepts an `rm -rf` of the yarn cache or a cache mount on "
             "it.",
    .bad = "FROM node:20.15-bookworm-slim\nRUN yarn install --frozen-lockfile",
    .good = "FROM node:20.15-bookworm-slim\nRUN yarn install --frozen-lockfile && yarn cache "
            "clean",
};

enum { R_PIP, R_PIP_CACHE, R_NPM, R_GEM, R_GO, R_YARN, R_COUNT };

static const rp_rule *const rules[] = {
    [R_PIP] = &r_pip, [R_PIP_CACHE] = &r_pip_cache, [R_NPM] = &r_npm, [R_GEM] = &r_gem,
    [R_GO] = &r_go,   [R_YARN] = &r_yarn,           [R_COUNT] = NULL,
};

/* The ARG/ENV variables these rules read. */
enum { V_PIP_NO_CACHE_DIR, V_PIP_CACHE_DIR, V_PIP_CONSTRAINT, V_YARN_CACHE_FOLDER, V_COUNT };

static const char *const var_names[V_COUNT] = {"PIP_NO_CACHE_DIR", "PIP_CACHE_DIR",
                                               "PIP_CONSTRAINT", "YARN_CACHE_FOLDER"};

/* Variable values as seen at some instruction, valid until the next FROM, ARG or ENV: a
 * lookup walks the stage, so it is done once per change, not once per command. */
typedef struct var_cache {
    size_t epoch[V_COUNT]; /* the epoch a value was looked up in; 0: never */
    const char *value[V_COUNT];
    size_t now; /* bumped by FROM, ARG and ENV */
} var_cache;

#define NOT_YET (-2L)

/* What the checks of one RUN need. */
typedef struct run_ctx {
    rp__df_check *c;
    const rp_df_instr *at;  /* the instruction to report at: the RUN or its ONBUILD */
    const rp_df_instr *run; /* the RUN */
    size_t idx;             /* index of at */
    bool image;             /* the stage ends up in the image */
    var_cache *vars;
    long pip_clean, yarn_clean; /* the last command cleaning each cache, -1: none */
    unsigned folder_scans;      /* `yarn --cache-folder` scans left in this RUN */
} run_ctx;

static const char *
var(run_ctx *rc, int v)
{
    var_cache *vc = rc->vars;

    if (vc->epoch[v] != vc->now) {
        vc->value[v] = rp_df_lookup_var(rc->c->df, rc->idx, var_names[v]);
        vc->epoch[v] = vc->now;
    }
    return vc->value[v];
}

#define MAX_OPERANDS 128

/* True when option word w takes the next word as its value: it is listed in takes, or it is
 * a cluster of short options ("-Ur") whose first value-taking letter is its last. */
static bool
takes_next(const char *w, const char *const *takes)
{
    if (strchr(w, '='))
        return false;
    if (rp__str_in(w, takes))
        return true;
    if (w[1] == '-')
        return false;
    for (const char *p = w + 1; *p; p++)
        for (size_t i = 0; takes[i]; i++)
            if (takes[i][0] == '-' && takes[i][1] == *p && !takes[i][2])
                return !p[1];
    return false;
}

/* The argv indexes of c's operands: words that are not options, skipping the value of the
 * options in takes ("--opt=v" and "-ovalue" carry their own); "--" ends the options. */
static size_t
operands(const rp_sh_cmd *c, const char *const *takes, size_t *out, size_t max)
{
    size_t n = 0;
    bool opts = true;

    for (size_t i = 1; i < c->argc; i++) {
        const char *w = c->argv[i];
        if (opts && strcmp(w, "--") == 0) {
            opts = false;
            continue;
        }
        if (opts && w[0] == '-' && w[1]) {
            if (takes_next(w, takes))
                i++;
            continue;
        }
        if (n < max)
            out[n++] = i;
    }
    return n;
}

static bool
has_expansion(const rp_sh_cmd *c, size_t i)
{
    return (c->wflags && (c->wflags[i] & RP_SH_W_EXPANSION)) || strchr(c->argv[i], '$');
}

static bool
ends_with_any(const char *w, const char *const *suffixes)
{
    for (size_t i = 0; suffixes[i]; i++)
        if (rp__str_ends_ci(w, suffixes[i]))
            return true;
    return false;
}

/* Appends word to a ", "-separated list, ending it with "..." once it is full. */
static void
list_add(char *list, size_t size, const char *word)
{
    size_t k = strlen(list);
    int n;

    if (k >= 4 && strcmp(list + k - 3, "...") == 0)
        return;
    n = snprintf(list + k, size - k, "%s%s", k ? ", " : "", word);
    if (n < 0 || (size_t)n >= size - k) {
        if (size > 4)
            memcpy(list + size - 4, "...", 4);
    }
}

/* Where a tool keeps its cache: paths containing one of needles, paths equal to one of
 * exacts (ignoring a trailing slash or slash-star), or at or under dir (a configured folder). */
typedef struct cache_paths {
    const char *const *needles;
    const char *const *exacts;
    const char *dir;
} cache_paths;

static bool
is_cache_path(const char *p, const cache_paths *cp)
{
    size_t n = strlen(p), d = cp->dir ? strlen(cp->dir) : 0;

    if (n >= 2 && strcmp(p + n - 2, "/*") == 0)
        n -= 2;
    else if (n > 1 && p[n - 1] == '/')
        n--;
    if (d && strncmp(p, cp->dir, d) == 0 && (p[d] == '\0' || p[d] == '/'))
        return true;
    for (size_t i = 0; cp->exacts[i]; i++)
        if (strlen(cp->exacts[i]) == n && strncmp(p, cp->exacts[i], n) == 0)
            return true;
    for (size_t i = 0; cp->needles[i]; i++)
        if (strstr(p, cp->needles[i]))
            return true;
    return false;
}

/* True when the RUN mounts a cache or tmpfs on the cache: it stays out of the layer. */
static bool
mounted(const rp_df_instr *run, const cache_paths *cp)
{
    for (size_t m = 0; m < run->nmounts; m++) {
        const rp_df_mount *mt = &run->mounts[m];
        if (mt->target && mt->type &&
            (strcmp(mt->type, "cache") == 0 || strcmp(mt->type, "tmpfs") == 0) &&
            is_cache_path(mt->target, cp))
            return true;
    }
    return false;
}

/* True when cmd is an rm of the cache. */
static bool
removes(const rp_sh_cmd *cmd, const cache_paths *cp)
{
    if (!rp_sh_cmd_is(cmd, "rm"))
        return false;
    for (size_t i = 1; i < cmd->argc; i++)
        if (cmd->argv[i][0] != '-' && is_cache_path(cmd->argv[i], cp))
            return true;
    return false;
}

/* The index of the RUN's last command that removes the cache (rm, or cleans(), the tool's
 * own command), or -1. Computed once per RUN, so "a later cleanup" is one compare. */
static long
last_cleanup(const rp_df_instr *run, bool (*cleans)(const rp_sh_cmd *), const cache_paths *cp)
{
    const rp_sh_script *sh = run->sh;
    rp_sh_cmd in;

    for (size_t j = sh->n; j-- > 0;) {
        const rp_sh_cmd *c = rp__df_cmd_unwrap(&in, &sh->cmds[j]);
        if (removes(c, cp) || cleans(c))
            return (long)j;
    }
    return -1;
}

/* ---- pip ---- */

/* A pip invocation seen from pip's argv[0]: pip itself, or the pip of `python -m pip` and
 * `uv pip`. */
typedef struct pip_view {
    rp_sh_cmd cmd;
    bool uv;      /* uv pip */
    bool wrapper; /* pipx or pipenv */
} pip_view;

/* name is stem followed only by digits and dots ("pip3.12", "python3"). */
static bool
versioned(const char *name, const char *stem)
{
    size_t n = strlen(stem);

    if (strncmp(name, stem, n) != 0)
        return false;
    for (name += n; *name; name++)
        if (!isdigit((unsigned char)*name) && *name != '.')
            return false;
    return true;
}

/* The argv index of the module python runs with -m, or 0. */
static size_t
python_module(const rp_sh_cmd *c)
{
    for (size_t i = 1; i + 1 < c->argc; i++) {
        const char *w = c->argv[i];
        if (w[0] != '-' || strcmp(w, "-c") == 0)
            return 0; /* a script or -c: no module */
        if (strcmp(w, "-m") == 0)
            return i + 1;
        if (strcmp(w, "-W") == 0 || strcmp(w, "-X") == 0)
            i++;
    }
    return 0;
}

static bool
pip_view_of(pip_view *out, const rp_sh_cmd *c)
{
    const char *name = rp_sh_cmd_name(c);
    size_t at = SIZE_MAX, m;

    memset(out, 0, sizeof(*out));
    if (versioned(name, "pip")) {
        at = 0;
    } else if (strcmp(name, "pipx") == 0 || strcmp(name, "pipenv") == 0) {
        at = 0;
        out->wrapper = true;
    } else if (strcmp(name, "uv") == 0 && c->argc > 1 && strcmp(c->argv[1], "pip") == 0) {
        at = 1;
        out->uv = true;
    } else if (versioned(name, "python") && (m = python_module(c))) {
        const char *mod = c->argv[m];
        out->wrapper = strcmp(mod, "pipx") == 0 || strcmp(mod, "pipenv") == 0;
        if (strcmp(mod, "pip") == 0 || out->wrapper)
            at = m;
    }
    if (at == SIZE_MAX || at >= c->argc)
        return false;
    out->cmd = *c;
    out->cmd.argv = c->argv + at;
    out->cmd.argc = c->argc - at;
    out->cmd.wflags = c->wflags ? c->wflags + at : NULL;
    return true;
}

static const char *const pip_takes[] = {"-r",
                                        "--requirement",
                                        "-c",
                                        "--constraint",
                                        "-e",
                                        "--editable",
                                        "-i",
                                        "--index-url",
                                        "--extra-index-url",
                                        "-f",
                                        "--find-links",
                                        "-t",
                                        "--target",
                                        "--prefix",
                                        "--root",
                                        "--src",
                                        "--platform",
                                        "--python-version",
                                        "--implementation",
                                        "--abi",
                                        "--no-binary",
                                        "--only-binary",
                                        "--progress-bar",
                                        "--proxy",
                                        "--trusted-host",
                                        "--upgrade-strategy",
                                        "-b",
                                        "--build",
                                        "--cache-dir",
                                        "--log",
                                        "--log-file",
                                        "--timeout",
                                        "--retries",
                                        "--exists-action",
                                        "--cert",
                                        "--client-cert",
                                        "-C",
                                        "--config-settings",
                                        "--global-option",
                                        "--install-option",
                                        "--report",
                                        "--use-feature",
                                        "--use-deprecated",
                                        "--keyring-provider",
                                        "--python",
                                        "--root-user-action",
                                        "--group",
                                        "-p",
                                        "--index",
                                        "--default-index",
                                        "--pip-args",
                                        "--spec",
                                        "--suffix",
                                        NULL};

static const char *const archives[] = {".whl",     ".tar.gz", ".zip", ".tgz",
                                       ".tar.bz2", ".tar.xz", NULL};

/* True when the pip command installs: its first operand is "install". ops gets the argv
 * indexes of its operands (the packages follow "install"). */
static bool
pip_installs(const pip_view *v, size_t *ops, size_t *nops)
{
    *nops = operands(&v->cmd, pip_takes, ops, MAX_OPERANDS);
    if (*nops > MAX_OPERANDS)
        *nops = MAX_OPERANDS;
    return *nops && strcmp(v->cmd.argv[ops[0]], "install") == 0;
}

/* 1: the requirement w is unpinned; 0: pinned or not a package from an index; -1: cannot
 * tell (a variable). */
static int
pip_unpinned(const char *w, bool expansion)
{
    const char *scheme = strstr(w, "://");

    if (!*w)
        return 0;
    if (scheme) {
        const char *host_end, *frag;
        if (memchr(w, '@', (size_t)(scheme - w)) || ends_with_any(w, archives))
            return 0; /* "name@URL", or an archive */
        if (strncmp(w, "git+", 4) && strncmp(w, "hg+", 3) && strncmp(w, "svn+", 4) &&
            strncmp(w, "bzr+", 4))
            return -1;
        /* a VCS URL is pinned by "@ref" after its host */
        host_end = strchr(scheme + 3, '/');
        frag = strchr(w, '#');
        for (const char *p = host_end; p && *p && p != frag; p++)
            if (*p == '@')
                return 0;
        return 1;
    }
    if (strpbrk(w, "<>=~") || strchr("./~", w[0]) || strchr(w, '/') || ends_with_any(w, archives))
        return 0;
    return expansion ? -1 : 1;
}

/* A hint when an unquoted "pkg>=1" became a redirection. */
static bool
redirected_version(const rp_sh_cmd *c)
{
    for (size_t i = 0; i < c->nredirs; i++) {
        const char *r = c->redirs[i], *t = strchr(r, ' ');
        if ((r[0] == '>' || r[0] == '<') && t && (t[1] == '=' || isdigit((unsigned char)t[1])))
            return true;
    }
    return false;
}

static void
check_pip(run_ctx *rc, const rp_sh_cmd *c, const pip_view *v)
{
    size_t ops[MAX_OPERANDS], nops;
    char list[200] = "", example[64] = "";
    const char *tool = v->uv ? "uv pip" : rp_sh_cmd_name(&v->cmd);

    if (!pip_installs(v, ops, &nops))
        return;
    if (rp_sh_opt_value(&v->cmd, 'c', "constraint") || var(rc, V_PIP_CONSTRAINT))
        return; /* versions come from the constraints file */
    for (size_t k = 1; k < nops; k++) {
        size_t i = ops[k];
        const char *w = v->cmd.argv[i];
        if (i + 2 < v->cmd.argc && strcmp(v->cmd.argv[i + 1], "@") == 0) {
            while (k + 1 < nops && ops[k + 1] <= i + 2)
                k++; /* "name @ URL" */
            continue;
        }
        if (pip_unpinned(w, has_expansion(&v->cmd, i)) != 1)
            continue;
        list_add(list, sizeof(list), w);
        if (!example[0])
            snprintf(example, sizeof(example),
                     strstr(w, "://") ? "%.40s@<tag>" : "%.40s==<version>", w);
    }
    if (!list[0])
        return;
    rp__df_report_cmd(rc->c, &r_pip, rc->at, c, "%s install of %s without a version (%s)%s", tool,
                      list, example,
                      redirected_version(c)
                          ? "; an unquoted >= or < is a shell redirection: quote the requirement"
                          : "");
}

/* pip's own reading of a boolean: any of these disables the cache, "0" and "false" too. */
static bool
pip_bool(const char *v)
{
    static const char *const words[] = {"y",  "yes", "t",     "true", "on", "1", "n",
                                        "no", "f",   "false", "off",  "0",  NULL};
    char lower[8];
    size_t n = 0;

    if (!v)
        return false;
    for (; v[n] && n + 1 < sizeof(lower); n++)
        lower[n] = (char)tolower((unsigned char)v[n]);
    lower[n] = '\0';
    return !v[n] && rp__str_in(lower, words);
}

/* True when words hold "PIP_NO_CACHE_DIR=<boolean>". */
static bool
sets_no_cache(char *const *words, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (words[i] && rp__str_starts(words[i], "PIP_NO_CACHE_DIR=") && pip_bool(words[i] + 17))
            return true;
    return false;
}

static const char *const pip_needles[] = {".cache/pip", NULL};
static const char *const pip_exacts[] = {
    "/root/.cache",     "~/.cache", "$HOME/.cache", "${HOME}/.cache", "$PIP_CACHE_DIR",
    "${PIP_CACHE_DIR}", NULL};

/* `pip cache purge` or `pip cache remove ...`. */
static bool
pip_cleans(const rp_sh_cmd *c)
{
    pip_view v;

    return pip_view_of(&v, c) && v.cmd.argc > 2 && strcmp(v.cmd.argv[1], "cache") == 0 &&
           (strcmp(v.cmd.argv[2], "purge") == 0 || strcmp(v.cmd.argv[2], "remove") == 0);
}

/* True when the pip cache of command k stays out of the layer. */
static bool
pip_cache_cleaned(run_ctx *rc, size_t k)
{
    cache_paths cp = {pip_needles, pip_exacts, var(rc, V_PIP_CACHE_DIR)};

    if (mounted(rc->run, &cp))
        return true;
    if (rc->pip_clean == NOT_YET)
        rc->pip_clean = last_cleanup(rc->run, pip_cleans, &cp);
    return rc->pip_clean > (long)k;
}

static void
check_pip_cache(run_ctx *rc, size_t k, const pip_view *v, bool exported)
{
    size_t ops[MAX_OPERANDS], nops;
    const rp_sh_cmd *c = &rc->run->sh->cmds[k];

    if (v->uv || v->wrapper || !pip_installs(v, ops, &nops))
        return;
    if (rp_sh_has_long(&v->cmd, "no-cache-dir") || rp_sh_has_long(&v->cmd, "no-cache") ||
        exported || sets_no_cache(c->assigns, c->nassigns) ||
        sets_no_cache(c->argv, (size_t)(v->cmd.argv - c->argv)) ||
        pip_bool(var(rc, V_PIP_NO_CACHE_DIR)) || pip_cache_cleaned(rc, k))
        return;
    rp__df_report_cmd(rc->c, &r_pip_cache, rc->at, c,
                      "%s install without --no-cache-dir leaves ~/.cache/pip in the layer",
                      rp_sh_cmd_name(&v->cmd));
}

/* ---- npm ---- */

/* 1: the npm package spec w is unpinned; 0: pinned, local or a tarball; -1: cannot tell. */
static int
npm_unpinned(const char *w, bool expansion)
{
    static const char *const gits[] = {"git://",       "git+ssh://", "git+http://",
                                       "git+https://", "github:",    "gitlab:",
                                       "bitbucket:",   "gist:",      NULL};
    static const char *const tarballs[] = {".tgz", ".tar", ".tar.gz", NULL};
    const char *at, *ver;

    if (!*w || strchr("./~", w[0]) || rp__str_starts(w, "file:") || ends_with_any(w, tarballs))
        return 0;
    for (size_t i = 0; gits[i]; i++)
        if (rp__str_starts(w, gits[i]))
            return strchr(w, '#') ? 0 : 1;
    if (strstr(w, "://"))
        return -1;
    if (w[0] != '@' && strchr(w, '/')) /* GitHub "user/repo" */
        return strchr(w, '#') ? 0 : 1;
    if (w[0] == '@') { /* "@scope/name@version" */
        const char *slash = strchr(w, '/');
        at = slash ? strchr(slash + 1, '@') : NULL;
    } else {
        at = strchr(w + 1, '@');
    }
    if (!at)
        return expansion ? -1 : 1;
    ver = at + 1;
    /* a version or range has digits; a dist-tag (latest, next, beta) moves */
    return strpbrk(ver, "0123456789$") ? 0 : 1;
}

/* The length of the package name in an npm spec ("@scope/name@tag" -> "@scope/name"). */
static int
name_len(const char *w)
{
    size_t n = *w ? 1 + strcspn(w + 1, "@") : 0;

    return n > 40 ? 40 : (int)n;
}

/* cmd is the command as written (for the report), c the same without its wrappers. */
static void
check_npm(const run_ctx *rc, const rp_sh_cmd *cmd, const rp_sh_cmd *c)
{
    static const char *const installs[] = {"install", "i",       "add",    "in",   "ins",
                                           "inst",    "insta",   "instal", "isnt", "isnta",
                                           "isntal",  "isntall", NULL};
    static const char *const takes[] = {"--prefix",
                                        "-C",
                                        "--registry",
                                        "--cache",
                                        "--omit",
                                        "--include",
                                        "--install-strategy",
                                        "--userconfig",
                                        "--globalconfig",
                                        "-w",
                                        "--workspace",
                                        "--tag",
                                        "--loglevel",
                                        "--before",
                                        "--location",
                                        "--script-shell",
                                        "--otp",
                                        "--auth-type",
                                        NULL};
    size_t ops[MAX_OPERANDS], n = operands(c, takes, ops, MAX_OPERANDS);
    char list[200] = "", example[64] = "";

    if (n > MAX_OPERANDS)
        n = MAX_OPERANDS;
    if (!n || !rp__str_in(c->argv[ops[0]], installs))
        return;
    for (size_t k = 1; k < n; k++) {
        const char *w = c->argv[ops[k]];
        if (npm_unpinned(w, has_expansion(c, ops[k])) != 1)
            continue;
        list_add(list, sizeof(list), w);
        if (example[0])
            continue;
        if (w[0] != '@' && (strchr(w, '/') || strchr(w, ':')))
            snprintf(example, sizeof(example), "%.40s#<tag>", w); /* a git spec */
        else
            snprintf(example, sizeof(example), "%.*s@<version>", name_len(w), w);
    }
    if (list[0])
        rp__df_report_cmd(rc->c, &r_npm, rc->at, cmd, "npm %s of %s without a version (%s)",
                          c->argv[ops[0]], list, example);
}

/* ---- gem ---- */

/* cmd is the command as written (for the report), c the same without its wrappers. */
static void
check_gem(const run_ctx *rc, const rp_sh_cmd *cmd, const rp_sh_cmd *c)
{
    static const char *const takes[] = {"-v",
                                        "--version",
                                        "-i",
                                        "--install-dir",
                                        "-n",
                                        "--bindir",
                                        "-s",
                                        "--source",
                                        "-P",
                                        "--trust-policy",
                                        "--platform",
                                        "-g",
                                        "--file",
                                        "--document",
                                        "--build-root",
                                        "-p",
                                        "--http-proxy",
                                        "--target",
                                        NULL};
    size_t ops[MAX_OPERANDS], n = operands(c, takes, ops, MAX_OPERANDS);
    char list[200] = "", example[64] = "";

    if (n > MAX_OPERANDS)
        n = MAX_OPERANDS;
    if (!n || (strcmp(c->argv[ops[0]], "install") != 0 && strcmp(c->argv[ops[0]], "i") != 0) ||
        rp_sh_opt_value(c, 'v', "version"))
        return;
    for (size_t k = 1; k < n; k++) {
        const char *w = c->argv[ops[k]];
        if (strcmp(c->argv[ops[k] - 1], "--") == 0)
            break; /* what follows "--" goes to the gem's build, not to gem */
        if (!*w || strchr(w, ':') || strchr("./~", w[0]) || rp__str_ends(w, ".gem") ||
            has_expansion(c, ops[k]))
            continue;
        list_add(list, sizeof(list), w);
        if (!example[0])
            snprintf(example, sizeof(example), "%s", w);
    }
    if (list[0])
        rp__df_report_cmd(rc->c, &r_gem, rc->at, cmd,
                          "gem install of %s without a version (%s -v <version>)", list, example);
}

/* ---- go ---- */

/* The argv indexes of the operands of go, skipping go's flags that take a value. */
static size_t
go_operands(const rp_sh_cmd *c, size_t *out, size_t max)
{
    static const char *const takes[] = {
        "-C",        "-o",         "-p",        "-ldflags",    "-gcflags",       "-asmflags",
        "-tags",     "-mod",       "-modfile",  "-overlay",    "-pgo",           "-pkgdir",
        "-toolexec", "-buildmode", "-compiler", "-gccgoflags", "-installsuffix", "-covermode",
        "-coverpkg", "-exec",      NULL};
    size_t n = 0;

    for (size_t i = 1; i < c->argc; i++) {
        const char *w = c->argv[i];
        if (strcmp(w, "--") == 0)
            continue;
        if (w[0] == '-' && w[1]) {
            if (!strchr(w, '=') && rp__str_in(w + (w[1] == '-'), takes))
                i++;
            continue;
        }
        if (n < max)
            out[n++] = i;
    }
    return n;
}

/* 1: the go package argument w is unpinned; 0: pinned or local; -1: cannot tell. */
static int
go_unpinned(const char *w, bool expansion)
{
    static const char *const moving[] = {"latest", "upgrade", "patch", "none",
                                         "master", "main",    "HEAD",  NULL};
    const char *at = strrchr(w, '@');
    size_t first = strcspn(w, "/");

    if (!*w || w[0] == '.' || w[0] == '/' || rp__str_ends(w, ".go"))
        return 0;
    if (at)
        return rp__str_in(at + 1, moving) ? 1 : 0;
    if (expansion)
        return -1;
    /* no domain in the first element: the standard library or the main module */
    return memchr(w, '.', first) ? 1 : 0;
}

/* cmd is the command as written (for the report), c the same without its wrappers. */
static void
check_go(const run_ctx *rc, const rp_sh_cmd *cmd, const rp_sh_cmd *c)
{
    static const char *const subs[] = {"install", "get", "run", NULL};
    size_t ops[MAX_OPERANDS], n = go_operands(c, ops, MAX_OPERANDS);
    char list[200] = "";

    if (n > MAX_OPERANDS)
        n = MAX_OPERANDS;
    if (!n || !rp__str_in(c->argv[ops[0]], subs))
        return;
    if (strcmp(c->argv[ops[0]], "run") == 0 && n > 2)
        n = 2; /* the rest are the program's arguments */
    for (size_t k = 1; k < n; k++)
        if (go_unpinned(c->argv[ops[k]], has_expansion(c, ops[k])) == 1)
            list_add(list, sizeof(list), c->argv[ops[k]]);
    if (list[0])
        rp__df_report_cmd(rc->c, &r_go, rc->at, cmd,
                          "go %s of %s without a fixed version (pkg@v1.2.3)", c->argv[ops[0]],
                          list);
}

/* ---- yarn ---- */

static const char *const yarn_takes[] = {"--cache-folder",
                                         "--modules-folder",
                                         "--network-timeout",
                                         "--mutex",
                                         "--registry",
                                         "--cwd",
                                         "--global-folder",
                                         "--link-folder",
                                         "--network-concurrency",
                                         NULL};

static bool
yarn_installs(const rp_sh_cmd *c)
{
    size_t ops[4], n;

    if (!rp_sh_cmd_is(c, "yarn"))
        return false;
    n = operands(c, yarn_takes, ops, RP_COUNTOF(ops));
    if (n)
        return strcmp(c->argv[ops[0]], "install") == 0;
    /* bare yarn installs, unless it only asks for help or the version */
    return !rp_sh_has_long(c, "version") && !rp_sh_has_long(c, "help") &&
           !rp_sh_has_short(c, 'v') && !rp_sh_has_short(c, 'h');
}

static bool
yarn_cleans(const rp_sh_cmd *c)
{
    size_t ops[4], n;

    if (!rp_sh_cmd_is(c, "yarn"))
        return false;
    n = operands(c, yarn_takes, ops, RP_COUNTOF(ops));
    return n >= 2 && strcmp(c->argv[ops[0]], "cache") == 0 && strcmp(c->argv[ops[1]], "clean") == 0;
}

static const char *const yarn_needles[] = {".cache/yarn", ".yarn/cache", ".yarn/berry",
                                           "yarn-cache",  "yarn_cache",  NULL};
static const char *const yarn_exacts[] = {"/root/.yarn", "$(yarn cache dir)", "$YARN_CACHE_FOLDER",
                                          "${YARN_CACHE_FOLDER}", NULL};

/* k: the index of the yarn command; c: the same without its wrappers. */
static void
check_yarn(run_ctx *rc, size_t k, const rp_sh_cmd *c)
{
    const rp_sh_script *sh = rc->run->sh;
    const char *folder = rp_sh_opt_value(c, 0, "cache-folder");
    cache_paths cp = {yarn_needles, yarn_exacts, var(rc, V_YARN_CACHE_FOLDER)};

    if (!yarn_installs(c))
        return;
    if (rc->yarn_clean == NOT_YET)
        rc->yarn_clean = last_cleanup(rc->run, yarn_cleans, &cp);
    if (rc->yarn_clean > (long)k || mounted(rc->run, &cp))
        return;
    if (folder && *folder) { /* this install's own folder; bounded: each is a scan */
        cache_paths own = {yarn_needles, yarn_exacts, folder};
        if (mounted(rc->run, &own))
            return;
        for (size_t j = k + 1; rc->folder_scans && j < sh->n; j++)
            if (removes(&sh->cmds[j], &own))
                return;
        if (rc->folder_scans)
            rc->folder_scans--;
    }
    rp__df_report_cmd(rc->c, &r_yarn, rc->at, &sh->cmds[k],
                      "yarn install without a later `yarn cache clean` leaves the yarn cache in "
                      "the image");
}

/* ---- the pass ---- */

static void
check_pip_cmd(run_ctx *rc, size_t k, const pip_view *v, bool exported, const bool *on)
{
    if (on[R_PIP])
        check_pip(rc, &rc->run->sh->cmds[k], v);
    if (on[R_PIP_CACHE])
        check_pip_cache(rc, k, v, exported);
}

static void
check_run(run_ctx *rc, const bool *on)
{
    const rp_sh_script *sh = rc->run->sh;
    bool exported = false;
    pip_view v;

    for (size_t k = 0; k < sh->n; k++) {
        const rp_sh_cmd *c = &sh->cmds[k];
        rp_sh_cmd in; /* c without wrappers: "sudo -H pip install x" -> "pip install x" */
        const char *name = rp_sh_cmd_name(rp__df_cmd_unwrap(&in, c));
        if (!strchr("egnpuy", name[0]) || !name[0])
            continue; /* none of export, gem, go, npm, pip*, python*, uv, yarn */
        if (strcmp(name, "export") == 0 && in.argc > 1)
            exported |= sets_no_cache(in.argv + 1, in.argc - 1);
        else if (pip_view_of(&v, &in))
            check_pip_cmd(rc, k, &v, exported, on);
        else if (on[R_NPM] && strcmp(name, "npm") == 0)
            check_npm(rc, c, &in);
        else if (on[R_GEM] && strcmp(name, "gem") == 0)
            check_gem(rc, c, &in);
        else if (on[R_GO] && strcmp(name, "go") == 0)
            check_go(rc, c, &in);
        else if (on[R_YARN] && rc->image && strcmp(name, "yarn") == 0)
            check_yarn(rc, k, &in);
    }
}

static void
check(rp__df_check *c)
{
    bool on[R_COUNT], any = false, image = false;
    var_cache vars = {.now = 1};
    int stage = -2;

    for (size_t r = 0; r < R_COUNT; r++)
        any |= (on[r] = rp__df_on(c, rules[r]));
    for (size_t i = 0; any && i < c->df->ninstrs; i++) {
        const rp_df_instr *in = &c->df->instrs[i], *run = rp__df_run(in);
        if (in->stage != stage) { /* once per stage: it walks the stages */
            stage = in->stage;
            image = rp__df_stage_in_image(c->df, stage);
        }
        if (in->kind == RP_DF_FROM || in->kind == RP_DF_ARG || in->kind == RP_DF_ENV)
            vars.now++;
        if (run && run->sh && !in->error && !run->error) {
            run_ctx rc = {c, in, run, i, image, &vars, NOT_YET, NOT_YET, 8};
            check_run(&rc, on);
        }
    }
}

const rp__df_ruleset rp__df_set_lang = {rules, check};
