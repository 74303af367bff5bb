# syntax=docker/dockerfile:1
FROM alpine:3.20
ADD --checksum=sha256:bbc4136d03ab138b1ad66fa4fc051bafc6cc7ffae632b069a53657279a450de3 https://github.com/tianon/gosu/releases/download/1.17/gosu-amd64 /usr/local/bin/gosu
ADD https://example.com/y.tar.gz --checksum=sha256:5a6f2a2d0e6f5c1f0b8a1b1d2c3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e /tmp/
ADD https://github.com/moby/buildkit.git#0a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d /src/buildkit
ADD --checksum=0a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d https://github.com/moby/buildkit.git#v0.13.2 /src/bk
ADD git@github.com:acme/lib.git#2ee6a12a7b1c4b2c2d6f7e9c1a0b3c4d5e6f7a8b:pkg /src/lib
ADD https://github.com/acme/tools.git?ref=0a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d /src/tools
ADD rootfs.tar.gz /
USER 65534
