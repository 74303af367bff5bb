FROM golang:1.22.1-bookworm AS build
RUN go build -o /out/api ./cmd/api

FROM node:20.11.1-bookworm-slim AS build
RUN npm ci && npm run build

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/api /api
