# syntax=docker/dockerfile:1
# escape=\
FROM debian:12 AS base
COPY <<EOF /etc/motd
hello
EOF
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
HEALTHCHECK NONE
HEALTHCHECK --interval=5s CMD curl -f http://localhost/ || exit 1
ONBUILD RUN echo later
RUN echo ok \
  # a comment inside a continuation
  && echo done
USER 1000
