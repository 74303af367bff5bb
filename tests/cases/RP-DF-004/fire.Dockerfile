# Docker Hub is not in the list: an image without registry comes from docker.io
FROM python:3.12.2-slim-bookworm AS build
RUN pip wheel --no-cache-dir --wheel-dir /wheels -r requirements.txt

FROM ghcr.io/acme/python:3.12.2-slim
COPY --from=quay.io/prometheus/busybox:glibc /bin/sh /bin/sh
COPY --from=build /wheels /wheels
RUN --mount=type=bind,from=docker.io/library/alpine:3.19,source=/etc/ssl,target=/mnt/ssl \
    cp /mnt/ssl/certs/ca-certificates.crt /etc/ssl/certs/
USER 10001
