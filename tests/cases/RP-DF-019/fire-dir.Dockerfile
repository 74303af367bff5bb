# hadolint and Trivy both flag this ADD of a local directory
FROM node:20.11-bookworm-slim
WORKDIR /usr/src/app
ADD . .
USER node
CMD ["node", "index.js"]
