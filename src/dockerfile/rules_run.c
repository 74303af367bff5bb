/* Dockerfile rules about what RUN commands do: sudo, cd, tools that make no sense in a build,
 * curl and wget together, pipes without pipefail, relinking /bin/sh, wget's progress output,
 * consecutive RUNs, useradd's lastlog trap and SSH servers. Every check reads the commands the
 * RUN splitter gives (shell and exec form, heredoc scripts, `sh -c` strings, ONBUILD RUN). */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/util.h"
#include "dockerfile/rules.h"

static const rp_rule r_sudo = {
    .id = "RP-DF-027",
    .name = "sudo",
    .analyzer = "dockerfile",
    .severity = RP_SEV_HIGH,
    .title = "RUN uses sudo",
    .description =
        "sudo in a RUN means the image ships sudo and a user allowed to use it: a ready "
        "privilege-escalation path for whoever compromises the container at runtime. sudo also "
        "behaves unpredictably without a terminal (requiretty, password prompts, a reset "
        "environment), and it is never needed: build steps run as root unless a USER says "
        "otherwise.",
    .remediation =
        "Run the step as root (before USER, or between `USER root` and `USER app`) and remove "
        "sudo from the image. To drop privileges when the container starts, use gosu, su-exec "
        "or setpriv in the entrypoint.",
    .refs = {"DL3004", "AVD-DS-0010", "DKL-DI-0001", "CKV2_DOCKER_1", NULL},
    .notes = "Trivy sees sudo only at the start of an `&&` segment of a shell-form RUN and Checkov "
             "matches text; rampart finds a command named sudo (or doas) anywhere: after `;`, in "
             "`sh -c`, subshells, heredoc scripts, exec form and ONBUILD RUN. One finding per "
             "RUN.",
    .bad = "USER app\nRUN sudo apt-get update && sudo apt-get install -y --no-install-recommends "
           "curl",
    .good = "RUN apt-get update && apt-get install -y --no-install-recommends curl\nUSER app",
};

static const rp_rule r_cd = {
    .id = "RP-DF-028",
    .name = "cd-in-run",
    .analyzer = "dockerfile",
    .severity = RP_SEV_INFO,
    .title = "RUN changes directory with cd",
    .description =
        "A cd inside RUN changes the working directory for the rest of that RUN only. Long "
        "chains of cd are hard to follow, and the next RUN silently starts back in the WORKDIR. "
        "WORKDIR sets the directory for every later instruction, creates it when missing and "
        "records it in the image.",
    .remediation = "Set the directory with WORKDIR before the RUN, or give tools absolute paths "
                   "(`make -C /usr/src/app`, `tar -C /opt -xzf app.tgz`). When one step must run "
                   "elsewhere, run it in a subshell: `(cd /tmp/src && make install)`.",
    .refs = {"DL3003", "AVD-DS-0013", NULL},
    .notes = "hadolint DL3003 fires on every cd, even `(cd dir && make)` in a subshell, the idiom "
             "its own documentation recommends; Trivy fires on an `&&` segment starting with "
             "`cd `. rampart reports a cd that changes the directory for the rest of the RUN (at "
             "top level, in `{ }`, if/for/while bodies, or in an `sh -c` script that is the whole "
             "RUN); a cd inside `( )`, `$( )` or backticks does not leak and is not reported. One "
             "finding per RUN, at the first such cd.",
    .bad = "RUN cd /usr/src/app && make && make install",
    .good = "WORKDIR /usr/src/app\nRUN make && make install",
};

static const rp_rule r_interactive = {
    .id = "RP-DF-029",
    .name = "interactive-command",
    .analyzer = "dockerfile",
    .severity = RP_SEV_INFO,
    .title = "RUN invokes a command that is pointless in a build",
    .description =
        "ssh, vim, top, ps, free, kill, mount, service and shutdown are interactive or act on a "
        "running system. During a build there is no terminal, no init system and no service to "
        "manage, so they hang, fail or do nothing; they usually come from a VM setup script "
        "pasted into the Dockerfile.",
    .remediation = "Remove the command: edit files with sed or COPY them, fetch code with git or "
                   "curl, start the service from ENTRYPOINT/CMD (one process per container), and "
                   "use RUN --mount instead of mount.",
    .refs = {"DL3001", NULL},
    .notes = "The command list is hadolint DL3001's, matched by command name at any depth. One "
             "finding per RUN, naming the commands.",
    .bad = "RUN service nginx start && ps aux",
    .good = "CMD [\"nginx\", \"-g\", \"daemon off;\"]",
};

static const rp_rule r_curl_wget = {
    .id = "RP-DF-030",
    .name = "curl-and-wget",
    .analyzer = "dockerfile",
    .severity = RP_SEV_INFO,
    .title = "Stage uses both curl and wget",
    .description =
        "Using both download tools in one stage means both are installed: twice the download "
        "code to patch, and scripts that behave differently on redirects, TLS and retries. One "
        "tool per stage keeps the image smaller and the downloads consistent.",
    .remediation = "Use one tool throughout the stage (`curl -fsSL` or `wget -q`) and install "
                   "only that one; better, download in a builder stage and COPY --from the "
                   "result.",
    .refs = {"DL4001", "AVD-DS-0014", "CIS-Docker-4.3", NULL},
    .notes = "Only invocations count: installing the packages does not (Trivy skips segments "
             "containing `install `). As hadolint, every RUN that invokes curl or wget once the "
             "stage has used both is reported, at that command's line. Stages are independent; an "
             "ONBUILD RUN is only compared with itself.",
    .bad = "RUN curl -fsSL -o /tmp/a.tgz https://example.com/a.tgz\n"
           "RUN wget -q https://example.com/b.tgz",
    .good = "RUN curl -fsSL -o /tmp/a.tgz https://example.com/a.tgz \\\n"
            " && curl -fsSLO https://example.com/b.tgz",
};

static const rp_rule r_pipefail = {
    .id = "RP-DF-031",
    .name = "pipe-without-pipefail",
    .analyzer = "dockerfile",
    .severity = RP_SEV_LOW,
    .title = "RUN pipes without pipefail",
    .description =
        "A shell reports only the last command of a pipeline, so `curl -fsSL URL | tar -xz` or "
        "`wget -O- URL | sh` succeeds when the download fails, and the build carries on with a "
        "missing or truncated file. With pipefail the RUN fails when any part of the pipe "
        "fails.",
    .remediation = "Set the stage's shell with `SHELL [\"/bin/bash\", \"-o\", \"pipefail\", "
                   "\"-c\"]` (`/bin/ash` on Alpine), or start the RUN with `set -o pipefail &&` "
                   "(`set -eux -o pipefail;`) when its shell supports it.",
    .refs = {"DL4006", NULL},
    .notes =
        "hadolint DL4006 ignores `set -o pipefail` in the RUN and forgets the SHELL of a stage "
        "built FROM an earlier stage; rampart accepts both (Docker inherits SHELL through "
        "FROM) and a `bash -o pipefail -c` wrapper. hadolint also wants the SHELL to be "
        "bash, zsh or ash: rampart accepts any SHELL given `-o pipefail` (`/bin/sh` is ash on "
        "Alpine; a shell without the option fails every RUN loudly). Exec-form RUN without a "
        "shell cannot pipe; PowerShell and cmd SHELLs are exempt. Reported at the first piped "
        "command.",
    .bad = "RUN curl -fsSL https://example.com/install.sh | sh",
    .good = "SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\n"
            "RUN curl -fsSL https://example.com/install.sh | sh",
};

static const rp_rule r_ln_sh = {
    .id = "RP-DF-032",
    .name = "ln-bin-sh",
    .analyzer = "dockerfile",
    .severity = RP_SEV_LOW,
    .title = "RUN relinks /bin/sh",
    .description =
        "Pointing /bin/sh at another shell changes the shell of every later RUN and of every "
        "script in the image that calls sh, including the distribution's package maintainer "
        "scripts, and nothing in the Dockerfile says so. SHELL states the shell of the "
        "Dockerfile's own commands and leaves the system alone.",
    .remediation = "Remove the ln and set `SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]` "
                   "for the RUNs that need bash, or call the interpreter explicitly "
                   "(`bash -c '...'`).",
    .refs = {"DL4005", NULL},
    .notes = "hadolint DL4005 fires when any argument of ln is /bin/sh, also for `ln -s /bin/sh "
             "/usr/local/bin/sh`, which leaves /bin/sh alone; rampart fires when /bin/sh (or "
             "/usr/bin/sh) is the link being created.",
    .bad = "RUN ln -sf /bin/bash /bin/sh",
    .good = "SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]",
};

static const rp_rule r_wget = {
    .id = "RP-DF-033",
    .name = "wget-no-progress",
    .analyzer = "dockerfile",
    .severity = RP_SEV_INFO,
    .title = "wget without a progress option",
    .description = "Without a terminal, wget's default progress display writes a line of dots "
                   "for every few kilobytes: a large download floods the build log with "
                   "megabytes of noise and buries the output that matters.",
    .remediation = "Add `--progress=dot:giga`, or quiet it with `-q`/`--quiet` or "
                   "`-nv`/`--no-verbose` (which still logs what was fetched).",
    .refs = {"DL3047", NULL},
    .notes = "As hadolint DL3047: `-O` (the output document) does not quiet the progress, "
             "`-o`/`--output-file` and `-a`/`--append-output` (log to a file) do.",
    .bad = "RUN wget -O /tmp/go.tgz https://go.dev/dl/go1.22.5.linux-amd64.tar.gz",
    .good = "RUN wget --progress=dot:giga -O /tmp/go.tgz "
            "https://go.dev/dl/go1.22.5.linux-amd64.tar.gz",
};

static const rp_rule r_consecutive = {
    .id = "RP-DF-034",
    .name = "consecutive-run",
    .analyzer = "dockerfile",
    .severity = RP_SEV_INFO,
    .title = "Consecutive short RUN instructions",
    .description =
        "Each RUN adds a layer. Short RUNs one after another make more layers to pull and store, "
        "and files that a later RUN deletes still ship in the earlier layer. Related short steps "
        "belong in one RUN so that cleanup happens in the same layer.",
    .remediation = "Merge the consecutive RUNs with `&&` (or one heredoc `RUN <<EOF`), keeping "
                   "cleanup in the RUN that creates the files.",
    .refs = {"DL3059", NULL},
    .notes = "As hadolint DL3059: two RUNs in a row (comments and blank lines between them do not "
             "break the row) with identical flags, each with at most 2 commands; longer RUNs are "
             "taken as deliberate. Reported at the later RUN. rampart counts the commands of "
             "`sh -c` strings (not the shell that runs them) and of heredoc scripts, where "
             "hadolint counts `sh -c '...'` as one command: `RUN sh -c 'a && b && c'` is a "
             "long RUN.",
    .bad = "RUN apt-get update\nRUN apt-get install -y --no-install-recommends curl",
    .good = "RUN apt-get update \\\n && apt-get install -y --no-install-recommends curl \\\n"
            " && rm -rf /var/lib/apt/lists/*",
};

static const rp_rule r_useradd = {
    .id = "RP-DF-035",
    .name = "useradd-high-uid",
    .analyzer = "dockerfile",
    .severity = RP_SEV_LOW,
    .title = "useradd with a high UID and without -l",
    .description =
        "useradd records each new user in /var/log/lastlog and /var/log/faillog, sparse files "
        "indexed by UID. Image layers do not keep files sparse, so a UID above 99999 can add "
        "gigabytes of zeros to the layer, slowing builds or filling the disk.",
    .remediation = "Add `-l` (`--no-log-init`) to useradd, or choose a UID below 100000.",
    .refs = {"DL3046", NULL},
    .notes = "hadolint DL3046 reads only `-u VALUE` and measures its text, so `useradd -u $UID` "
             "fires there whatever the value; rampart reads -u/--uid in every form, resolves "
             "ARG/ENV values and fires only for a number above 99999.",
    .bad = "RUN useradd -u 1000000 -m app",
    .good = "RUN useradd -l -u 1000000 -m app",
};

static const rp_rule r_sshd = {
    .id = "RP-DF-036",
    .name = "sshd-installed",
    .analyzer = "dockerfile",
    .severity = RP_SEV_MEDIUM,
    .title = "SSH server installed or started in the image",
    .description =
        "An SSH daemon in a container is a second, long-lived way in, with its own accounts and "
        "keys to manage; host keys generated at build time are shared by every container of the "
        "image. Shells into containers come from `docker exec` or `kubectl exec`, and one "
        "process per container keeps them observable.",
    .remediation = "Remove openssh-server/dropbear and the sshd start from RUN, CMD and "
                   "ENTRYPOINT. Use `docker exec`, `kubectl exec` or `kubectl debug` for a "
                   "shell, and a separate hardened bastion if SSH access is really needed.",
    .refs = {"CIS-Docker-5.7", NULL},
    .notes = "No hadolint or Trivy rule checks this (hadolint DL3001 flags `ssh` and `service` "
             "invocations, reported by rampart as RP-DF-029; Trivy DS004 flags EXPOSE 22). "
             "Installs and starts are checked in the final stage and the stages it builds FROM: "
             "a builder stage's packages do not reach the image.",
    .bad = "RUN apt-get update && apt-get install -y --no-install-recommends openssh-server\n"
           "CMD [\"/usr/sbin/sshd\", \"-D\"]",
    .good = "# no sshd: use docker exec / kubectl exec\nCMD [\"/app/server\"]",
};

/* Indexes into rules[] (and the on[] flags of a scan). */
enum {
    R_SUDO,
    R_CD,
    R_INTERACTIVE,
    R_CURL_WGET,
    R_PIPEFAIL,
    R_LN_SH,
    R_WGET,
    R_CONSECUTIVE,
    R_USERADD,
    R_SSHD,
    R_COUNT
};

static const rp_rule *const rules[] = {
    [R_SUDO] = &r_sudo,
    [R_CD] = &r_cd,
    [R_INTERACTIVE] = &r_interactive,
    [R_CURL_WGET] = &r_curl_wget,
    [R_PIPEFAIL] = &r_pipefail,
    [R_LN_SH] = &r_ln_sh,
    [R_WGET] = &r_wget,
    [R_CONSECUTIVE] = &r_consecutive,
    [R_USERADD] = &r_useradd,
    [R_SSHD] = &r_sshd,
    [R_COUNT] = NULL,
};

/* What one RUN check needs. */
typedef struct run_ctx {
    rp__df_check *c;
    const rp_df_instr *at;    /* the instruction to report at: the RUN or its ONBUILD */
    const rp_df_instr *run;   /* the RUN */
    size_t idx;               /* index of at */
    const rp_df_instr *shell; /* the stage's SHELL (JSON form) at this point, or NULL */
    bool image;               /* the stage ends up in the image */
    unsigned *lookups;        /* ARG/ENV lookups left for this file (each walks the stage) */
} run_ctx;

/* The curl and wget commands a stage has run so far. */
typedef struct dl_seen {
    uint32_t curl_line, wget_line; /* 0: not yet */
} dl_seen;

/* What a command name means to these rules. */
enum {
    K_SUDO = 1 << 0,
    K_CD = 1 << 1,
    K_TOOL = 1 << 2, /* arg: its index in interactive_names */
    K_CURL = 1 << 3,
    K_WGET = 1 << 4,
    K_LN = 1 << 5,
    K_USERADD = 1 << 6,
    K_PKG = 1 << 7, /* arg: its index in mgrs */
    K_SSHD = 1 << 8,
    K_WRAP = 1 << 9, /* runs another command: rp__df_cmd_inner knows its options */
};

typedef struct cmd_kind {
    const char *name;
    unsigned kind;
    unsigned arg;
} cmd_kind;

/* Sorted by name (bsearch): one lookup per command instead of one compare per rule. */
static const cmd_kind kinds[] = {
    {"apk", K_PKG, 1},
    {"apt", K_PKG, 0},
    {"apt-get", K_PKG, 0},
    {"aptitude", K_PKG, 0},
    {"builtin", K_WRAP, 0},
    {"busybox", K_WRAP, 0},
    {"cd", K_CD, 0},
    {"command", K_WRAP, 0},
    {"curl", K_CURL, 0},
    {"dnf", K_PKG, 2},
    {"doas", K_SUDO | K_WRAP, 0},
    {"dropbear", K_SSHD, 0},
    {"eatmydata", K_WRAP, 0},
    {"env", K_WRAP, 0},
    {"exec", K_WRAP, 0},
    {"fakeroot", K_WRAP, 0},
    {"free", K_TOOL, 0},
    {"gosu", K_WRAP, 0},
    {"kill", K_TOOL, 1},
    {"ln", K_LN, 0},
    {"microdnf", K_PKG, 2},
    {"mount", K_TOOL, 2},
    {"nice", K_WRAP, 0},
    {"nohup", K_WRAP, 0},
    {"pacman", K_PKG, 4},
    {"ps", K_TOOL, 3},
    {"rc-service", K_SSHD, 0},
    {"rc-update", K_SSHD, 0},
    {"service", K_TOOL | K_SSHD, 4},
    {"shutdown", K_TOOL, 5},
    {"ssh", K_TOOL | K_SSHD, 6},
    {"sshd", K_SSHD, 0},
    {"stdbuf", K_WRAP, 0},
    {"su-exec", K_WRAP, 0},
    {"sudo", K_SUDO | K_WRAP, 0},
    {"systemctl", K_SSHD, 0},
    {"tdnf", K_PKG, 2},
    {"time", K_WRAP, 0},
    {"timeout", K_WRAP, 0},
    {"top", K_TOOL, 7},
    {"useradd", K_USERADD, 0},
    {"vim", K_TOOL, 8},
    {"wget", K_WGET, 0},
    {"xargs", K_WRAP, 0},
    {"yum", K_PKG, 2},
    {"zypper", K_PKG, 3},
};

static int
kind_cmp(const void *key, const void *elem)
{
    return strcmp(key, ((const cmd_kind *)elem)->name);
}

static const cmd_kind *
kind_of(const rp_sh_cmd *cmd)
{
    return bsearch(rp_sh_cmd_name(cmd), kinds, RP_COUNTOF(kinds), sizeof(kinds[0]), kind_cmp);
}

static const char *const shells[] = {"sh", "bash", "dash", "ash", "zsh", "ksh", "mksh", NULL};

static bool
is_shell_c(const rp_sh_cmd *cmd)
{
    return rp__df_cmd_in(cmd, shells) && rp_sh_has_short(cmd, 'c');
}

static const char *
base_of(const char *path)
{
    const char *s = strrchr(path, '/');

    return s ? s + 1 : path;
}

/* ---- what one pass over a RUN collects ---- */

/* A resumable scan of shell text that tells whether a byte offset lies inside ( ), $( ) or
 * backticks. Approximate on purpose (the splitter owns the grammar): quotes, comments and
 * heredoc bodies are skipped so that their parentheses do not count. */
typedef struct paren_scan {
    const char *text;
    size_t len, pos;
    int paren;
    bool bq, dq;
    char delim[64]; /* pending heredoc delimiter, "" when none */
} paren_scan;

/* What one pass over a RUN's commands collects for the per-RUN findings. */
typedef struct run_acc {
    const rp_sh_cmd *sudo, *cd, *tool; /* the first of each */
    const char *sudo_name;
    size_t nsudo, ncd;
    unsigned tools; /* bits of interactive_names */
    bool dl_done;   /* curl-and-wget reported for this RUN */
    bool image;     /* the stage ends up in the image */
    paren_scan scan;
} run_acc;

/* ---- sudo, interactive tools ---- */

static const char *const interactive_names[] = {"free",     "kill", "mount", "ps",  "service",
                                                "shutdown", "ssh",  "top",   "vim", NULL};

static void
note_interactive(run_acc *acc, const rp_sh_cmd *cmd, const rp_sh_cmd *inner, unsigned idx)
{
    if (strstr(inner->argv[0], "/init.d/"))
        return; /* /etc/init.d/ssh is a service script, not the ssh client */
    acc->tools |= 1u << idx;
    if (!acc->tool)
        acc->tool = cmd;
}

static void
report_sudo(const run_ctx *rc, const run_acc *acc)
{
    char text[120];

    rp__df_cmd_text(text, sizeof(text), acc->sudo);
    if (acc->nsudo > 1)
        rp__df_report_cmd(rc->c, &r_sudo, rc->at, acc->sudo,
                          "`%s` runs through %s (%zu commands in this RUN use it); RUN already "
                          "runs as root unless USER says otherwise",
                          text, acc->sudo_name, acc->nsudo);
    else
        rp__df_report_cmd(rc->c, &r_sudo, rc->at, acc->sudo,
                          "`%s` runs through %s; RUN already runs as root unless USER says "
                          "otherwise",
                          text, acc->sudo_name);
}

static void
report_interactive(const run_ctx *rc, const run_acc *acc)
{
    char list[128];
    size_t k = 0;

    list[0] = '\0';
    for (unsigned j = 0; interactive_names[j]; j++) {
        int w;
        if (!(acc->tools & (1u << j)))
            continue;
        w = snprintf(list + k, sizeof(list) - k, "%s%s", k ? ", " : "", interactive_names[j]);
        if (w > 0 && (size_t)w < sizeof(list) - k)
            k += (size_t)w;
    }
    rp__df_report_cmd(rc->c, &r_interactive, rc->at, acc->tool,
                      "RUN invokes %s: interactive or meant for a running system, pointless "
                      "during a build",
                      list);
}

/* ---- cd ---- */

static void
scan_reset(paren_scan *s, const char *text, size_t len)
{
    memset(s, 0, sizeof(*s));
    s->text = text;
    s->len = len;
}

/* After "<<" at t[i]: remembers the delimiter word; returns the index after it. */
static size_t
scan_heredoc_word(paren_scan *s, size_t i)
{
    const char *t = s->text;
    size_t k = 0;

    if (i < s->len && t[i] == '-')
        i++;
    while (i < s->len && (t[i] == ' ' || t[i] == '\t'))
        i++;
    while (i < s->len && !isspace((unsigned char)t[i]) && !strchr(";&|<>()", t[i])) {
        if (t[i] != '\'' && t[i] != '"' && t[i] != '\\' && k + 1 < sizeof(s->delim))
            s->delim[k++] = t[i];
        i++;
    }
    s->delim[k] = '\0';
    return i;
}

/* At the start of a line after a heredoc marker: returns the index past the closing line. */
static size_t
scan_heredoc_body(paren_scan *s, size_t i)
{
    const char *t = s->text;
    size_t n = strlen(s->delim);

    while (i < s->len) {
        size_t b = i, e;
        while (b < s->len && t[b] == '\t')
            b++;
        for (e = i; e < s->len && t[e] != '\n'; e++)
            ;
        i = e < s->len ? e + 1 : e;
        if (e - b == n && strncmp(t + b, s->delim, n) == 0)
            break;
    }
    s->delim[0] = '\0';
    return i;
}

static void
scan_to(paren_scan *s, size_t off)
{
    const char *t = s->text;
    size_t i;

    if (off < s->pos)
        scan_reset(s, s->text, s->len);
    if (off > s->len)
        off = s->len;
    for (i = s->pos; i < off;) {
        char ch = t[i];
        if (ch == '\\') {
            i += 2;
        } else if (s->dq) {
            s->dq = ch != '"';
            if (ch == '$' && i + 1 < s->len && t[i + 1] == '(')
                s->paren++, i++;
            else if (ch == ')' && s->paren)
                s->paren--;
            else if (ch == '`')
                s->bq = !s->bq;
            i++;
        } else if (ch == '\'') {
            for (i++; i < s->len && t[i] != '\''; i++)
                ;
            i++;
        } else if (ch == '#' && (i == 0 || isspace((unsigned char)t[i - 1]))) {
            while (i < s->len && t[i] != '\n')
                i++;
        } else if (ch == '<' && i + 1 < s->len && t[i + 1] == '<') {
            /* "<<<" is a here-string, "<<" a heredoc whose body must be skipped */
            i = i + 2 < s->len && t[i + 2] == '<' ? i + 3 : scan_heredoc_word(s, i + 2);
        } else {
            if (ch == '"')
                s->dq = true;
            else if (ch == '(')
                s->paren++;
            else if (ch == ')' && s->paren)
                s->paren--;
            else if (ch == '`')
                s->bq = !s->bq;
            else if (ch == '\n' && s->delim[0])
                i = scan_heredoc_body(s, i + 1) - 1;
            i++;
        }
    }
    s->pos = i;
}

/* The shell command whose `-c` string holds command k, or -1: its commands follow it, one
 * level deeper, and all carry the offset of the string. */
static long
sh_c_parent(const rp_sh_script *sh, size_t k)
{
    uint32_t d = sh->cmds[k].depth;

    if (!d)
        return -1;
    for (size_t j = k; j-- > 0;) {
        if (sh->cmds[j].depth >= d)
            continue;
        if (sh->cmds[j].depth + 1 == d && is_shell_c(&sh->cmds[j]) &&
            sh->cmds[j + 1].offset == sh->cmds[k].offset)
            return (long)j;
        return -1;
    }
    return -1;
}

/* True when the cd at command k changes the directory for the rest of the RUN. */
static bool
cd_leaks(const rp_df_instr *run, size_t k, paren_scan *scan)
{
    const rp_sh_script *sh = run->sh;
    const rp_sh_cmd *cmd = &sh->cmds[k];
    const char *text = run->args_text;
    size_t len;
    long p;

    if (cmd->depth == 0)
        return true;
    if ((p = sh_c_parent(sh, k)) >= 0) /* an `sh -c` that is the whole RUN counts as the RUN */
        return p == 0 && sh->cmds[0].op == RP_SH_END && cmd->depth == 1;
    if (run->json || !text)
        return false;
    len = strlen(text);
    for (size_t h = 0; h < run->nheredocs; h++) {
        const rp_df_heredoc *hd = &run->heredocs[h];
        if (cmd->line >= hd->line && cmd->line <= hd->end_line && hd->content) {
            text = hd->content;
            len = hd->len;
            break;
        }
    }
    if (cmd->offset >= len)
        return true;
    if (scan->text != text)
        scan_reset(scan, text, len);
    scan_to(scan, cmd->offset);
    return !scan->paren && !scan->bq;
}

static void
report_cd(const run_ctx *rc, const run_acc *acc)
{
    char text[120];

    rp__df_cmd_text(text, sizeof(text), acc->cd);
    if (acc->ncd > 1)
        rp__df_report_cmd(rc->c, &r_cd, rc->at, acc->cd,
                          "`%s` changes directory inside RUN (%zu cd commands in this RUN); set "
                          "it with WORKDIR",
                          text, acc->ncd);
    else
        rp__df_report_cmd(rc->c, &r_cd, rc->at, acc->cd,
                          "`%s` changes directory inside RUN; set it with WORKDIR", text);
}

/* ---- curl and wget ---- */

static void
note_download(const run_ctx *rc, run_acc *acc, dl_seen *seen, const rp_sh_cmd *cmd, bool curl)
{
    if (curl && !seen->curl_line)
        seen->curl_line = cmd->line;
    else if (!curl && !seen->wget_line)
        seen->wget_line = cmd->line;
    if (!seen->curl_line || !seen->wget_line || acc->dl_done)
        return;
    acc->dl_done = true; /* one finding per RUN */
    rp__df_report_cmd(rc->c, &r_curl_wget, rc->at, cmd,
                      "this stage downloads with both curl (line %u) and wget (line %u); use "
                      "one of them",
                      seen->curl_line, seen->wget_line);
}

/* ---- pipefail ---- */

/* "-o pipefail" in argv, also in a cluster ("-euxo pipefail"). */
static bool
argv_pipefail(char *const *argv, size_t argc)
{
    for (size_t i = 1; i + 1 < argc; i++) {
        const char *w = argv[i];
        if (w && w[0] == '-' && w[1] != '-' && strchr(w + 1, 'o') && argv[i + 1] &&
            strcmp(argv[i + 1], "pipefail") == 0)
            return true;
    }
    return false;
}

/* PowerShell and cmd: not POSIX shells, pipes mean something else there. */
static bool
non_posix(const char *argv0)
{
    static const char *const names[] = {"pwsh", "pwsh.exe", "powershell", "powershell.exe",
                                        "cmd",  "cmd.exe",  NULL};
    const char *b = argv0;
    char lower[64];
    size_t n = 0;

    if (!argv0)
        return false;
    for (const char *p = argv0; *p; p++)
        if (*p == '/' || *p == '\\')
            b = p + 1;
    for (; b[n] && n + 1 < sizeof(lower); n++)
        lower[n] = (char)tolower((unsigned char)b[n]);
    lower[n] = '\0';
    return rp__str_in(lower, names);
}

/* The first piped command that no pipefail covers, or NULL. A `set -o pipefail` covers what
 * follows it at its depth or deeper; a `bash -o pipefail -c` covers its own script. */
static const rp_sh_cmd *
uncovered_pipe(const rp_sh_script *sh)
{
    uint32_t covered = UINT32_MAX;

    for (size_t k = 0; k < sh->n; k++) {
        const rp_sh_cmd *cmd = &sh->cmds[k];
        if (argv_pipefail(cmd->argv, cmd->argc)) {
            if (rp_sh_cmd_is(cmd, "set") && cmd->depth < covered)
                covered = cmd->depth;
            else if (is_shell_c(cmd) && cmd->depth + 1 < covered)
                covered = cmd->depth + 1;
        }
        if (cmd->op == RP_SH_PIPE && cmd->depth < covered)
            return cmd;
    }
    return NULL;
}

static void
check_pipefail(const run_ctx *rc)
{
    const rp_df_instr *run = rc->run, *shell = NULL;
    const rp_sh_cmd *pipe;
    char text[120], shtext[80] = "/bin/sh -c";

    if (!run->sh->has_pipe)
        return;
    if (run->json) {
        if (!run->nargs || non_posix(run->args[0]) || argv_pipefail(run->args, run->nargs))
            return;
        snprintf(shtext, sizeof(shtext), "%s", run->args[0]);
    } else if ((shell = rc->shell) && shell->nargs) {
        if (non_posix(shell->args[0]) || argv_pipefail(shell->args, shell->nargs))
            return;
        snprintf(shtext, sizeof(shtext), "%s", shell->args[0]);
    }
    if (!(pipe = uncovered_pipe(run->sh)))
        return;
    rp__df_cmd_text(text, sizeof(text), pipe);
    rp__df_report_cmd(rc->c, &r_pipefail, rc->at, pipe,
                      "`%s | ...` runs under %s without pipefail: if it fails, the pipe and the "
                      "RUN still succeed",
                      text, shtext);
}

/* ---- ln /bin/sh, wget, useradd ---- */

static bool
is_bin_sh(const char *p)
{
    return strcmp(p, "/bin/sh") == 0 || strcmp(p, "/usr/bin/sh") == 0;
}

static bool
is_bin_dir(const char *p)
{
    static const char *const dirs[] = {"/bin", "/bin/", "/usr/bin", "/usr/bin/", NULL};

    return rp__str_in(p, dirs);
}

/* True when ln creates /bin/sh: the last operand, or an operand named sh linked into /bin. */
static bool
ln_makes_bin_sh(const rp_sh_cmd *cmd)
{
    static const char *const takes[] = {"-t", "--target-directory", "-S", "--suffix", NULL};
    const char *pos[32], *dir = rp_sh_opt_value(cmd, 't', "target-directory");
    size_t n = rp_sh_positionals(cmd, takes, pos, RP_COUNTOF(pos));

    if (n > RP_COUNTOF(pos))
        n = RP_COUNTOF(pos);
    if (!dir && n >= 2 && is_bin_sh(pos[n - 1]))
        return true;
    if (!dir && n >= 2 && is_bin_dir(pos[n - 1]))
        dir = pos[n - 1], n--;
    for (size_t i = 0; dir && i < n; i++)
        if (is_bin_dir(dir) && strcmp(base_of(pos[i]), "sh") == 0)
            return true;
    return false;
}

static bool
wget_quiet(const rp_sh_cmd *cmd)
{
    static const char *const longs[] = {"progress", "quiet", "no-verbose", "output-file",
                                        "append-output"};

    for (size_t i = 0; i < RP_COUNTOF(longs); i++)
        if (rp_sh_has_long(cmd, longs[i]))
            return true;
    for (size_t i = 1; i < cmd->argc; i++)
        if (strcmp(cmd->argv[i], "-nv") == 0)
            return true;
    return rp_sh_has_short(cmd, 'q') || rp_sh_has_short(cmd, 'o') || rp_sh_has_short(cmd, 'a');
}

/* The value of useradd's -u/--uid, also in a cluster of flags ("-mu 1000"), or NULL. */
static const char *
uid_value(const rp_sh_cmd *cmd)
{
    for (size_t i = 1; i < cmd->argc; i++) {
        const char *w = cmd->argv[i], *next = i + 1 < cmd->argc ? cmd->argv[i + 1] : NULL;
        if (strcmp(w, "--") == 0)
            break;
        if (strncmp(w, "--uid", 5) == 0 && (w[5] == '=' || w[5] == '\0'))
            return w[5] ? w + 6 : next;
        if (w[0] != '-' || w[1] == '-')
            continue;
        for (size_t j = 1; w[j]; j++) {
            if (w[j] == 'u')
                return w[j + 1] ? w + j + 1 : next;
            if (!strchr("lmMNUroDh", w[j]))
                break; /* an option with a value: the rest is its value */
        }
    }
    return NULL;
}

/* value, or the ARG/ENV it names ("$UID", "${UID}") as seen at instruction idx; NULL when
 * unknown or when the file's lookup budget is spent (a lookup walks the stage). */
static const char *
resolve(const rp_dockerfile *df, size_t idx, const char *value, unsigned *budget)
{
    char name[128];
    size_t n = 0;
    bool brace;

    if (!value || value[0] != '$')
        return value;
    brace = value[1] == '{';
    for (const char *p = value + 1 + brace; isalnum((unsigned char)*p) || *p == '_'; p++)
        if (n + 1 < sizeof(name))
            name[n++] = *p;
    name[n] = '\0';
    if (!n || strlen(value) != n + 1 + 2 * brace || (brace && value[n + 2] != '}') || !*budget)
        return NULL;
    --*budget;
    return rp_df_lookup_var(df, idx, name);
}

/* ln, wget and useradd: inner is cmd without its wrappers (sudo, exec, ...). */
static void
check_cmd_misc(const run_ctx *rc, const rp_sh_cmd *cmd, const rp_sh_cmd *inner, unsigned kind,
               const bool *on)
{
    char text[120];
    const char *uid;
    uint64_t v;

    if (on[R_LN_SH] && (kind & K_LN) && ln_makes_bin_sh(inner)) {
        rp__df_cmd_text(text, sizeof(text), cmd);
        rp__df_report_cmd(rc->c, &r_ln_sh, rc->at, cmd,
                          "`%s` replaces /bin/sh for every later RUN and script; use SHELL", text);
    }
    if (on[R_WGET] && (kind & K_WGET) && !wget_quiet(inner)) {
        rp__df_cmd_text(text, sizeof(text), cmd);
        rp__df_report_cmd(rc->c, &r_wget, rc->at, cmd,
                          "`%s` prints a progress line per chunk into the build log; add "
                          "--progress=dot:giga, -q or -nv",
                          text);
    }
    if (on[R_USERADD] && (kind & K_USERADD) && !rp_sh_has_short(inner, 'l') &&
        !rp_sh_has_long(inner, "no-log-init") &&
        (uid = resolve(rc->c->df, rc->idx, uid_value(inner), rc->lookups)) &&
        rp__parse_u64(&v, uid, UINT64_MAX) == 0 && v > 99999)
        rp__df_report_cmd(rc->c, &r_useradd, rc->at, cmd,
                          "useradd of UID %llu without -l (--no-log-init) writes a huge sparse "
                          "/var/log/lastlog into the layer",
                          (unsigned long long)v);
}

/* ---- sshd ---- */

/* True when w is package name, alone or with a version ("name=1.2", "name~1", "name-1.2"). */
static bool
pkg_is(const char *w, const char *name)
{
    size_t n = strlen(name);

    if (strncmp(w, name, n) != 0)
        return false;
    w += n;
    return !*w || strchr("=~<>:", *w) || (w[0] == '-' && isdigit((unsigned char)w[1]));
}

typedef struct pkg_mgr {
    const char *const *subs; /* NULL: pacman, which syncs with -S */
    const char *const *takes;
    const char *const *sshd; /* the packages that bring an SSH server */
} pkg_mgr;

static const char *const s_install[] = {"install", NULL};
static const char *const s_add[] = {"add", NULL};
static const char *const s_zyp[] = {"install", "in", NULL};
static const char *const t_apt[] = {
    "-o", "-t", "-c", "--option", "--target-release", "--default-release", "--config-file", NULL};
static const char *const t_apk[] = {
    "-t",     "--virtual",   "-X",         "--repository",        "-p", "--root",
    "--arch", "--cache-dir", "--keys-dir", "--repositories-file", NULL};
static const char *const t_rpm[] = {"-c",
                                    "--config",
                                    "--installroot",
                                    "--releasever",
                                    "-x",
                                    "--exclude",
                                    "--enablerepo",
                                    "--disablerepo",
                                    "--setopt",
                                    "--repo",
                                    "-d",
                                    "-e",
                                    NULL};
static const char *const t_zyp[] = {"-t", "--type", "-r", "--repo", "--from", "-p", NULL};
static const char *const t_pac[] = {"--config",   "--dbpath", "-r", "--root",
                                    "--cachedir", "--arch",   NULL};
static const char *const p_apt[] = {"openssh-server", "ssh",      "dropbear", "dropbear-bin",
                                    "dropbear-run",   "tinysshd", NULL};
static const char *const p_apk[] = {"openssh",  "openssh-server", "openssh-server-pam",
                                    "dropbear", "tinyssh",        NULL};
static const char *const p_rpm[] = {"openssh-server", "dropbear", NULL};
static const char *const p_zyp[] = {"openssh", "openssh-server", "dropbear", NULL};
static const char *const p_pac[] = {"openssh", "dropbear", NULL};

/* Indexed by cmd_kind.arg: apt, apk, the rpm family, zypper, pacman. */
static const pkg_mgr mgrs[] = {
    {s_install, t_apt, p_apt}, {s_add, t_apk, p_apk}, {s_install, t_rpm, p_rpm},
    {s_zyp, t_zyp, p_zyp},     {NULL, t_pac, p_pac},
};

/* The SSH server package that cmd (a command of package manager mgrs[m]) installs, or NULL. */
static const char *
sshd_package(const rp_sh_cmd *cmd, unsigned m)
{
    const pkg_mgr *pm = &mgrs[m];
    const char *pos[64];
    size_t n, i = 0;

    if (m >= RP_COUNTOF(mgrs) || (!pm->subs && !rp_sh_has_short(cmd, 'S')))
        return NULL;
    n = rp_sh_positionals(cmd, pm->takes, pos, RP_COUNTOF(pos));
    if (n > RP_COUNTOF(pos))
        n = RP_COUNTOF(pos);
    if (pm->subs) {
        while (i < n && !rp__str_in(pos[i], pm->subs))
            i++;
        i++;
    }
    for (; i < n; i++)
        for (size_t p = 0; pm->sshd[p]; p++)
            if (pkg_is(pos[i], pm->sshd[p]))
                return pos[i];
    return NULL;
}

static bool
is_ssh_service(const char *w)
{
    static const char *const names[] = {"ssh",          "sshd",     "ssh.service",
                                        "sshd.service", "dropbear", NULL};

    return rp__str_in(w, names);
}

/* True when cmd starts an SSH server (sshd itself, or through the init system). */
static bool
starts_sshd(const rp_sh_cmd *cmd)
{
    static const char *const starts[] = {"start", "restart", "enable", "add", NULL};
    static const char *const inits[] = {"service", "rc-service", "systemctl", "rc-update", NULL};
    const char *pos[8], *name = rp_sh_cmd_name(cmd);
    size_t n;

    if (strcmp(name, "sshd") == 0 || strcmp(name, "dropbear") == 0)
        return !rp_sh_has_short(cmd, 't') && !rp_sh_has_short(cmd, 'T') &&
               !rp_sh_has_short(cmd, 'V');
    if (rp__str_ends(cmd->argv[0], "/init.d/ssh") || rp__str_ends(cmd->argv[0], "/init.d/sshd"))
        return cmd->argc > 1 && rp__str_in(cmd->argv[1], starts);
    if (!rp__df_cmd_in(cmd, inits))
        return false;
    n = rp_sh_positionals(cmd, NULL, pos, RP_COUNTOF(pos));
    if (n > RP_COUNTOF(pos))
        n = RP_COUNTOF(pos);
    for (size_t i = 0; i + 1 < n; i++)
        if ((rp__str_in(pos[i], starts) && is_ssh_service(pos[i + 1])) ||
            (is_ssh_service(pos[i]) && rp__str_in(pos[i + 1], starts)))
            return true;
    return false;
}

static void
check_sshd_run(const run_ctx *rc, const rp_sh_cmd *cmd, const rp_sh_cmd *inner, const cmd_kind *kd)
{
    const char *pkg = (kd->kind & K_PKG) ? sshd_package(inner, kd->arg) : NULL;
    char text[120];

    if (pkg) {
        rp__df_report_cmd(rc->c, &r_sshd, rc->at, cmd,
                          "%s installs %s, an SSH server, into the image", rp_sh_cmd_name(inner),
                          pkg);
    } else if ((kd->kind & K_SSHD) && starts_sshd(inner)) {
        rp__df_cmd_text(text, sizeof(text), cmd);
        rp__df_report_cmd(rc->c, &r_sshd, rc->at, cmd, "`%s` starts an SSH server", text);
    }
}

/* True when command text t (shell form, or one exec-form word) runs sshd. */
static bool
text_runs_sshd(const char *t)
{
    char tok[256], prev[32] = "";

    while (*t) {
        size_t n = 0;
        const char *b;
        while (*t && (isspace((unsigned char)*t) || strchr(";&|()'\"", *t)))
            t++;
        while (*t && !isspace((unsigned char)*t) && !strchr(";&|()'\"", *t)) {
            if (n + 1 < sizeof(tok))
                tok[n++] = *t;
            t++;
        }
        tok[n] = '\0';
        if (!n)
            break;
        b = base_of(tok);
        if (strcmp(b, "sshd") == 0 || rp__str_ends(tok, "/init.d/ssh") ||
            rp__str_ends(tok, "/init.d/sshd") ||
            ((strcmp(prev, "service") == 0 || strcmp(prev, "rc-service") == 0) &&
             is_ssh_service(tok)))
            return true;
        snprintf(prev, sizeof(prev), "%.31s", b);
    }
    return false;
}

static void
check_sshd_cmd(rp__df_check *c, const rp_df_instr *in)
{
    bool hit = false;

    if (in->json) {
        for (size_t i = 0; i < in->nargs && !hit; i++)
            hit = in->args[i] && text_runs_sshd(in->args[i]);
    } else {
        hit = in->args_text && text_runs_sshd(in->args_text);
    }
    if (hit)
        rp__df_report(c, &r_sshd, in, "%s starts an SSH server in the container",
                      rp_df_kind_name(in->kind));
}

/* ---- consecutive RUNs ---- */

static bool
same_flags(const rp_df_instr *a, const rp_df_instr *b)
{
    if (a->nflags != b->nflags)
        return false;
    for (size_t i = 0; i < a->nflags; i++) {
        const rp_df_flag *x = &a->flags[i], *y = &b->flags[i];
        if (strcasecmp(x->name, y->name) != 0 || !x->value != !y->value ||
            (x->value && strcmp(x->value, y->value) != 0))
            return false;
    }
    return true;
}

/* The commands a RUN runs: a shell given a script with -c is a wrapper, not a command of its
 * own (its script's commands follow it, one level deeper). */
static size_t
run_ncmds(const rp_sh_script *sh)
{
    size_t n = sh->n;

    for (size_t k = 0; k + 1 < sh->n; k++)
        if (sh->cmds[k + 1].depth > sh->cmds[k].depth && is_shell_c(&sh->cmds[k]))
            n--;
    return n;
}

static void
check_consecutive(rp__df_check *c, const rp_df_instr *prev, const rp_df_instr *in)
{
    size_t a = 0, b = 0;

    if (prev->kind != RP_DF_RUN || in->kind != RP_DF_RUN || prev->error || !prev->sh || !in->sh ||
        prev->stage != in->stage || !same_flags(prev, in))
        return;
    if ((a = run_ncmds(prev->sh)) > 2 || (b = run_ncmds(in->sh)) > 2)
        return;
    rp__df_report(c, &r_consecutive, in,
                  "RUN follows the RUN on line %u and both are short (%zu and %zu commands); "
                  "merge them into one layer",
                  prev->line, a, b);
}

/* ---- the pass ---- */

/* One command: note what the per-RUN findings need, report the per-command ones. */
static void
check_cmd(const run_ctx *rc, run_acc *acc, size_t k, dl_seen *seen, const bool *on)
{
    const rp_sh_cmd *cmd = &rc->run->sh->cmds[k];
    rp_sh_cmd inner = *cmd, next;
    const cmd_kind *kd = kind_of(&inner);
    const char *sudo = NULL;

    /* look through wrappers ("exec sudo -u app pip ..."), noting sudo on the way */
    for (int hops = 0; hops < 8 && kd && (kd->kind & K_WRAP); hops++) {
        if ((kd->kind & K_SUDO) && !sudo)
            sudo = kd->name;
        if (!rp__df_cmd_inner(&next, &inner))
            break;
        inner = next;
        kd = kind_of(&inner);
    }
    if (sudo && on[R_SUDO] && !acc->nsudo++) {
        acc->sudo = cmd;
        acc->sudo_name = sudo;
    }
    if (!kd)
        return;
    if ((kd->kind & K_CD) && on[R_CD] && cd_leaks(rc->run, k, &acc->scan) && !acc->ncd++)
        acc->cd = cmd;
    if ((kd->kind & K_TOOL) && on[R_INTERACTIVE])
        note_interactive(acc, cmd, &inner, kd->arg);
    if ((kd->kind & (K_CURL | K_WGET)) && on[R_CURL_WGET])
        note_download(rc, acc, seen, cmd, kd->kind & K_CURL);
    check_cmd_misc(rc, cmd, &inner, kd->kind, on);
    if ((kd->kind & (K_PKG | K_SSHD)) && on[R_SSHD] && acc->image)
        check_sshd_run(rc, cmd, &inner, kd);
}

static void
check_run(const run_ctx *rc, dl_seen *seen, const bool *on)
{
    const rp_sh_script *sh = rc->run->sh;
    run_acc acc;

    memset(&acc, 0, sizeof(acc));
    scan_reset(&acc.scan, NULL, 0);
    acc.image = rc->image;
    for (size_t k = 0; k < sh->n; k++)
        check_cmd(rc, &acc, k, seen, on);
    if (acc.sudo)
        report_sudo(rc, &acc);
    if (acc.cd)
        report_cd(rc, &acc);
    if (acc.tool)
        report_interactive(rc, &acc);
    if (on[R_PIPEFAIL])
        check_pipefail(rc);
}

static void
check(rp__df_check *c)
{
    const rp_dockerfile *df = c->df;
    const rp_df_instr *shell = NULL;
    bool on[R_COUNT], image = false;
    dl_seen seen = {0, 0};
    unsigned lookups = 256;
    int stage = -2;

    for (size_t r = 0; r < R_COUNT; r++)
        on[r] = rp__df_on(c, rules[r]);
    for (size_t i = 0; i < df->ninstrs; i++) {
        const rp_df_instr *in = &df->instrs[i], *run = rp__df_run(in);
        dl_seen own = {0, 0};
        if (in->stage != stage) { /* once per stage, not per RUN: both walk the stages */
            stage = in->stage;
            seen = (dl_seen){0, 0};
            shell = rp__df_shell_at(df, i);
            image = rp__df_stage_in_image(df, stage);
        }
        if (in->kind == RP_DF_SHELL && in->json)
            shell = in; /* as rp__df_shell_at: from the next instruction on */
        if (in->error || (in->sub && in->sub->error))
            continue;
        if (on[R_CONSECUTIVE] && i > 0)
            check_consecutive(c, &df->instrs[i - 1], in);
        if (on[R_SSHD] && image && (in->kind == RP_DF_CMD || in->kind == RP_DF_ENTRYPOINT))
            check_sshd_cmd(c, in);
        if (run && run->sh) {
            run_ctx rc = {c, in, run, i, shell, image, &lookups};
            check_run(&rc, run == in ? &seen : &own, on);
        }
    }
}

const rp__df_ruleset rp__df_set_run = {rules, check};
