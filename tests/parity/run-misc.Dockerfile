# Assorted RUN habits: sudo, cd, ssh, a long UID, relinking /bin/sh, curl and wget together,
# curl piped into bash.
# expect-file: AVD-DS-0026 CKV_DOCKER_2 CIS-DI-0006
FROM ubuntu:22.04
# expect: DL3004 AVD-DS-0010 CKV2_DOCKER_1 DKL-DI-0001 DKL-DI-0005
RUN sudo apt-get update && sudo apt-get install -y --no-install-recommends make
# expect: DL3003 AVD-DS-0013 DL3059
RUN cd /usr/src/app && make install
# expect: DL3001
RUN mkdir -p /root/.ssh \
    && ssh-keyscan github.com >> /root/.ssh/known_hosts \
    && ssh -T git@github.com || true
# expect: DL3046
RUN useradd -u 1234567 -m builder
# expect: DL4005 DL3059
RUN ln -sf /bin/bash /bin/sh
# expect: DL3059
RUN curl -fsSL https://example.com/key.asc -o /usr/share/keyrings/example.asc
# expect: DL3047 DL4001 AVD-DS-0014
RUN wget https://example.com/tool.tgz -O /tmp/tool.tgz \
    && tar -xzf /tmp/tool.tgz -C /usr/local/bin \
    && rm /tmp/tool.tgz
# expect: DL4006 DL4001
RUN curl -fsSL https://deb.nodesource.com/setup_20.x | bash -
USER 1234567
CMD ["make", "serve"]
