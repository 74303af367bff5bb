# COPY --from by index, WORKDIR inherited from a parent stage, several sources.
FROM node:20.11.1-alpine3.19 AS build
WORKDIR /app
COPY . .
RUN npm ci && npm run build

FROM build AS test
COPY fixtures/ ./fixtures/
RUN npm test

FROM nginx:1.25.4-alpine
COPY --from=0 /app/dist /usr/share/nginx/html
# expect: DL3021 AVD-DS-0011
COPY --from=build /app/dist/index.html /app/dist/app.js /usr/share/nginx/html
# expect: DL3045
COPY nginx.conf conf.d/
USER 101
HEALTHCHECK CMD ["wget", "-q", "--spider", "http://127.0.0.1/"]
