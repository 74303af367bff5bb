FROM node:20.11.1-bookworm-slim AS base
WORKDIR /app
FROM base AS deps
RUN npm ci --omit=dev
FROM deps
COPY . .
CMD ["node", "server.js"]
