# Certificate and signature checks switched off (Checkov's CKV2_DOCKER_* graph checks).
# expect-file: AVD-DS-0026 CKV_DOCKER_2 CIS-DI-0006
FROM debian:12.5-slim
# expect: CKV2_DOCKER_2
RUN curl -k -fsSL https://internal.example/ca.crt -o /usr/local/share/ca-certificates/internal.crt
# expect: CKV2_DOCKER_3 DL4001 AVD-DS-0014 DL3059
RUN wget --no-check-certificate -q -O /tmp/tool.tgz https://internal.example/tool.tgz
# expect: CKV2_DOCKER_5
ENV PYTHONHTTPSVERIFY=0
# expect: CKV2_DOCKER_14
ENV GIT_SSL_NO_VERIFY=true
# expect: CKV2_DOCKER_16
ENV PIP_TRUSTED_HOST=pypi.internal.example
# expect: CKV2_DOCKER_11
RUN apt-get update \
    && apt-get install -y --no-install-recommends --force-yes openssl=3.0.11-1~deb12u2 \
    && rm -rf /var/lib/apt/lists/*
USER 10001
CMD ["/usr/local/bin/tool"]
