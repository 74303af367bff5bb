# The builder stage has a leftover CMD; the final stage has three.
FROM node:20.11.1-bookworm-slim AS builder
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
CMD ["npm", "test"]
CMD ["npm", "run", "build"]

FROM node:20.11.1-bookworm-slim
WORKDIR /app
COPY --from=builder /src/dist ./dist
USER node
CMD ["node", "dist/debug.js"]
CMD node dist/server.js
CMD ["node", "dist/server.js"]
