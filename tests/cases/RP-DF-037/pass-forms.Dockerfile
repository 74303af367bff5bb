# syntax=docker/dockerfile:1.7
FROM debian:12.5-slim
# ";" and newlines chain commands too (Trivy and Dockle split on && only)
RUN set -eux; apt-get update; apt-get install -y --no-install-recommends jq=1.6-2.1; rm -rf /var/lib/apt/lists/*
RUN sh -c 'apt-get update && apt-get install -y --no-install-recommends tini=0.19.0-1 && rm -rf /var/lib/apt/lists/*'
RUN <<EOF
set -eux
apt-get update
apt-get install -y --no-install-recommends less=590-2
rm -rf /var/lib/apt/lists/*
EOF
# an upgrade uses the fresh index as well
RUN apt-get update && apt-get upgrade -y && rm -rf /var/lib/apt/lists/*
# the packages come through xargs
RUN apt-get update \
 && grep -v '^#' /tmp/packages.txt | xargs apt-get install -y --no-install-recommends \
 && rm -rf /var/lib/apt/lists/*
# "update" of another tool is no package index
RUN sbt update && git submodule update --init
