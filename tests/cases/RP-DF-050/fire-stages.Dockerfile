FROM python:3.12-slim AS base
ENV PIP_NO_CACHE_DIR=1
RUN pip install flask==3.0.3
FROM python:3.12-slim
RUN pip install gunicorn==22.0.0 && rm -rf /tmp/*
