# syntax=docker/dockerfile:1
ARG REGISTRY
FROM --platform=$BUILDPLATFORM ghcr.io/acme/golang:1.22.1 AS Build
RUN --mount=type=bind,from=registry.acme.internal/tools/protoc:25.3,target=/protoc \
    --mount=type=cache,target=/root/.cache/go-build \
    go build -o /out/app .

FROM build AS test
RUN go test ./...

FROM ${REGISTRY}/acme/runtime:1.0 AS custom

FROM mirror.eu.acme.internal/distroless/static-debian12:nonroot
COPY --from=BUILD /out/app /app
COPY --from=1 /out/app /app2
COPY --from=custom /etc/passwd /etc/passwd
USER 65532:65532
ENTRYPOINT ["/app"]
