FROM alpine:3.20 AS base
SHELL ["/bin/ash", "-c"]
RUN wget -qO- https://example.com/a.tgz | tar -xz -C /opt
FROM base
SHELL ["/bin/bash", "-c"]
RUN set -e && ps aux | grep -v grep
RUN (set -o pipefail; curl -fsS https://example.com/a | sh) && curl -fsS https://example.com/b | sh
