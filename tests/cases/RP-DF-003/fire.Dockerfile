# syntax=docker/dockerfile:1
FROM --platform=$BUILDPLATFORM golang:1.22.1-bookworm AS build
WORKDIR /src
RUN --mount=type=bind,source=.,target=/src \
    --mount=type=bind,from=ghcr.io/acme/protoc:25.3,source=/usr/bin/protoc,target=/usr/local/bin/protoc \
    go generate ./... && CGO_ENABLED=0 go build -o /out/app .

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=busybox:1.36.1-musl /bin/busybox /busybox
COPY --from=build /out/app /app
ENTRYPOINT ["/app"]
