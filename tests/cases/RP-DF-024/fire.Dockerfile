FROM golang:1.22-bookworm AS build
WORKDIR /src
COPY . .
RUN go build -o /out/api ./cmd/api

FROM debian:12-slim
COPY --from=build / /
COPY --from=build ./ /
COPY --from=0 /. //
ONBUILD COPY --from=base / /
USER nobody
