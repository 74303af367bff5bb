/* Kubernetes loading and the object index: identities, List kinds, pod templates, effective
 * security contexts. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>

#include <cmocka.h>

#include "rampart/rampart.h"
#include "rampart/k8s.h"

static rp_k8s_index *
load(const char *src, rp_k8s_content *what)
{
    rp_k8s_index *ix;
    rp_k8s_content w;
    rp_ctx ctx;

    assert_int_equal(rp_k8s_index_new(&ix), 0);
    assert_int_equal(rp_k8s_index_add(ix, what ? what : &w, &ctx, "m.yaml", src, strlen(src),
                                      NULL),
                     0);
    assert_int_equal(rp_k8s_index_finish(ix), 0);
    return ix;
}

static void
t_identity_defaults_namespace(void **state)
{
    rp_k8s_index *ix = load("apiVersion: v1\nkind: Pod\nmetadata: {name: a}\n---\n"
                            "apiVersion: v1\nkind: Namespace\nmetadata: {name: prod}\n---\n"
                            "apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\n"
                            "metadata: {name: r, namespace: ignored}\n",
                            NULL);

    assert_int_equal(ix->nobjects, 3);
    assert_string_equal(ix->objects[0].id, "Pod/default/a");
    assert_false(ix->objects[0].ns_explicit);
    assert_string_equal(ix->objects[1].id, "Namespace/-/prod");
    assert_string_equal(ix->objects[2].id, "ClusterRole/-/r");
    assert_ptr_equal(rp_k8s_find(ix, "Pod", "default", "a"), &ix->objects[0]);
    assert_ptr_equal(rp_k8s_find(ix, "Pod", NULL, "a"), &ix->objects[0]);
    assert_ptr_equal(rp_k8s_find(ix, "ClusterRole", "x", "r"), &ix->objects[2]);
    assert_null(rp_k8s_find(ix, "Pod", "kube-system", "a"));
    assert_int_equal(ix->objects[1].line, 5);
    rp_k8s_index_free(ix);
}

static void
t_list_kinds_and_typed_lists(void **state)
{
    rp_k8s_index *ix = load(
        "{\"apiVersion\": \"v1\", \"kind\": \"List\", \"items\": [\n"
        " {\"apiVersion\": \"v1\", \"kind\": \"Service\", \"metadata\": {\"name\": \"s\", "
        "\"namespace\": \"web\"}},\n"
        " {\"apiVersion\": \"apps/v1\", \"kind\": \"DeploymentList\", \"items\": [\n"
        "   {\"metadata\": {\"name\": \"d\"}, \"spec\": {\"template\": {\"spec\": "
        "{\"containers\": [{\"name\": \"c\", \"image\": \"x\"}]}}}}]}]}\n",
        NULL);

    assert_int_equal(ix->nobjects, 2);
    assert_string_equal(ix->objects[0].id, "Service/web/s");
    assert_string_equal(ix->objects[1].id, "Deployment/default/d");
    assert_string_equal(ix->objects[1].api_version, "apps/v1");
    assert_int_equal(ix->nworkloads, 1);
    assert_int_equal(ix->objects[1].line, 4);
    rp_k8s_index_free(ix);
}

static void
t_pod_templates_of_every_kind(void **state)
{
    rp_k8s_index *ix = load(
        "apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: cj}\nspec:\n  jobTemplate:\n"
        "    spec:\n      template:\n        metadata:\n          annotations: {a: b}\n"
        "        spec:\n          initContainers: [{name: i}]\n          containers:\n"
        "            - {name: m}\n          ephemeralContainers: [{name: e}]\n---\n"
        "apiVersion: v1\nkind: PodTemplate\nmetadata: {name: pt}\ntemplate:\n  spec:\n"
        "    containers: [{name: c}]\n---\n"
        "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: nospec}\n",
        NULL);
    const rp_k8s_workload *w = &ix->workloads[0];

    assert_int_equal(ix->nworkloads, 2);
    assert_string_equal(w->spec_field, "spec.jobTemplate.spec.template.spec");
    assert_non_null(w->pod_annotations);
    assert_int_equal(w->ncontainers, 3);
    assert_int_equal(w->containers[0].type, RP_K8S_INIT);
    assert_string_equal(w->containers[0].name, "i");
    assert_string_equal(w->containers[1].field,
                        "spec.jobTemplate.spec.template.spec.containers[0]");
    assert_int_equal(w->containers[2].type, RP_K8S_EPHEMERAL);
    assert_string_equal(ix->workloads[1].spec_field, "template.spec");
    assert_int_equal(ix->objects[2].workload, (size_t)-1);
    rp_k8s_index_free(ix);
}

static void
t_container_fields_override_the_pod(void **state)
{
    rp_k8s_index *ix = load(
        "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  securityContext:\n"
        "    runAsNonRoot: true\n    runAsUser: 1000\n    privileged: true\n"
        "    seccompProfile: {type: RuntimeDefault}\n  containers:\n  - name: a\n"
        "    securityContext:\n      runAsUser: 0\n      runAsNonRoot: null\n"
        "      allowPrivilegeEscalation: no\n  - name: b\n",
        NULL);
    const rp_k8s_workload *w = &ix->workloads[0];
    const rp_k8s_secctx *a = &w->containers[0].eff, *b = &w->containers[1].eff;

    assert_int_equal(a->run_as_user.node->v.i, 0);
    assert_false(a->run_as_user.from_pod);
    assert_string_equal(a->run_as_user.field, "spec.containers[0].securityContext.runAsUser");
    /* an explicit null leaves the pod's value in force */
    assert_true(a->run_as_non_root.from_pod);
    assert_string_equal(a->run_as_non_root.field, "spec.securityContext.runAsNonRoot");
    assert_true(a->seccomp_profile.from_pod);
    /* YAML 1.1: no is false */
    assert_int_equal(a->allow_privilege_escalation.node->type, RP_NODE_BOOL);
    assert_false(a->allow_privilege_escalation.node->v.b);
    /* privileged is a container field: written on the pod it counts for nothing */
    assert_null(a->privileged.node);
    assert_null(b->privileged.node);
    assert_int_equal(b->run_as_user.node->v.i, 1000);
    assert_true(b->run_as_user.from_pod);
    assert_null(b->allow_privilege_escalation.node);
    assert_string_equal(b->allow_privilege_escalation.field, "");
    rp_k8s_index_free(ix);
}

static void
t_content_kinds(void **state)
{
    rp_k8s_content what;
    rp_k8s_index *ix;
    rp_k8s_index *ix2;

    ix = load("name: just some yaml\nvalues: [1, 2]\n", &what);
    assert_int_equal(what, RP_K8S_NOT_K8S);
    assert_int_equal(ix->nobjects, 0);
    rp_k8s_index_free(ix);
    ix2 = load("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Values.name }}\n",
               &what);
    assert_int_equal(what, RP_K8S_TEMPLATE);
    rp_k8s_index_free(ix2);
    ix = load("", &what);
    assert_int_equal(what, RP_K8S_EMPTY);
    rp_k8s_index_free(ix);
}

static void
t_duplicate_keys_are_kept_and_recorded(void **state)
{
    rp_k8s_index *ix = load("apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n"
                            "  hostPID: false\n  hostPID: true\n",
                            NULL);

    assert_int_equal(ix->files[0].docs->ndups, 1);
    assert_int_equal(ix->files[0].docs->dups[0].line, 6);
    assert_true(rp_node_get_bool(ix->workloads[0].spec, "hostPID", false));
    rp_k8s_index_free(ix);
}

static void
t_pss_versions(void **state)
{
    unsigned v;

    assert_int_equal(rp_pss_version_parse(&v, "v1.30"), 0);
    assert_int_equal(v, 130);
    assert_int_equal(rp_pss_version_parse(&v, "1.25"), 0);
    assert_int_equal(v, 125);
    assert_int_equal(rp_pss_version_parse(&v, "latest"), 0);
    assert_int_equal(v, RP_PSS_LATEST);
    assert_int_not_equal(rp_pss_version_parse(&v, "v2.0"), 0);
    assert_int_not_equal(rp_pss_version_parse(&v, "v1."), 0);
}

static void
t_cluster_scoped_kinds(void **state)
{
    assert_false(rp_k8s_kind_namespaced("ClusterRoleBinding"));
    assert_false(rp_k8s_kind_namespaced("Namespace"));
    assert_true(rp_k8s_kind_namespaced("RoleBinding"));
    assert_true(rp_k8s_kind_namespaced("MyCustomThing"));
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(t_identity_defaults_namespace),
        cmocka_unit_test(t_list_kinds_and_typed_lists),
        cmocka_unit_test(t_pod_templates_of_every_kind),
        cmocka_unit_test(t_container_fields_override_the_pod),
        cmocka_unit_test(t_content_kinds),
        cmocka_unit_test(t_duplicate_keys_are_kept_and_recorded),
        cmocka_unit_test(t_pss_versions),
        cmocka_unit_test(t_cluster_scoped_kinds),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
