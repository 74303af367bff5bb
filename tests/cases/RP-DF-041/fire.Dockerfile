FROM debian:12.5-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends \
      curl \
      git=1:2.39.2-1.1 \
      openssh-client \
 && rm -rf /var/lib/apt/lists/*
