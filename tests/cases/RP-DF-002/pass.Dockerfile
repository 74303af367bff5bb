ARG TAG=12.5
ARG IMG
ARG NODE_IMAGE=node:20.11-bookworm-slim
FROM debian:${TAG} AS Base
FROM $IMG AS custom
FROM $NODE_IMAGE AS web
FROM alpine@sha256:d76820b037d845e0a2e88ccf55222ff69e528cff4961fba1a937799cfb066778 AS certs
FROM base
COPY --from=certs /etc/ssl/certs /etc/ssl/certs
FROM Web AS final-web
FROM scratch
COPY --from=custom /app /app
