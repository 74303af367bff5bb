# node builder + nginx, with stage aliases in mixed case
FROM node:20.11.1-bookworm-slim AS Builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM BUILDER AS Tested
RUN npm test

FROM nginxinc/nginx-unprivileged:1.25.4-alpine
COPY --from=builder /app/dist /usr/share/nginx/html
EXPOSE 8080
