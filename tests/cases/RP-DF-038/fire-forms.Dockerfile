# syntax=docker/dockerfile:1.7
FROM debian:12.5-slim
# install alone counts too (Dockle): the lists it read stay with it
RUN ["apt-get", "install", "-y", "--no-install-recommends", "jq=1.6-2.1"]
# a cache mount on /var/cache/apt alone keeps the lists in the layer
RUN --mount=type=cache,target=/var/cache/apt,sharing=locked apt-get update && apt-get install -y --no-install-recommends gcc=4:12.2.0-3
RUN <<EOF
set -eux
apt update
apt install -y --no-install-recommends file=1:5.44-3
EOF
