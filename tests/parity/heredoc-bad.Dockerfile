# syntax=docker/dockerfile:1.7
# Heredoc RUN scripts are shell scripts too.
# expect-file: AVD-DS-0026 CKV_DOCKER_2 CIS-DI-0006
FROM debian:12.5-slim
# expect: DL3008 DL3015 AVD-DS-0029 DL3009 DKL-DI-0005
RUN <<EOF
set -eux
apt-get update
apt-get install -y curl
EOF
COPY <<EOF /etc/app/config.ini
[server]
port = 8080
EOF
# expect: DL4006
RUN <<EOF
curl -fsSL https://example.com/install.sh | sh
EOF
# expect: DL3003 DL3059
RUN <<-SCRIPT
	cd /opt/app
	./configure --prefix=/usr/local
	SCRIPT
USER 10001
CMD ["/usr/local/bin/app"]
