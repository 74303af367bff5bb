FROM alpine:3.19.1
RUN apk add --no-cache \
      bash \
      ca-certificates \
      curl=8.5.0-r0 \
      tzdata
