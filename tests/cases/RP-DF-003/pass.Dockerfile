# syntax=docker/dockerfile:1
FROM --platform=$BUILDPLATFORM golang:1.22.1-bookworm@sha256:277c87868aaaee0aeeac22bdda1f990517b09bd6bec36cbe7457ce42c7f824c4 AS build
WORKDIR /src
RUN --mount=type=cache,target=/root/.cache/go-build \
    --mount=type=bind,from=ghcr.io/acme/protoc:25.3@sha256:9088beb3ca68cfb4f813ebfa92a77d86a384a2e33d45b51d4c23cb7330e5ad60,source=/usr/bin/protoc,target=/usr/local/bin/protoc \
    CGO_ENABLED=0 go build -o /out/app .

FROM build AS test
RUN go test ./...

FROM gcr.io/distroless/static-debian12:nonroot@sha256:d76820b037d845e0a2e88ccf55222ff69e528cff4961fba1a937799cfb066778
COPY --from=build /out/app /app
COPY --from=0 /etc/passwd /etc/passwd
COPY --from=docker.io/library/busybox:1.36.1@sha256:62ede18da3300fa318e02ef7ccfad7d8f47edf052c9c1288942d471fa1a492c5 /bin/busybox /busybox
ENTRYPOINT ["/app"]
