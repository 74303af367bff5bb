# syntax=docker/dockerfile:1.7
FROM ubuntu:22.04@sha256:2b7412e6465c3c7fc5bb21d3e6f1917c167358449fecac8176c6e496e5c1f05f
RUN ["apt", "list", "--installed"]
RUN sudo -E /usr/bin/apt-get update && sudo -E /usr/bin/apt -y upgrade && rm -rf /var/lib/apt/lists/*
RUN <<EOF
set -e
apt-get update
DEBIAN_FRONTEND=noninteractive apt full-upgrade -y
rm -rf /var/lib/apt/lists/*
EOF
ONBUILD RUN apt-get update && apt install -y --no-install-recommends make=4.3-4.1build1 && rm -rf /var/lib/apt/lists/*
