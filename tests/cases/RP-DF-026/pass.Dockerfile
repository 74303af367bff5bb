# syntax=docker/dockerfile:1
FROM debian:12-slim AS unpack
ADD app-1.4.2.tar.gz /opt/
RUN --mount=type=bind,source=dist.zip,target=/tmp/dist.zip unzip /tmp/dist.zip -d /srv/www
COPY config.tar.gz /etc/app/
RUN tar -czf /tmp/backup.tar.gz /etc/app
COPY seed.tar.gz /tmp/

FROM debian:12-slim
COPY --from=unpack /opt/ /opt/
RUN tar -xzf /tmp/seed.tar.gz -C /srv || true
USER nobody
