/* Default caps on untrusted input. Keep docs/internals/core.md in step. */
#include <string.h>

#include "rampart/common.h"

void
rp_limits_default(rp_limits *out)
{
    memset(out, 0, sizeof(*out));
    out->max_file_bytes = 64u << 20;
    out->max_line_bytes = 1u << 20;
    out->max_instructions = 10000;
    out->max_heredocs = 64;
    out->max_expansion_bytes = 64u << 10;
    out->max_shell_depth = 32;
    out->max_shell_commands = 10000;
    out->max_doc_depth = 128;
    out->max_doc_nodes = 16000000;
    out->max_alias_nodes = 100000;
    out->max_scalar_bytes = 4u << 20;
    out->max_documents = 100000;
    out->max_dir_depth = 64;
    out->max_files = 1000000;
    out->max_findings = 100000;
    out->max_k8s_objects = 1000000;
}
