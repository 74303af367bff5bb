# syntax=docker/dockerfile:1
LABEL org.opencontainers.image.source="https://github.com/acme/api"
ARG PYTHON_VERSION=3.12.2
ENV PIP_NO_CACHE_DIR=1
FROM python:${PYTHON_VERSION}-slim-bookworm
USER 10001
