FROM python:3.12.3-slim-bookworm AS base
WORKDIR /app

FROM base AS final
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .

FROM python:3.12.3-slim-bookworm AS other
ARG APP_HOME=/srv/app
COPY requirements.txt /srv/app/
COPY src/ $APP_HOME/src/
COPY tools C:/tools/
ONBUILD COPY . src/
WORKDIR /srv/app
COPY . .
USER 10001
