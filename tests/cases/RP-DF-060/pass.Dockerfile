FROM node:20.11.1-bookworm-slim AS build
WORKDIR /src
COPY . .
RUN npm ci && npm run build

FROM node:20.11.1-bookworm-slim
WORKDIR /app
COPY --from=build /src/dist ./dist
# shell-form HEALTHCHECK is the documented idiom: not PID 1
HEALTHCHECK CMD curl -fsS http://localhost:3000/healthz || exit 1
USER node
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["node", "dist/server.js"]
