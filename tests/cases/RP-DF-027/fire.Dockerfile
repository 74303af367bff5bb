FROM ubuntu:24.04
RUN apt-get update \
 && apt-get install -y --no-install-recommends sudo curl ca-certificates \
 && rm -rf /var/lib/apt/lists/* \
 && useradd -m -s /bin/bash dev \
 && echo 'dev ALL=(ALL) NOPASSWD:ALL' > /etc/sudoers.d/dev
USER dev
WORKDIR /home/dev
RUN sudo mkdir -p /opt/tools \
 && sudo chown dev:dev /opt/tools
RUN set -eux; \
    curl -fsSL -o /tmp/tool.tgz https://example.com/tool-1.2.3.tgz; \
    sudo tar -xzf /tmp/tool.tgz -C /opt/tools; \
    rm /tmp/tool.tgz
