# syntax=docker/dockerfile:1.7
FROM alpine:3.19.1
ARG BUILD_DEPS="gcc make=4.4.1-r2"
# the values of -t/--virtual, -X and --repository are no packages
RUN apk add --no-cache -t .build-deps -X https://dl-cdn.alpinelinux.org/alpine/edge/testing --repository=https://dl-cdn.alpinelinux.org/alpine/edge/community hub
RUN apk add --no-cache --virtual .build-deps $BUILD_DEPS
# a repository tag is no version
RUN apk --no-cache add yq@community
RUN ["apk", "add", "--no-cache", "jq"]
RUN <<EOF
set -e
apk add --no-cache py3-pip
EOF
ONBUILD RUN apk add --no-cache make
