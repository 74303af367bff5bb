# A WORKDIR in another stage that is not a FROM-parent does not count.
FROM node:20.11-bookworm-slim AS build
WORKDIR /app
COPY . .
RUN npm ci && npm run build

FROM nginx:1.25.4-alpine
COPY --from=build /app/dist html/
COPY ["nginx.conf", "conf/nginx.conf"]
USER nginx
