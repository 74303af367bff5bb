ARG TOOLS_IMAGE=ghcr.io/acme/tools:1.4
FROM golang:1.22-bookworm AS builder
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/api ./cmd/api

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=builder /out/api /api
COPY --from=builder /app/bin /usr/local/bin/
COPY --from=BUILDER /src/config.yaml /etc/app/
COPY --from=0 /etc/passwd /etc/passwd
COPY --from=nginx:1.25.4 /etc/nginx/mime.types /etc/mime.types
COPY --from=ghcr.io/acme/tools /bin/tool /usr/local/bin/tool
COPY --from=${TOOLS_IMAGE} /bin/helper /usr/local/bin/helper
COPY --from=busybox@sha256:9ae97d36d26566ff84e8893c64a6dc4fe8ca6d1144bf5b87b2b85a32def253c7 /bin/busybox /bin/busybox
USER nonroot
