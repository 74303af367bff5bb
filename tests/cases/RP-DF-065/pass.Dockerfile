FROM postgres:16.2-bookworm
VOLUME /var/lib/postgresql/data
VOLUME ["/data", "/var/log/app"]
VOLUME /etc/nginx/conf.d /usr/share/app/uploads /var/run/app
ARG DATA
VOLUME ${DATA}
