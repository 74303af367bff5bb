FROM node:20.11.1-bookworm-slim AS build
USER root
RUN npm ci && npm run build
USER node

FROM nginxinc/nginx-unprivileged:1.25.4-alpine
COPY --from=build /app/dist /usr/share/nginx/html
