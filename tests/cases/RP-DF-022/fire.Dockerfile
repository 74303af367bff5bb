FROM golang:1.22-bookworm AS Build
WORKDIR /src
COPY . .
RUN go build -o /out/api ./cmd/api
COPY --from=build /out/api /usr/local/bin/api

FROM debian:12-slim AS runtime
COPY --from=1 /etc/hostname /tmp/hostname
COPY --from=Runtime /etc/os-release /tmp/
USER nobody
