# syntax=docker/dockerfile:1.7
FROM debian:12.5-slim
RUN <<EOF
set -e
apt-get update
apt-get clean
EOF
