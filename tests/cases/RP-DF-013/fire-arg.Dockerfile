FROM node:20.11.1-bookworm-slim AS base
ARG APP_USER=node
USER ${APP_USER}
FROM base
COPY . /app
