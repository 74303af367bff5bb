FROM alpine:3.19.1
ARG KEY
LABEL org.opencontainers.image.title="api" \
      org.opencontainers.image.vendor="Example" \
      org.opencontainers.image.version="1.4.2"
LABEL maintainer="ops@example.com" description="API gateway" version=1.4.2
LABEL io.k8s.description="API gateway" com.example.team=payments-2
LABEL "com.example.quoted-key"="x"
LABEL ${KEY}=x
