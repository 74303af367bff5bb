FROM debian:12-slim AS build
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN curl -fsSL https://example.com/install.sh | bash
# the SHELL is inherited through FROM
FROM build AS test
RUN wget -qO- https://example.com/a.tgz | tar -xz -C /opt
FROM alpine:3.20
RUN set -o pipefail && wget -qO- https://example.com/a.tgz | tar -xz -C /opt
RUN set -euxo pipefail; \
    apk add --no-cache curl; \
    curl -fsSL https://example.com/b.tgz \
      | tar -xz -C /opt
RUN bash -o pipefail -c 'curl -fsSL https://example.com/c.sh | sh'
RUN ["curl", "-fsSLo", "/tmp/x", "https://example.com/x"]
RUN echo "a | b" && false || true
RUN ["/bin/bash", "-o", "pipefail", "-c", "curl -fsSL https://example.com/d | sh"]
FROM alpine:3.20 AS euxo
SHELL ["/bin/ash", "-euxo", "pipefail", "-c"]
RUN wget -qO- https://example.com/e.tgz | tar -xz -C /opt
FROM mcr.microsoft.com/windows/servercore:ltsc2022 AS win
SHELL ["powershell", "-Command", "$ErrorActionPreference = 'Stop';"]
RUN Get-Service | Select-Object Name
