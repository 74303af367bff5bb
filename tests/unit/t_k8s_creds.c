/* Credentials in manifest text (src/k8s/creds.c): what counts as a secret name, a literal
 * value, a placeholder, and what a config file gives away. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>

#include <cmocka.h>

#include "k8s/creds.h"

static rp__k8s_cred_kind
kind_of(const char *text)
{
    rp__k8s_cred c;

    rp__k8s_find_cred(&c, text, strlen(text));
    return c.kind;
}

static bool
secret_name(const char *k)
{
    bool known;

    return rp__k8s_secret_key(k, strlen(k), &known);
}

/* A name that says secret and a value that holds one. */
static bool
secret_pair(const char *k, const char *v)
{
    bool known;

    return rp__k8s_secret_key(k, strlen(k), &known) &&
           !rp__k8s_secret_value_exempt(k, strlen(k), known, v, strlen(v));
}

static void
t_secret_names_in_every_case_style(void **state)
{
    (void)state;
    assert_true(secret_name("DB_PASSWORD"));
    assert_true(secret_name("dbPassword"));
    assert_true(secret_name("spring.datasource.password"));
    assert_true(secret_name("client-secret"));
    assert_true(secret_name("APIKey"));
    assert_true(secret_name("_authToken"));
    assert_true(secret_name("--password"));
    assert_true(secret_name("db_pwd"));
    /* words config files use for everything are not secret names */
    assert_false(secret_name("key"));
    assert_false(secret_name("auth"));
    assert_false(secret_name("global-auth-cache-key"));
    assert_false(secret_name("tokenizer"));
    assert_false(secret_name("bypass"));
    assert_false(secret_name("passwordless"));
    assert_false(secret_name("GPG_KEY"));
}

static void
t_values_that_hold_no_secret(void **state)
{
    (void)state;
    assert_true(secret_pair("DB_PASSWORD", "Tr0ub4dor&3"));
    assert_false(secret_pair("DB_PASSWORD", ""));
    assert_false(secret_pair("DB_PASSWORD", "${DB_PASSWORD}"));
    assert_false(secret_pair("DB_PASSWORD", "{{ .Values.password }}"));
    assert_false(secret_pair("DB_PASSWORD", "<password>"));
    assert_false(secret_pair("DB_PASSWORD", "changeme"));
    assert_false(secret_pair("DB_PASSWORD_FILE", "/run/secrets/db"));
    assert_false(secret_pair("DB_PASSWORD_REF", "vault:secret/data/db#password"));
    assert_false(secret_pair("PASSWORD_MIN_LENGTH", "12"));
    assert_false(secret_pair("secretName", "db-credentials"));
    assert_false(secret_pair("existingSecret", "db-credentials"));
    assert_false(secret_pair("token_url", "https://login.example.com/token"));
    assert_false(secret_pair("ENABLE_TOKEN_AUTH", "true"));
    assert_false(secret_pair("max_tokens", "100000"));
    assert_false(secret_pair("password_encryption", "scram-sha-256"));
    assert_false(secret_pair("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE"));
    assert_false(secret_pair("password", "'{cipher}AQB3ZlGD'"));
    assert_true(secret_pair("PASSWORD", "123456"));
}

static void
t_credentials_in_config_files(void **state)
{
    (void)state;
    assert_int_equal(kind_of("server.port=8080\nspring.datasource.password=Zx9!kq2mLp\n"),
                     RP_CRED_ASSIGN);
    assert_int_equal(kind_of("{\"smtp\":{\"host\":\"m\",\"password\":\"m41l-P4ss\"}}"),
                     RP_CRED_ASSIGN);
    assert_int_equal(kind_of("[client]\npassword = r00t-pw-2024\n"), RP_CRED_ASSIGN);
    assert_int_equal(kind_of("//registry.npmjs.org/:_authToken=npm_AbCdEf0123\n"), RP_CRED_ASSIGN);
    assert_int_equal(kind_of("url: postgres://app:pa55w0rd@db:5432/app\n"), RP_CRED_URL);
    assert_int_equal(kind_of("aws_access_key_id = AKIA2E0A8F3B244C9986\n"), RP_CRED_AWS_KEY);
    assert_int_equal(kind_of("-----BEGIN EC PRIVATE KEY-----\n"
                             "MHcCAQEEIBkg4LVWM9nuwNSk3yByxZpYRTBnVJk5oa6zRTV8RpgyoAoGCCqGSM49\n"
                             "-----END EC PRIVATE KEY-----\n"),
                     RP_CRED_PRIVATE_KEY);
    /* the strongest finding wins */
    assert_int_equal(kind_of("password: hunter2hunter2\nkey: AKIA2E0A8F3B244C9986\n"),
                     RP_CRED_AWS_KEY);
}

static void
t_config_files_without_credentials(void **state)
{
    (void)state;
    assert_int_equal(kind_of("proxy_pass http://web:80;\nauth_basic_user_file /etc/htpasswd;\n"),
                     RP_CRED_NONE);
    assert_int_equal(kind_of(";admin_password = admin\n# password: old-one\n"), RP_CRED_NONE);
    assert_int_equal(kind_of("SECRET_KEY = os.environ[\"SECRET_KEY\"]\n"), RP_CRED_NONE);
    assert_int_equal(kind_of("summary: \"{{ $labels.pod }} token: {{ $value }}\"\n"), RP_CRED_NONE);
    assert_int_equal(kind_of("bearer_token_file: /var/run/secrets/token\nhost: db:5432\n"),
                     RP_CRED_NONE);
    assert_int_equal(kind_of("postgres://user:<password>@db/x postgres://u:${PW}@db/x\n"),
                     RP_CRED_NONE);
    assert_int_equal(kind_of("-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----\n"),
                     RP_CRED_NONE);
    assert_int_equal(kind_of("-----BEGIN CERTIFICATE-----\nMIIC/jCCAeagAwIBAgIBADANBgkqhkiG9w0B"
                             "AQsFADAVMRMwEQYDVQQDEwprdWJl\n-----END CERTIFICATE-----\n"),
                     RP_CRED_NONE);
}

static void
t_secret_values_are_redacted(void **state)
{
    rp__k8s_cred c;
    const char *text = "db.password=Zx9!kq2mLpQ7-very-long-secret\n";
    char red[16];

    (void)state;
    assert_true(rp__k8s_find_cred(&c, text, strlen(text)));
    assert_null(strstr(c.what, "kq2mLp"));
    assert_non_null(strstr(c.what, "Zx9!"));
    rp__k8s_redact(red, sizeof(red), "abcdefgh", 8);
    assert_string_equal(red, "ab\xe2\x80\xa6");
}

static void
t_base64(void **state)
{
    unsigned char out[16];
    bool ok;

    (void)state;
    assert_int_equal(rp__k8s_b64_decode(out, sizeof(out), "aHVu\ndGVyMg==", 13, &ok), 7);
    assert_true(ok);
    assert_memory_equal(out, "hunter2", 7);
    rp__k8s_b64_decode(out, sizeof(out), "${X}", 4, &ok);
    assert_false(ok);
    /* the full length is returned even past the buffer */
    assert_int_equal(rp__k8s_b64_decode(out, 2, "aHVudGVyMg==", 12, &ok), 7);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(t_secret_names_in_every_case_style),
        cmocka_unit_test(t_values_that_hold_no_secret),
        cmocka_unit_test(t_credentials_in_config_files),
        cmocka_unit_test(t_config_files_without_credentials),
        cmocka_unit_test(t_secret_values_are_redacted),
        cmocka_unit_test(t_base64),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
