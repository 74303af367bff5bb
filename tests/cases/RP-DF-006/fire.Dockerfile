FROM --platform=$TARGETPLATFORM node:20.11.1-bookworm-slim AS build
RUN npm ci && npm run build

FROM --platform=${TARGETPLATFORM} nginxinc/nginx-unprivileged:1.25.4-alpine
COPY --from=build /app/dist /usr/share/nginx/html
