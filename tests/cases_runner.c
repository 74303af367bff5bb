/* Golden cases: tests/cases/<RULE-ID>/ holds inputs named fire* (must produce findings of
 * that rule) and pass* (must produce none), and `expected`: one "file:line" per finding of
 * the rule in the fire inputs. An optional config.yaml is loaded first (for rules that need
 * configuration); the rule itself is always enabled. Every catalogue rule must have a case. */
#include <dirent.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "rampart/rampart.h"

static const char *cases_dir;

static char *
read_all(const char *path, size_t *len)
{
    rp_buf b = RP_BUF_INIT;
    rp_ctx ctx;

    if (rp_buf_read_file(&b, &ctx, path, 64u << 20)) {
        rp_buf_dispose(&b);
        return NULL;
    }
    *len = b.len;
    return rp_buf_detach(&b);
}

static int
cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The files of dir, sorted, without . entries. */
static size_t
list_dir(const char *dir, char ***out)
{
    DIR *d = opendir(dir);
    struct dirent *e;
    size_t n = 0;
    char **names = NULL;

    *out = NULL;
    if (!d)
        return 0;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.')
            continue;
        names = realloc(names, (n + 1) * sizeof(*names));
        names[n++] = strdup(e->d_name);
    }
    closedir(d);
    if (n)
        qsort(names, n, sizeof(*names), cmp_str);
    *out = names;
    return n;
}

static void
free_list(char **names, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(names[i]);
    free(names);
}

/* Kind of a case input: by name as rampart scan detects it, else by extension. */
static const char *
kind_of(const char *name)
{
    const char *k = rp_scan_detect(name);
    size_t n = strlen(name);

    if (k)
        return k;
    /* secrets cases are plain text: any content, any name */
    if (n > 4 && strcmp(name + n - 4, ".txt") == 0)
        return "secrets";
    return "dockerfile";
}

static void
run_case(void **state)
{
    const char *rule_id = *state;
    const rp_rule *rule = rp_rules_find(rule_id);
    char dir[4096], path[4096 + 256], **files;
    size_t nfiles, nfire = 0, npass = 0;
    char *expected, *got;
    size_t elen = 0, glen = 0, gcap = 4096;
    rp_config cfg;
    rp_ctx ctx;
    rp_report *r;
    rp_scan_opts opts;

    assert_non_null(rule);
    snprintf(dir, sizeof(dir), "%s/%s", cases_dir, rule_id);
    assert_int_equal(rp_config_init(&cfg), 0);
    snprintf(path, sizeof(path), "%s/config.yaml", dir);
    if (access(path, R_OK) == 0 && rp_config_load_file(&cfg, &ctx, path) != 0)
        fail_msg("%s: %s", path, ctx.msg);
    assert_int_equal(rp_config_rule_enable(&cfg, &ctx, rule->id, true), 0);
    cfg.path = NULL; /* ignore paths in config.yaml are relative to the case folder */
    opts.cfg = &cfg;
    opts.mode = RP_SCAN_ALL;
    assert_int_equal(rp_report_new(&r), 0);

    nfiles = list_dir(dir, &files);
    got = calloc(1, gcap);
    for (size_t i = 0; i < nfiles; i++) {
        bool fire = strncmp(files[i], "fire", 4) == 0, pass = strncmp(files[i], "pass", 4) == 0;
        size_t len, first = r->nfindings;
        char *buf;
        if (!fire && !pass)
            continue;
        nfire += fire;
        npass += pass;
        snprintf(path, sizeof(path), "%s/%s", dir, files[i]);
        assert_non_null(buf = read_all(path, &len));
        assert_int_equal(rp_scan_buffer(r, files[i], kind_of(files[i]), buf, len, &opts), 0);
        for (size_t k = first; k < r->nfindings; k++) {
            const rp_finding *f = &r->findings[k];
            char line[512];
            if (f->rule != rule || f->suppressed)
                continue;
            if (pass)
                fail_msg("%s/%s:%u: %s fired on a pass input: %s", rule_id, files[i],
                         f->loc.line, rule_id, f->message);
            snprintf(line, sizeof(line), "%s:%u\n", files[i], f->loc.line);
            if (glen + strlen(line) + 1 > gcap)
                got = realloc(got, gcap *= 2);
            memcpy(got + glen, line, strlen(line) + 1);
            glen += strlen(line);
        }
        free(buf);
    }
    if (!nfire || !npass)
        fail_msg("%s: a case needs at least one fire* and one pass* input", rule_id);
    snprintf(path, sizeof(path), "%s/expected", dir);
    if (!(expected = read_all(path, &elen)))
        fail_msg("%s: missing %s", rule_id, path);
    /* compare as sorted line sets */
    {
        char *a[4096], *b[4096];
        size_t na = 0, nb = 0;
        for (char *s = strtok(expected, "\n"); s && na < 4096; s = strtok(NULL, "\n"))
            if (*s && *s != '#')
                a[na++] = s;
        for (char *s = strtok(got, "\n"); s && nb < 4096; s = strtok(NULL, "\n"))
            b[nb++] = s;
        if (na)
            qsort(a, na, sizeof(*a), cmp_str);
        if (nb)
            qsort(b, nb, sizeof(*b), cmp_str);
        for (size_t i = 0; i < na || i < nb; i++) {
            if (i >= na || i >= nb || strcmp(a[i], b[i]) != 0) {
                fprintf(stderr, "%s: expected:\n", rule_id);
                for (size_t k = 0; k < na; k++)
                    fprintf(stderr, "  %s\n", a[k]);
                fprintf(stderr, "%s: got:\n", rule_id);
                for (size_t k = 0; k < nb; k++)
                    fprintf(stderr, "  %s\n", b[k]);
                fail_msg("%s: findings differ from %s/expected", rule_id, rule_id);
            }
        }
    }
    free(expected);
    free(got);
    free_list(files, nfiles);
    rp_report_free(r);
    rp_config_dispose(&cfg);
}

/* Every rule of the catalogue has a case folder. */
static void
every_rule_has_a_case(void **state)
{
    size_t n = rp_rules_count(), missing = 0;

    (void)state;
    for (size_t i = 0; i < n; i++) {
        char dir[4096];
        struct stat st;
        snprintf(dir, sizeof(dir), "%s/%s", cases_dir, rp_rules_at(i)->id);
        if (stat(dir, &st) != 0) {
            fprintf(stderr, "no golden case for %s (%s)\n", rp_rules_at(i)->id, dir);
            missing++;
        }
    }
    assert_int_equal(missing, 0);
}

int
main(int argc, char **argv)
{
    char **dirs;
    size_t n;
    struct CMUnitTest *tests;
    int rc;

    cases_dir = argc > 1 ? argv[1] : "tests/cases";
    n = list_dir(cases_dir, &dirs);
    tests = calloc(n + 1, sizeof(*tests));
    for (size_t i = 0; i < n; i++) {
        tests[i].name = dirs[i];
        tests[i].test_func = run_case;
        tests[i].initial_state = dirs[i];
    }
    tests[n].name = "every_rule_has_a_case";
    tests[n].test_func = every_rule_has_a_case;
    rc = _cmocka_run_group_tests("cases", tests, n + 1, NULL, NULL);
    free(tests);
    free_list(dirs, n);
    return rc;
}
