FROM docker:25.0.3-cli
VOLUME ["/var/run/docker.sock"]
VOLUME /etc /data
VOLUME ["/sys", "/var/lib/app"]
VOLUME /usr/ //proc
VOLUME /run/docker.sock
VOLUME /
