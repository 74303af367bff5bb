# expect-none
# Production dependencies installed from the lockfile, cache cleaned.
FROM node:20.11.1-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force

FROM node:20.11.1-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY --chown=1000:1000 . .
USER 1000:1000
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s CMD ["node", "healthcheck.js"]
CMD ["node", "server.js"]
