FROM node:20.11.1-bookworm-slim
ARG APP_DIR=app
# resolves to the relative path "app"
WORKDIR $APP_DIR
COPY . .
