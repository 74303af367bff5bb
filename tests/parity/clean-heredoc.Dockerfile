# syntax=docker/dockerfile:1.7
# expect-none
# Heredoc scripts with a pipefail shell, pinned packages and the lists removed.
FROM ubuntu:22.04@sha256:547b75f3cbd357524fade3ab027b8534144a8640f9d595f0bb2273451ff1f1db
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN <<EOF
set -eux
apt-get update
apt-get install -y --no-install-recommends ca-certificates=20230311ubuntu0.22.04.1 curl=7.81.0-1ubuntu1.15
rm -rf /var/lib/apt/lists/*
EOF
COPY <<EOF /etc/app/config.toml
listen = "0.0.0.0:8080"
EOF
COPY --chmod=0755 app /usr/local/bin/app
RUN <<EOF
set -eux
useradd --uid 10001 --no-create-home --shell /usr/sbin/nologin app
getent passwd app | cut -d: -f6 > /etc/app/home
EOF
USER 10001:10001
HEALTHCHECK CMD ["curl", "-fsS", "http://127.0.0.1:8080/health"]
ENTRYPOINT ["/usr/local/bin/app", "--config", "/etc/app/config.toml"]
