FROM node:20.15-bookworm-slim AS base
WORKDIR /app
COPY package.json yarn.lock ./
RUN yarn install --frozen-lockfile
FROM base AS runtime
COPY . .
CMD ["node", "server.js"]
