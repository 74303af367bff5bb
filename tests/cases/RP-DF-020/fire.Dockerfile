FROM alpine:3.20
ADD https://github.com/tianon/gosu/releases/download/1.17/gosu-amd64 /usr/local/bin/gosu
ADD https://github.com/moby/buildkit.git#v0.13.2 /src/buildkit
ADD git@github.com:acme/private-lib.git /src/lib
ADD https://example.com/a.txt https://example.com/b.txt /data/
ADD https://github.com/acme/tools.git?ref=main&subdir=cmd /src/tools
ONBUILD ADD https://example.com/plugin.tar.gz /plugins/
USER 65534
