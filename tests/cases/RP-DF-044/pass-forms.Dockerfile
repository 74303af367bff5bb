# syntax=docker/dockerfile:1.7
FROM alpine:3.19.1
RUN apk --no-cache add curl=8.5.0-r0
RUN --mount=type=cache,target=/var/cache/apk apk -U add git=2.43.0-r0
RUN --mount=type=cache,target=/etc/apk/cache,sharing=locked apk add jq=1.7.1-r0
RUN apk upgrade --no-cache && apk del --purge wget && apk info
ARG APK_FLAGS=--no-cache
RUN apk add $APK_FLAGS bash=5.2.21-r0
