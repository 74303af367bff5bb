# syntax=docker/dockerfile:1
ARG PLATFORM
FROM --platform=$BUILDPLATFORM golang:1.22.1-bookworm AS build
ARG TARGETOS TARGETARCH
RUN CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/app .

FROM --platform=${BUILDPLATFORM} node:20.11.1-bookworm-slim AS web
RUN npm ci && npm run build

FROM --platform=$BUILDOS/$BUILDARCH alpine:3.19.1 AS tools
FROM --platform=$PLATFORM alpine:3.19.1 AS per-build

FROM --platform=${TARGETPLATFORM:-linux/amd64} gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/app /app
ENTRYPOINT ["/app"]
