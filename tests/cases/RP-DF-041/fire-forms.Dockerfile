# syntax=docker/dockerfile:1.7
FROM debian:12.5-slim
ARG BUILD_PKGS="gcc=4:12.2.0-3 make"
ARG PG_MAJOR=16
# option values are not packages: -o, -t
RUN apt-get update && apt-get -o Dpkg::Options::=--force-confold -t bookworm-backports install -y --no-install-recommends golang-go && rm -rf /var/lib/apt/lists/*
# a package list in an ARG is expanded
RUN apt-get update && apt-get install -y --no-install-recommends $BUILD_PKGS && rm -rf /var/lib/apt/lists/*
# a variable in the name is still no version
RUN apt-get update && apt-get install -y --no-install-recommends "postgresql-client-$PG_MAJOR" && rm -rf /var/lib/apt/lists/*
RUN ["apt-get", "install", "-y", "--no-install-recommends", "jq"]
RUN <<EOF
set -e
apt-get update
apt install -y --no-install-recommends nginx
rm -rf /var/lib/apt/lists/*
EOF
ONBUILD RUN apt-get update && apt-get install -y --no-install-recommends make && rm -rf /var/lib/apt/lists/*
