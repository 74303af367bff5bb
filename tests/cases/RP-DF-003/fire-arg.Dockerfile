ARG PY=3.12.2-slim-bookworm
FROM python:${PY}
ARG TOOLS=ghcr.io/acme/tools:2.0
COPY --from=${TOOLS} /bin/migrate /usr/local/bin/migrate
USER 10001
