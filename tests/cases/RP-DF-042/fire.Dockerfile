FROM ubuntu:22.04@sha256:2b7412e6465c3c7fc5bb21d3e6f1917c167358449fecac8176c6e496e5c1f05f
RUN apt update \
 && apt install -y --no-install-recommends curl=7.81.0-1ubuntu1.15 \
 && rm -rf /var/lib/apt/lists/*
