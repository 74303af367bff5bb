FROM alpine:3.19.1
ARG SOCK=/var/run/docker.sock
VOLUME $SOCK
VOLUME /var/lib/../../lib
