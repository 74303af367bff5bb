FROM debian:12-slim AS fetch
# installing both is not using both
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl wget \
 && rm -rf /var/lib/apt/lists/*
RUN curl -fsSL -o /tmp/jq https://github.com/jqlang/jq/releases/download/jq-1.7.1/jq-linux-amd64
FROM alpine:3.20
COPY --from=fetch /tmp/jq /usr/local/bin/jq
RUN wget -q -O /tmp/yq https://github.com/mikefarah/yq/releases/download/v4.44.2/yq_linux_amd64
ONBUILD RUN curl -fsSL -o /tmp/hook.sh https://example.com/hook.sh
RUN echo "use curl or wget, not both" > /README
