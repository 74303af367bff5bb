FROM golang:1.22.1-bookworm AS build-api
RUN go build -o /out/api ./cmd/api

FROM node:20.11.1-bookworm-slim AS build-web
RUN npm ci && npm run build

FROM build-web AS build-web-test
RUN npm test

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build-api /out/api /api
