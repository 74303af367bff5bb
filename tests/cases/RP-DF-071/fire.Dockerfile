FROM alpine:3.19.1
LABEL org.opencontainers.image.title="" \
      org.opencontainers.image.description=''
LABEL org.opencontainers.image.version=
