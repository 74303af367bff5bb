# A builder-stage secret copied into the final stage leaks; the builder copy stays in the
# build cache.
FROM node:20.11-bookworm-slim AS build
WORKDIR /src
COPY .npmrc package.json package-lock.json ./
RUN npm ci && npm run build

FROM nginx:1.25.4-alpine
COPY --from=build /src/.npmrc /tmp/
COPY --from=build /src/dist /usr/share/nginx/html
USER nginx
