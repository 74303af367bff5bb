FROM golang:1.22-bookworm AS build
WORKDIR /src
COPY . .
RUN go build -o /out/api ./cmd/api

FROM debian:12-slim AS runtime
COPY --from=0 /out/api /usr/local/bin/api
COPY --from=build /src/config.yaml /etc/app/
ONBUILD COPY --from=runtime /etc/app /etc/app
USER nobody
