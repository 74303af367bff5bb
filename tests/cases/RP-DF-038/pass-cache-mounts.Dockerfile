# syntax=docker/dockerfile:1.7
FROM debian:12.5-slim
RUN --mount=type=cache,target=/var/cache/apt,sharing=locked --mount=type=cache,target=/var/lib/apt,sharing=locked apt-get update && apt-get install -y --no-install-recommends gcc
RUN --mount=type=tmpfs,target=/var/lib/apt/lists apt-get update && apt-get install -y --no-install-recommends make=4.3-4.1
RUN --mount=type=cache,target=/var/lib/apt/lists/ apt-get update && apt-get install -y --no-install-recommends jq=1.6-2.1
