# --platform on FROM.
# expect-file: AVD-DS-0026 CKV_DOCKER_2 CIS-DI-0006
FROM --platform=$BUILDPLATFORM golang:1.22.1-bookworm AS build
ARG TARGETOS TARGETARCH
WORKDIR /src
COPY . .
RUN GOOS=$TARGETOS GOARCH=$TARGETARCH CGO_ENABLED=0 go build -o /out/app .

# expect: DL3029
FROM --platform=linux/amd64 debian:12.5-slim AS tools
RUN useradd -u 10001 app

# expect: DL3065
FROM --platform=$TARGETPLATFORM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/app /app
USER 65532:65532
ENTRYPOINT ["/app"]
