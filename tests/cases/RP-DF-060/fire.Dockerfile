FROM node:20.11.1-bookworm-slim
WORKDIR /app
COPY . .
USER node
CMD node server.js
