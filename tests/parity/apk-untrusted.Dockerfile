# An apk package installed from a local file without signature checks; a password set.
# expect-file: AVD-DS-0026 CKV_DOCKER_2 CIS-DI-0006
FROM alpine:3.19.1
COPY agent-1.0.0-r0.apk /tmp/
# expect: CKV2_DOCKER_7 DL3019 AVD-DS-0025 DKL-DI-0004
RUN apk add --allow-untrusted /tmp/agent-1.0.0-r0.apk
# expect: CKV2_DOCKER_17 DL4006 DL3059
RUN echo "root:toor" | chpasswd
USER 10001
ENTRYPOINT ["/usr/bin/agent"]
