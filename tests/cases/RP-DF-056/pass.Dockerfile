# One CMD per stage: the builder's CMD and the final CMD do not collide.
FROM node:20.11.1-bookworm-slim AS builder
WORKDIR /src
COPY . .
RUN npm ci && npm run build
CMD ["npm", "test"]

FROM builder AS dev
CMD ["npm", "run", "dev"]

FROM node:20.11.1-bookworm-slim
WORKDIR /app
COPY --from=builder /src/dist ./dist
# the trigger's CMD belongs to the child image
ONBUILD CMD ["node", "child.js"]
USER node
CMD ["node", "dist/server.js"]
