FROM debian:12-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl wget \
 && rm -rf /var/lib/apt/lists/*
RUN curl -fsSL -o /usr/local/bin/jq https://github.com/jqlang/jq/releases/download/jq-1.7.1/jq-linux-amd64
RUN set -eux; \
    mkdir -p /opt/yq; \
    wget -q -O /usr/local/bin/yq https://github.com/mikefarah/yq/releases/download/v4.44.2/yq_linux_amd64
RUN curl -fsSL https://example.com/x.sh -o /tmp/x.sh
FROM alpine:3.20
RUN wget -qO- https://example.com/a.tgz | tar -xz -C /opt && curl -fsS https://example.com/ping
