FROM debian:12-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl gnupg \
 && rm -rf /var/lib/apt/lists/* \
 && curl -fsSL https://deb.nodesource.com/setup_20.x | bash -
RUN set -eux; \
    arch="$(dpkg --print-architecture)"; \
    curl -fsSL "https://example.com/tool-${arch}.tgz" \
      | tar -xz -C /usr/local/bin
RUN ["/bin/sh", "-c", "curl -fsSL https://example.com/install.sh | sh"]
ONBUILD RUN wget -qO- https://example.com/setup | sh
RUN <<EOF
set -e
curl -fsSL https://example.com/keys.asc | gpg --dearmor -o /usr/share/keyrings/example.gpg
EOF
