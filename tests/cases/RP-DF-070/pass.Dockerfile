FROM alpine:3.19.1
ARG VERSION
LABEL org.opencontainers.image.title=api \
      org.opencontainers.image.version=$VERSION \
      org.opencontainers.image.source=https://github.com/example/api
