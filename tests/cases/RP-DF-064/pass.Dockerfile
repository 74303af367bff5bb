FROM alpine:3.19.1
WORKDIR /app
WORKDIR /procfs
WORKDIR /devel
WORKDIR /srv/dev
WORKDIR /home/sys
WORKDIR /bootstrap
WORKDIR relative/proc
