# syntax=docker/dockerfile:1.7
FROM debian:12.5-slim
# a single -q is quiet level 1: apt still asks
RUN apt-get -q install --no-install-recommends jq=1.6-2.1
# --force-yes answers no prompt
RUN apt-get --force-yes install --no-install-recommends less=590-2
# -y given as the value of another option is no -y
RUN apt-get -o Acquire::Retries=3 -t bookworm-backports install --no-install-recommends golang-1.21-go=1.21.8-1~bpo12+1
# other subcommands ask too
RUN apt-get update && apt-get dist-upgrade && apt-get purge --auto-remove wget && rm -rf /var/lib/apt/lists/*
RUN ["apt-get", "install", "--no-install-recommends", "file=1:5.44-3"]
RUN <<EOF
set -e
apt-get update
sudo DEBIAN_FRONTEND=noninteractive apt-get install --no-install-recommends tini=0.19.0-1
rm -rf /var/lib/apt/lists/*
EOF
ONBUILD RUN apt-get install --no-install-recommends make=4.3-4.1
