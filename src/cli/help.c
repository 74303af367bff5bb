/* --help texts. docs/rampart.1 says the same; change both together. */
#include "cli/cli.h"

const char help_main[] =
    "rampart - audit and guard container workloads\n"
    "\n"
    "Usage: rampart COMMAND [OPTIONS] [ARGS]\n"
    "\n"
    "Commands:\n"
    "  scan PATH...        scan files and directories with every analyzer that knows them\n"
    "  dockerfile FILE...  lint Dockerfiles (any file name; - reads stdin)\n"
    "  k8s PATH...         check Kubernetes manifests: Pod Security Standards and hardening\n"
    "  compose [FILE...]   check Docker Compose files against CIS Docker Benchmark section 5\n"
    "  rules [ID...]       list the rule catalogue, or explain rules (ids, names or peer ids)\n"
    "  config [PATH]       print the effective configuration and where each value comes from\n"
    "  version             print the version\n"
    "  help COMMAND        the options of a command (also: rampart COMMAND --help)\n"
    "\n"
    "Exit codes: 0 clean, 1 findings at or above the gate, 2 usage or configuration error,\n"
    "3 runtime error (unreadable file, parse error, limit hit).\n"
    "Results go to stdout; logs and progress to stderr. See rampart(1).\n";

#define SCAN_OPTIONS                                                                            \
    "Output:\n"                                                                                 \
    "  -f, --format FMT         table (default), json, sarif or junit\n"                        \
    "  -o, --output FILE        write the report to FILE instead of stdout\n"                   \
    "      --no-color           no colours in the table (also NO_COLOR=1; never on a non-TTY)\n" \
    "  -q, --quiet              no warnings or progress on stderr, only errors\n"               \
    "      --log-level LEVEL    error, warn (default), info or debug\n"                         \
    "\n"                                                                                        \
    "Gates and filters:\n"                                                                      \
    "  -s, --severity LIST      report only these severities, e.g. high,critical\n"             \
    "      --fail-on SEVERITY   exit 1 when a finding is at or above SEVERITY (default: info,\n" \
    "                           i.e. any finding)\n"                                            \
    "      --exit-code N        exit code when the gate trips (default 1; 0 never fails);\n"    \
    "                           errors still exit 3 and usage errors 2\n"                       \
    "\n"                                                                                        \
    "Rules and suppression:\n"                                                                  \
    "  -c, --config FILE        configuration file (default: .rampart.yaml in the scanned\n"    \
    "                           directory, else in the current one; or RAMPART_CONFIG)\n"       \
    "      --enable RULE        turn a rule on (ids, names or peer ids such as DL3008)\n"       \
    "      --disable RULE       turn a rule off (alias: --ignore, as hadolint)\n"               \
    "      --trusted-registry R only allow base images from R (repeatable; DL3026)\n"           \
    "      --no-inline-ignores  ignore rampart:ignore= (and hadolint/trivy/checkov) pragmas\n" \
    "      --show-suppressed    list suppressed findings too, marked with the reason\n"         \
    "      --baseline FILE      hide findings whose fingerprint is in an earlier JSON report\n" \
    "\n"                                                                                        \
    "Walking:\n"                                                                                \
    "      --skip-dirs LIST     comma-separated gitignore-style patterns of directories\n"      \
    "      --skip-files LIST    comma-separated gitignore-style patterns of files\n"            \
    "  -j, --jobs N             files scanned in parallel (default: one per CPU)\n"             \
    "\n"                                                                                        \
    "Kubernetes:\n"                                                                             \
    "      --pss-version V      Pod Security Standards version (v1.30; default latest); a\n"   \
    "                           namespace's enforce-version label wins for its workloads\n"    \
    "\n"                                                                                        \
    "Environment: RAMPART_FORMAT, RAMPART_OUTPUT, RAMPART_SEVERITY, RAMPART_FAIL_ON,\n"         \
    "RAMPART_EXIT_CODE, RAMPART_NO_INLINE_IGNORES, RAMPART_SHOW_SUPPRESSED, RAMPART_BASELINE,\n" \
    "RAMPART_SKIP_DIRS, RAMPART_SKIP_FILES, RAMPART_LOG_LEVEL, RAMPART_QUIET, RAMPART_JOBS,\n"  \
    "RAMPART_TRUSTED_REGISTRIES, RAMPART_PSS_VERSION, RAMPART_CONFIG. Flags beat the\n"      \
    "environment, which beats the configuration file.\n"

const char help_scan[] =
    "Usage: rampart scan [OPTIONS] [PATH...]\n"
    "\n"
    "Scans files and directories (default: .) with every analyzer that recognises a file:\n"
    "Dockerfiles (Dockerfile, Containerfile, *.Dockerfile, Dockerfile.*), Compose files\n"
    "(compose.yaml, docker-compose.yml, compose.*.yaml, docker-compose.*.yml, *.compose.yaml;\n"
    ".yml or .yaml) and Kubernetes manifests (other *.yaml, *.yml, *.json holding Kubernetes\n"
    "objects). Directories are walked recursively; .git is skipped; symlinks never lead out\n"
    "of the scanned directory.\n"
    "\n" SCAN_OPTIONS;

const char help_k8s[] =
    "Usage: rampart k8s [OPTIONS] PATH...\n"
    "\n"
    "Checks Kubernetes manifests: YAML and JSON files, multi-document streams, List kinds and\n"
    "kubectl get -o json|yaml output; - reads stdin; directories are walked for *.yaml, *.yml\n"
    "and *.json (files holding no Kubernetes object are skipped; Helm templates are reported\n"
    "as needing rendering). Every workload's pod template is checked against the Pod Security\n"
    "Standards (restricted, or what its namespace enforces) and hardening rules.\n"
    "\n" SCAN_OPTIONS;

const char help_compose[] =
    "Usage: rampart compose [OPTIONS] [FILE...]\n"
    "\n"
    "Checks Docker Compose files against CIS Docker Benchmark section 5: privileged services,\n"
    "capabilities, host namespaces, the Docker socket and system directories mounted,\n"
    "seccomp/AppArmor/SELinux turned off, no-new-privileges, secrets in environment, root\n"
    "users, unpinned images, published ports, devices, read-only root filesystems, memory\n"
    "and PIDs limits, restart policies. Every file named is read as a compose file whatever\n"
    "its name; - reads stdin; a directory is walked for compose file names. Without FILE,\n"
    "the file docker compose would read here (compose.yaml, compose.yml, docker-compose.yml,\n"
    "docker-compose.yaml) and its override file. Both syntaxes of every field are read;\n"
    "${VAR:-default} takes its default and a variable without one is never judged. Each\n"
    "finding names the service (service/NAME), the field (services.NAME.FIELD) and its line.\n"
    "\n" SCAN_OPTIONS;

const char help_dockerfile[] =
    "Usage: rampart dockerfile [OPTIONS] [FILE...]\n"
    "\n"
    "Lints Dockerfiles: every file named is read as a Dockerfile whatever its name; - reads\n"
    "stdin; a directory is walked for Dockerfile names. Without FILE, ./Dockerfile.\n"
    "\n" SCAN_OPTIONS;

const char help_rules[] =
    "Usage: rampart rules [--format table|json|markdown] [ID...]\n"
    "       rampart rules --docs-dir DIR\n"
    "\n"
    "Without ID, lists every rule: id, severity, name, title and the peers' ids (hadolint\n"
    "DLxxxx, Trivy AVD-DS-xxxx, Dockle CIS-DI-xxxx/DKL-xx-xxxx, Checkov CKV_xxx, KICS\n"
    "kics:UUID, Semgrep rule ids, CIS Docker Benchmark). With IDs (rule ids, names or peer\n"
    "ids such as DL3008), explains those rules.\n"
    "\n"
    "  -f, --format FMT   table (default), json or markdown\n"
    "      --docs-dir DIR write one markdown page per rule, and an index, into DIR\n";

const char help_config[] =
    "Usage: rampart config [OPTIONS] [PATH]\n"
    "\n"
    "Prints the effective configuration for a scan of PATH (default: .) as YAML, with the\n"
    "source of each value: flag, environment, config file or default. Takes the same options\n"
    "as rampart scan.\n";

const char help_version[] = "Usage: rampart version\n\nPrints the version and the number of "
                            "rules.\n";
