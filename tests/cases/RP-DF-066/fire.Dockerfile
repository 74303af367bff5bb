# A base image for language builds, with triggers for the child images.
FROM node:20.11.1-bookworm-slim
WORKDIR /app
ONBUILD COPY package.json package-lock.json ./
ONBUILD RUN npm ci
ONBUILD ONBUILD RUN npm test
ONBUILD FROM node:20.11.1-bookworm-slim
onbuild maintainer "Frontend Team"
