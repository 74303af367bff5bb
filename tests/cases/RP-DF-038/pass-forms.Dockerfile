# syntax=docker/dockerfile:1.7
FROM debian:12.5-slim
RUN apt-get update && apt-get install -y --no-install-recommends jq=1.6-2.1 && rm -r /var/lib/apt/lists
RUN apt-get update && apt-get install -y --no-install-recommends less=590-2 && rm -fr /var/lib/apt/lists/ /var/cache/apt/archives/*
RUN apt-get update && apt-get install -y --no-install-recommends file=1:5.44-3 && apt-get dist-clean
RUN apt-get update && apt-get install -y --no-install-recommends tini=0.19.0-1 && sudo rm -rf -- /var/lib/apt/lists/*
RUN <<EOF
set -eux
apt-get update
apt-get install -y --no-install-recommends git=1:2.39.2-1.1
rm -rf /var/lib/apt/lists/*
EOF
RUN ["/bin/bash", "-c", "apt-get update && apt-get install -y --no-install-recommends xz-utils=5.4.1-0.2 && rm -rf /var/lib/apt/lists/*"]
