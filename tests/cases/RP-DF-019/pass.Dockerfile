# syntax=docker/dockerfile:1
FROM debian:12-slim
ADD rootfs.tar.gz /
ADD vendor.tar.xz app-assets.tgz /opt/vendor/
ADD --checksum=sha256:bbc4136d03ab138b1ad66fa4fc051bafc6cc7ffae632b069a53657279a450de3 https://github.com/tianon/gosu/releases/download/1.17/gosu-amd64 /usr/local/bin/gosu
ADD git@github.com:acme/lib.git#2ee6a12a7b1c4b2c2d6f7e9c1a0b3c4d5e6f7a8b /src/lib
ADD https://github.com/moby/buildkit.git#0a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d /src/buildkit
COPY app.py /app/
COPY <<EOF /etc/app.conf
listen = 8080
EOF
USER nobody
