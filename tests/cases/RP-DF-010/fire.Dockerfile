FROM node:20.11.1-bookworm-slim
WORKDIR /app
USER node
COPY --chown=node:node package.json package-lock.json ./
RUN npm ci --omit=dev
USER root
CMD ["node", "server.js"]
