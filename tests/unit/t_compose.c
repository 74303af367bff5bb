/* Compose files: names, interpolation, both syntaxes of ports, volumes and environment, the
 * services of a file, and the analyzer on a hardened file and on a secret. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>

#include <cmocka.h>

#include "rampart/rampart.h"

static rp_compose_file *
load(const char *src)
{
    rp_compose_file *f = NULL;
    rp_ctx ctx;

    assert_int_equal(rp_compose_parse(&f, &ctx, "compose.yaml", src, strlen(src), NULL), 0);
    return f;
}

static const char *
interp(rp_arena *a, const char *s)
{
    const char *out = rp_compose_interpolate(a, s, strlen(s));

    assert_non_null(out);
    return out;
}

static void
t_names_are_recognised(void **state)
{
    static const char *const yes[] = {"compose.yaml",
                                      "compose.yml",
                                      "docker-compose.yml",
                                      "docker-compose.yaml",
                                      "docker-compose.prod.yml",
                                      "compose.override.yaml",
                                      "api.compose.yaml",
                                      "dir/sub/Docker-Compose.YML",
                                      NULL};
    static const char *const no[] = {
        "compose.json",           "compose.",    "composer.yaml",    ".compose.yaml",
        "docker-compose-dev.yml", "deploy.yaml", "compose.yaml.bak", NULL};

    for (size_t i = 0; yes[i]; i++) {
        assert_true(rp_compose_filename(yes[i]));
        assert_string_equal(rp_scan_detect(yes[i]), "compose");
    }
    for (size_t i = 0; no[i]; i++)
        assert_false(rp_compose_filename(no[i]));
    assert_string_equal(rp_scan_detect("deploy.yaml"), "kubernetes");
    assert_null(rp_scan_detect(".compose.yaml"));
}

static void
t_stdin_is_sniffed(void **state)
{
    const char *compose = "# app\nservices:\n  web:\n    image: nginx:1.27\n";
    const char *manifest = "apiVersion: v1\nkind: Pod\nmetadata: {name: services}\n";
    const char *both = "services: {}\nkind: Config\n";

    assert_true(rp_compose_sniff(compose, strlen(compose)));
    assert_false(rp_compose_sniff(manifest, strlen(manifest)));
    assert_false(rp_compose_sniff(both, strlen(both)));
    assert_false(rp_compose_sniff("  services:\n", 12));
}

static void
t_interpolation_resolves_defaults_only(void **state)
{
    rp_arena a = RP_ARENA_INIT;
    char deep[4096];
    size_t n = 0;

    assert_string_equal(interp(&a, "plain"), "plain");
    assert_string_equal(interp(&a, "$$HOME"), "$HOME");
    assert_string_equal(interp(&a, "${A:-x}"), "x");
    assert_string_equal(interp(&a, "${A-x}"), "x");
    assert_string_equal(interp(&a, "${A:-}"), "");
    assert_string_equal(interp(&a, "pre${A:-mid}post"), "premidpost");
    assert_string_equal(interp(&a, "${A:-${B:-deep}}"), "deep");
    assert_string_equal(interp(&a, "${A:-${B}}"), "\x1a");
    assert_string_equal(interp(&a, "${A}"), "\x1a");
    assert_string_equal(interp(&a, "$A/x"), "\x1a/x");
    assert_string_equal(interp(&a, "${A:?required}"), "\x1a");
    assert_string_equal(interp(&a, "${A:+alt}"), "\x1a");
    assert_string_equal(interp(&a, "${A"), "\x1a");
    assert_string_equal(interp(&a, "cost $5"), "cost $5");
    assert_false(rp_compose_known(interp(&a, "${HOME}/x")));
    assert_true(rp_compose_known(interp(&a, "${HOME:-/root}/x")));
    /* nesting past the cap is unknown, not a stack overflow */
    for (int i = 0; i < 500; i++)
        n += (size_t)snprintf(deep + n, sizeof(deep) - n, "${A:-");
    n += (size_t)snprintf(deep + n, sizeof(deep) - n, "x");
    for (int i = 0; i < 500 && n + 1 < sizeof(deep); i++)
        deep[n++] = '}';
    deep[n] = '\0';
    assert_false(rp_compose_known(interp(&a, deep)));
    rp_arena_dispose(&a);
}

static void
t_ports_short_syntax(void **state)
{
    rp_compose_file *f = load("services:\n  w:\n    ports:\n"
                              "      - \"8080:80\"\n"
                              "      - \"127.0.0.1:8443:443/udp\"\n"
                              "      - \"80\"\n"
                              "      - 9000-9001:9000-9001\n"
                              "      - \"[::1]:6000:6000\"\n"
                              "      - \"::1:6001:6001\"\n"
                              "      - \"127.0.0.1::5000\"\n"
                              "      - \"${P:-81}:80\"\n"
                              "      - \"${IP}:82:80\"\n"
                              "      - 22:22\n"
                              "      - \"abc\"\n"
                              "      - \"70000:80\"\n");
    const rp_node *ports = rp_node_path(f->root, "services.w.ports");
    rp_compose_port p;

    assert_int_equal(rp_compose_port_parse(&p, f, ports->items[0]), 0);
    assert_string_equal(p.host_ip, "");
    assert_int_equal(p.host_lo, 8080);
    assert_int_equal(p.target_lo, 80);
    assert_string_equal(p.protocol, "tcp");
    assert_int_equal(rp_compose_port_parse(&p, f, ports->items[1]), 0);
    assert_string_equal(p.host_ip, "127.0.0.1");
    assert_int_equal(p.host_lo, 8443);
    assert_string_equal(p.protocol, "udp");
    assert_int_equal(rp_compose_port_parse(&p, f, ports->items[2]), 0);
    assert_int_equal(p.host_lo, 0);
    assert_int_equal(p.target_lo, 80);
    assert_int_equal(rp_compose_port_parse(&p, f, ports->items[3]), 0);
    assert_int_equal(p.host_lo, 9000);
    assert_int_equal(p.host_hi, 9001);
    assert_int_equal(p.target_hi, 9001);
    assert_int_equal(rp_compose_port_parse(&p, f, ports->items[4]), 0);
    assert_string_equal(p.host_ip, "::1");
    assert_int_equal(p.host_lo, 6000);
    assert_int_equal(rp_compose_port_parse(&p, f, ports->items[5]), 0);
    assert_string_equal(p.host_ip, "::1");
    assert_int_equal(p.host_lo, 6001);
    assert_int_equal(rp_compose_port_parse(&p, f, ports->items[6]), 0);
    assert_string_equal(p.host_ip, "127.0.0.1");
    assert_int_equal(p.host_lo, 0);
    assert_int_equal(rp_compose_port_parse(&p, f, ports->items[7]), 0);
    assert_int_equal(p.host_lo, 81);
    assert_true(p.host_known);
    assert_int_equal(rp_compose_port_parse(&p, f, ports->items[8]), 0);
    assert_false(p.ip_known);
    assert_int_equal(p.host_lo, 82);
    /* unquoted 22:22 is a base-60 integer to YAML 1.1, a string to compose: text wins */
    assert_int_equal(rp_compose_port_parse(&p, f, ports->items[9]), 0);
    assert_int_equal(p.host_lo, 22);
    assert_int_equal(rp_compose_port_parse(&p, f, ports->items[10]), RP_EINVAL);
    assert_int_equal(rp_compose_port_parse(&p, f, ports->items[11]), RP_EINVAL);
    rp_compose_free(f);
}

static void
t_ports_long_syntax(void **state)
{
    rp_compose_file *f = load("services:\n  w:\n    ports:\n"
                              "      - {target: 80, published: \"8080\", host_ip: 127.0.0.1,"
                              " protocol: udp, mode: host}\n"
                              "      - target: 443\n"
                              "      - published: 80\n"
                              "      - {target: 80, published: \"${PORT}\"}\n");
    const rp_node *ports = rp_node_path(f->root, "services.w.ports");
    rp_compose_port p;

    assert_int_equal(rp_compose_port_parse(&p, f, ports->items[0]), 0);
    assert_string_equal(p.host_ip, "127.0.0.1");
    assert_int_equal(p.host_lo, 8080);
    assert_int_equal(p.target_lo, 80);
    assert_string_equal(p.protocol, "udp");
    assert_int_equal(rp_compose_port_parse(&p, f, ports->items[1]), 0);
    assert_string_equal(p.host_ip, "");
    assert_int_equal(p.host_lo, 0);
    assert_int_equal(p.target_lo, 443);
    assert_int_equal(rp_compose_port_parse(&p, f, ports->items[2]), RP_EINVAL);
    assert_int_equal(rp_compose_port_parse(&p, f, ports->items[3]), 0);
    assert_false(p.host_known);
    rp_compose_free(f);
}

static void
t_volumes_short_syntax(void **state)
{
    rp_compose_file *f = load("services:\n  w:\n    volumes:\n"
                              "      - /var/run/docker.sock:/var/run/docker.sock:ro\n"
                              "      - data:/data\n"
                              "      - /data\n"
                              "      - ./x:/y:rw,z\n"
                              "      - 'C:\\x:/y'\n"
                              "      - ~/x:/y:ro,nocopy\n"
                              "      - ${H}/x:/y\n"
                              "      - ${H:-/etc}:/y\n"
                              "      - /a:/b:${MODE}\n"
                              "      - /a::/b\n"
                              "      - /a:/b:ro:x\n");
    const rp_node *v = rp_node_path(f->root, "services.w.volumes");
    rp_compose_mount m;

    assert_int_equal(rp_compose_mount_parse(&m, f, v->items[0]), 0);
    assert_int_equal(m.type, RP_COMPOSE_MOUNT_BIND);
    assert_string_equal(m.source, "/var/run/docker.sock");
    assert_string_equal(m.target, "/var/run/docker.sock");
    assert_true(m.read_only);
    assert_int_equal(rp_compose_mount_parse(&m, f, v->items[1]), 0);
    assert_int_equal(m.type, RP_COMPOSE_MOUNT_VOLUME);
    assert_string_equal(m.source, "data");
    assert_int_equal(rp_compose_mount_parse(&m, f, v->items[2]), 0);
    assert_int_equal(m.type, RP_COMPOSE_MOUNT_VOLUME);
    assert_string_equal(m.source, "");
    assert_string_equal(m.target, "/data");
    assert_int_equal(rp_compose_mount_parse(&m, f, v->items[3]), 0);
    assert_int_equal(m.type, RP_COMPOSE_MOUNT_BIND);
    assert_false(m.read_only);
    assert_int_equal(rp_compose_mount_parse(&m, f, v->items[4]), 0);
    assert_int_equal(m.type, RP_COMPOSE_MOUNT_BIND);
    assert_string_equal(m.source, "C:\\x");
    assert_string_equal(m.target, "/y");
    assert_int_equal(rp_compose_mount_parse(&m, f, v->items[5]), 0);
    assert_int_equal(m.type, RP_COMPOSE_MOUNT_BIND);
    assert_true(m.read_only);
    assert_int_equal(rp_compose_mount_parse(&m, f, v->items[6]), 0);
    assert_int_equal(m.type, RP_COMPOSE_MOUNT_UNKNOWN);
    assert_int_equal(rp_compose_mount_parse(&m, f, v->items[7]), 0);
    assert_int_equal(m.type, RP_COMPOSE_MOUNT_BIND);
    assert_string_equal(m.source, "/etc");
    assert_int_equal(rp_compose_mount_parse(&m, f, v->items[8]), 0);
    assert_true(m.read_only); /* an unknown mode never makes a finding */
    assert_int_equal(rp_compose_mount_parse(&m, f, v->items[9]), RP_EINVAL);
    assert_int_equal(rp_compose_mount_parse(&m, f, v->items[10]), RP_EINVAL);
    rp_compose_free(f);
}

static void
t_volumes_long_syntax(void **state)
{
    rp_compose_file *f = load("services:\n  w:\n    volumes:\n"
                              "      - type: bind\n        source: /etc\n        target: /e\n"
                              "        read_only: true\n"
                              "      - {type: tmpfs, target: /tmp}\n"
                              "      - {type: npipe, source: '\\\\.\\pipe\\docker_engine',"
                              " target: x}\n"
                              "      - {source: ./x, target: /y}\n"
                              "      - {type: volume, source: \"${V}\", target: /y}\n"
                              "      - {type: cluster, source: c, target: /y}\n");
    const rp_node *v = rp_node_path(f->root, "services.w.volumes");
    rp_compose_mount m;

    assert_int_equal(rp_compose_mount_parse(&m, f, v->items[0]), 0);
    assert_int_equal(m.type, RP_COMPOSE_MOUNT_BIND);
    assert_string_equal(m.source, "/etc");
    assert_true(m.read_only);
    assert_int_equal(m.at->line, 5); /* the source line */
    assert_int_equal(rp_compose_mount_parse(&m, f, v->items[1]), 0);
    assert_int_equal(m.type, RP_COMPOSE_MOUNT_TMPFS);
    assert_int_equal(rp_compose_mount_parse(&m, f, v->items[2]), 0);
    assert_int_equal(m.type, RP_COMPOSE_MOUNT_NPIPE);
    assert_string_equal(m.source, "\\\\.\\pipe\\docker_engine");
    assert_int_equal(rp_compose_mount_parse(&m, f, v->items[3]), 0);
    assert_int_equal(m.type, RP_COMPOSE_MOUNT_BIND);
    assert_int_equal(rp_compose_mount_parse(&m, f, v->items[4]), 0);
    assert_int_equal(m.type, RP_COMPOSE_MOUNT_UNKNOWN);
    assert_int_equal(rp_compose_mount_parse(&m, f, v->items[5]), 0);
    assert_int_equal(m.type, RP_COMPOSE_MOUNT_OTHER);
    rp_compose_free(f);
}

static void
t_environment_map_and_list(void **state)
{
    rp_compose_file *f = load("services:\n  m:\n    environment:\n"
                              "      A: one\n      B:\n      C: 5432\n      D: ${D:-dflt}\n"
                              "      E: {nested: map}\n"
                              "  l:\n    environment:\n"
                              "      - A=one=two\n      - B\n      - =nameless\n"
                              "      - C=${C}\n      - D=\n");
    const rp_node *m = rp_node_path(f->root, "services.m.environment");
    const rp_node *l = rp_node_path(f->root, "services.l.environment");
    rp_compose_env e;

    assert_int_equal(rp_compose_env_count(m), 5);
    assert_true(rp_compose_env_at(&e, f, m, 0));
    assert_string_equal(e.name, "A");
    assert_string_equal(e.value, "one");
    assert_false(e.list);
    assert_true(rp_compose_env_at(&e, f, m, 1));
    assert_null(e.value); /* taken from the shell */
    assert_int_equal(e.at->line, 5);
    assert_true(rp_compose_env_at(&e, f, m, 2));
    assert_string_equal(e.value, "5432");
    assert_true(rp_compose_env_at(&e, f, m, 3));
    assert_string_equal(e.value, "dflt");
    assert_false(rp_compose_env_at(&e, f, m, 4));
    assert_false(rp_compose_env_at(&e, f, m, 5));

    assert_true(rp_compose_env_at(&e, f, l, 0));
    assert_string_equal(e.name, "A");
    assert_string_equal(e.value, "one=two");
    assert_true(e.list);
    assert_true(rp_compose_env_at(&e, f, l, 1));
    assert_string_equal(e.name, "B");
    assert_null(e.value);
    assert_false(rp_compose_env_at(&e, f, l, 2));
    assert_true(rp_compose_env_at(&e, f, l, 3));
    assert_false(rp_compose_known(e.value));
    assert_true(rp_compose_env_at(&e, f, l, 4));
    assert_string_equal(e.value, "");
    rp_compose_free(f);
}

static void
t_services_of_every_document(void **state)
{
    rp_compose_file *f = load("x-base: &base\n  read_only: true\n"
                              "services:\n  a:\n    <<: *base\n    image: x:1\n"
                              "  broken: just-a-string\n"
                              "---\nservices:\n  b:\n    image: y:1\n");
    rp_compose_file *g = NULL;
    rp_ctx ctx;

    assert_int_equal(f->nservices, 2);
    assert_true(f->has_services);
    assert_string_equal(f->services[0].object, "service/a");
    assert_string_equal(f->services[0].field, "services.a");
    assert_int_equal(f->services[0].key->line, 4);
    assert_true(rp_compose_true(f, rp_node_get(f->services[0].node, "read_only")));
    assert_ptr_equal(rp_compose_find(f, "b"), &f->services[1]);
    assert_null(rp_compose_find(f, "broken"));
    rp_compose_free(f);

    /* compose refuses duplicate keys, and so does rampart */
    assert_int_equal(
        rp_compose_parse(&g, &ctx, "c.yaml", "services:\n  a: {}\n  a: {}\n", 26, NULL), RP_EPARSE);
    assert_null(g);
    assert_int_equal(ctx.line, 3);
}

/* Runs the analyzer over src; returns the report (caller frees). */
static rp_report *
analyze(const char *src)
{
    rp_compose_file *f = load(src);
    rp_report *r;
    size_t t;
    rp_emitter em = {0};

    assert_int_equal(rp_report_new(&r), 0);
    assert_int_equal(rp_report_add_target(&t, r, "compose.yaml", "compose"), 0);
    em.report = r;
    em.target = t;
    em.path = "compose.yaml";
    assert_int_equal(rp_compose_analyze(&em, f, NULL), 0);
    rp_compose_free(f);
    return r;
}

static void
t_hardened_file_has_no_finding(void **state)
{
    rp_report *r = analyze(
        "services:\n"
        "  web:\n"
        "    image: nginxinc/nginx-unprivileged:1.27.2\n"
        "    user: \"101:101\"\n"
        "    read_only: true\n"
        "    tmpfs: [/tmp]\n"
        "    cap_drop: [ALL]\n"
        "    cap_add: [NET_BIND_SERVICE]\n"
        "    security_opt: [\"no-new-privileges:true\"]\n"
        "    ports: [\"127.0.0.1:8080:8080\"]\n"
        "    mem_limit: 256m\n"
        "    pids_limit: 100\n"
        "    restart: on-failure:5\n"
        "    environment: {DB_PASSWORD_FILE: /run/secrets/db, DB_PASSWORD: \"${DB_PASSWORD}\"}\n"
        "    secrets: [db]\n"
        "    volumes: [\"./html:/usr/share/nginx/html:ro\", \"/etc/localtime:/etc/localtime:ro\"]\n"
        "  worker:\n"
        "    build: ./worker\n"
        "    extends: web\n"
        "secrets:\n  db: {file: ./db.txt}\n");

    assert_int_equal(r->nfindings, 0);
    rp_report_free(r);
}

static void
t_secret_values_are_redacted(void **state)
{
    rp_report *r = analyze("services:\n  db:\n    image: postgres:16\n    user: \"70\"\n"
                           "    environment: [POSTGRES_PASSWORD=hunter2hunter2, API_KEY=abc]\n");
    size_t n = 0;

    for (size_t i = 0; i < r->nfindings; i++) {
        const rp_finding *f = &r->findings[i];
        if (strcmp(f->rule->id, "RP-COMPOSE-014") != 0)
            continue;
        n++;
        assert_null(strstr(f->message, "hunter2hunter2"));
        assert_null(f->snippet);
        assert_string_equal(f->loc.object, "service/db");
        if (strstr(f->message, "POSTGRES_PASSWORD")) {
            assert_non_null(strstr(f->message, "\"hunt\xe2\x80\xa6\""));
            assert_string_equal(f->loc.field, "services.db.environment[0]");
        } else {
            assert_non_null(strstr(f->message, "\"a\xe2\x80\xa6\"")); /* a third of "abc" */
        }
    }
    assert_int_equal(n, 2);
    rp_report_free(r);
}

static void
t_read_only_mount_lowers_severity(void **state)
{
    rp_report *r = analyze("services:\n  a:\n    image: x:1\n    volumes:\n"
                           "      - /etc:/h\n      - /etc:/r:ro\n      - /etc/ssl:/s\n");
    rp_severity sev[8];
    size_t n = 0;

    for (size_t i = 0; i < r->nfindings && n < 8; i++)
        if (strcmp(r->findings[i].rule->id, "RP-COMPOSE-010") == 0)
            sev[n++] = r->findings[i].severity;
    assert_int_equal(n, 3);
    assert_int_equal(sev[0], RP_SEV_HIGH);
    assert_int_equal(sev[1], RP_SEV_MEDIUM);
    assert_int_equal(sev[2], RP_SEV_MEDIUM);
    rp_report_free(r);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(t_names_are_recognised),
        cmocka_unit_test(t_stdin_is_sniffed),
        cmocka_unit_test(t_interpolation_resolves_defaults_only),
        cmocka_unit_test(t_ports_short_syntax),
        cmocka_unit_test(t_ports_long_syntax),
        cmocka_unit_test(t_volumes_short_syntax),
        cmocka_unit_test(t_volumes_long_syntax),
        cmocka_unit_test(t_environment_map_and_list),
        cmocka_unit_test(t_services_of_every_document),
        cmocka_unit_test(t_hardened_file_has_no_finding),
        cmocka_unit_test(t_secret_values_are_redacted),
        cmocka_unit_test(t_read_only_mount_lowers_severity),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
