FROM golang:1.22-bookworm AS builder
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/api ./cmd/api

FROM gcr.io/distroless/static-debian12:nonroot AS runtime
COPY --from=build /out/api /api
COPY --from=2 /usr/share/nginx/html /www
COPY --from=assets /dist /www
COPY --from=nginx /etc/nginx/mime.types /etc/mime.types
USER nonroot

FROM node:20.11-bookworm-slim AS assets
WORKDIR /app
RUN npm run build
