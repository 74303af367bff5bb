FROM python:3.12-slim AS base
# pip disables the cache for any boolean value, "off" included
ENV PIP_NO_CACHE_DIR=off
RUN pip install flask==3.0.3
FROM base AS app
RUN pip install gunicorn==22.0.0
FROM python:3.12-slim AS other
RUN pip install --no-cache-dir -r requirements.txt
RUN PIP_NO_CACHE_DIR=1 pip install uvicorn==0.30.1
RUN env PIP_NO_CACHE_DIR=yes pip install starlette==0.37.2
RUN export PIP_NO_CACHE_DIR=true && pip install httpx==0.27.0
RUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt
RUN pip install pydantic==2.8.2 && pip cache purge
RUN pip install orjson==3.10.6 && rm -rf /root/.cache/pip
RUN pipx install poetry==1.8.3
RUN pipenv install --system --deploy
RUN uv pip install --system -r requirements.txt
RUN python -m pip --no-cache-dir install rich==13.7.1
RUN --mount=type=cache,target=/root/.cache pip install rich==13.7.1
RUN pip install attrs==23.2.0 && rm -rf /root/.cache/*
FROM python:3.12-slim AS cachedir
ENV PIP_CACHE_DIR=/var/cache/pip
RUN --mount=type=cache,target=/var/cache/pip pip install click==8.1.7
FROM python:3.12-slim
ARG PIP_NO_CACHE_DIR=1
RUN pip install click==8.1.7
