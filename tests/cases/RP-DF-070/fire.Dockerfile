FROM alpine:3.19.1
ARG VERSION
LABEL org.opencontainers.image.title=api \
      org.opencontainers.image.version=$VERSION \
      vendor="Example Inc."
# a typo in a key is caught by strict labels
LABEL org.opencontainers.image.sorce=https://github.com/example/api
