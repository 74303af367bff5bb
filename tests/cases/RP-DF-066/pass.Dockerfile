FROM node:20.11.1-bookworm-slim
WORKDIR /app
ONBUILD COPY package.json package-lock.json ./
ONBUILD RUN npm ci
ONBUILD COPY . .
ONBUILD LABEL org.opencontainers.image.authors="Frontend Team"
ONBUILD CMD ["node", "server.js"]
