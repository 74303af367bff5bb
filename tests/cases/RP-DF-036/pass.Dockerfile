FROM debian:12-slim AS tools
# a builder stage: its packages do not reach the image
RUN apt-get update \
 && apt-get install -y --no-install-recommends openssh-server \
 && rm -rf /var/lib/apt/lists/*
FROM debian:12-slim
COPY --from=tools /usr/bin/ssh-keygen /usr/local/bin/ssh-keygen
RUN apt-get update \
 && apt-get install -y --no-install-recommends openssh-client git \
 && rm -rf /var/lib/apt/lists/*
RUN mkdir -p /etc/ssh/sshd_config.d && /usr/sbin/sshd -t || true
CMD ["git", "daemon", "--base-path=/srv"]
