# Stage aliases: a duplicate, a reserved name, COPY --from mistakes.
# expect-file: AVD-DS-0026 CKV_DOCKER_2 CIS-DI-0006
FROM golang:1.22.1-bookworm AS build
WORKDIR /src
COPY . .
RUN go build -o /out/app .

# expect: DL3024 AVD-DS-0012 CKV_DOCKER_11
FROM golang:1.22.1-bookworm AS build
WORKDIR /src
COPY . .
RUN go build -o /out/tool ./cmd/tool

# expect: DL3063
FROM alpine:3.19.1 AS context
RUN apk add --no-cache ca-certificates=20240226-r0

FROM alpine:3.19.1 AS certs
COPY --from=context /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
# expect: DL3023 AVD-DS-0006
COPY --from=certs /etc/ssl/certs/ca-certificates.crt /tmp/ca.crt

FROM debian:12.5-slim
# expect: DL3022
COPY --from=assets /dist /srv/www/
# expect: DL3067
COPY --from=build / /
COPY --from=certs /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
USER 10001
ENTRYPOINT ["/usr/local/bin/app"]
