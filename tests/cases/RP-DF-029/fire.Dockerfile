FROM ubuntu:22.04
RUN apt-get update \
 && apt-get install -y --no-install-recommends nginx procps vim \
 && rm -rf /var/lib/apt/lists/*
RUN service nginx start \
 && ps aux | grep nginx \
 && kill -HUP "$(cat /run/nginx.pid)"
RUN ssh-keyscan github.com >> /etc/ssh/ssh_known_hosts && ssh -T git@github.com || true
ONBUILD RUN top -b -n 1
RUN <<EOF
set -e
mount -t tmpfs tmpfs /mnt
EOF
RUN ["/usr/bin/vim", "-c", "wq", "/etc/hosts"]
