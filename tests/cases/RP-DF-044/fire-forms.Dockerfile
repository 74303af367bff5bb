# syntax=docker/dockerfile:1.7
FROM alpine:3.19.1
RUN apk update && apk add --virtual .build-deps gcc=13.2.1_git20231014-r0 musl-dev=1.2.4_git20230717-r4
RUN set -eux; \
    addgroup -S app; \
    apk -U add tini=0.19.0-r2; \
    adduser -S -G app app
# the cache removed before the add does not help
RUN rm -rf /var/cache/apk/* && apk --update-cache add git=2.43.0-r0
RUN apk upgrade --available
RUN ["apk", "add", "jq=1.7.1-r0"]
RUN <<EOF
set -e
apk add --repository https://dl-cdn.alpinelinux.org/alpine/edge/community yq=4.40.5-r2
EOF
ONBUILD RUN apk add --update make=4.4.1-r2
# a cache mount elsewhere keeps nothing out of /var/cache/apk
RUN --mount=type=cache,target=/root/.cache apk add py3-pip=23.3.1-r0
