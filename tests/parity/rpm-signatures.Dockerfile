# Rocky Linux with GPG checks and TLS verification disabled.
# expect-file: AVD-DS-0026 CKV_DOCKER_2 CIS-DI-0006
FROM rockylinux:9.3
# expect: CKV2_DOCKER_15
RUN yum-config-manager --save --setopt=internal.sslverify=0
# hadolint's DL3033 takes any "-" for a version: internal-agent passes there, nginx does not
# expect: CKV2_DOCKER_9 DL3032 DL3033 AVD-DS-0015 DL3059
RUN yum install -y --nogpgcheck internal-agent nginx
# expect: CKV2_DOCKER_10 DL3059
RUN rpm -ivh --nosignature https://internal.example/pkgs/agent-helper-1.2.3-1.el9.x86_64.rpm
# expect: CKV2_DOCKER_9 DL3040 AVD-DS-0019 DL3059
RUN dnf install -y --nogpgcheck httpd-2.4.57-5.el9
USER 48
CMD ["httpd", "-DFOREGROUND"]
