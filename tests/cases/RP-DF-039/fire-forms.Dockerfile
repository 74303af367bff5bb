# syntax=docker/dockerfile:1.7
FROM ubuntu:22.04@sha256:2b7412e6465c3c7fc5bb21d3e6f1917c167358449fecac8176c6e496e5c1f05f
# options before the subcommand, an -o that sets something else
RUN apt-get -qq -o Dpkg::Options::=--force-confold install python3=3.10.6-1~22.04 && rm -rf /var/lib/apt/lists/*
# recommends explicitly on
RUN apt-get install -y -o APT::Install-Recommends=true git=1:2.34.1-1ubuntu1.10
RUN ["apt-get", "install", "-y", "jq=1.6-2.1ubuntu3"]
RUN sh -c "apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y tzdata=2024a-0ubuntu0.22.04"
RUN <<EOF
set -e
apt-get update
apt install -y nginx=1.18.0-6ubuntu14.4
aptitude install -y vim=2:8.2.3995-1ubuntu2.15
rm -rf /var/lib/apt/lists/*
EOF
ONBUILD RUN apt-get install -y make=4.3-4.1build1
