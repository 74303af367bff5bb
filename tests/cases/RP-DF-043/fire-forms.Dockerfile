# syntax=docker/dockerfile:1.7
FROM debian:12.5-slim AS deb
RUN apt-get update \
 && apt-get -y -o Dpkg::Options::=--force-confnew dist-upgrade \
 && rm -rf /var/lib/apt/lists/*
RUN ["apt-get", "full-upgrade", "-y"]
RUN <<EOF
apt update
apt full-upgrade -y
rm -rf /var/lib/apt/lists/*
EOF
ONBUILD RUN apt-get update && apt-get dist-upgrade -y && rm -rf /var/lib/apt/lists/*

FROM opensuse/tumbleweed:latest AS suse
RUN zypper --non-interactive dup && zypper clean --all
RUN zypper -n dist-upgrade --allow-vendor-change && zypper cc
