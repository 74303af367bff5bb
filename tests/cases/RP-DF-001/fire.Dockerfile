# syntax=docker/dockerfile:1
FROM golang:latest AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -o /out/api ./cmd/api

FROM alpine:latest
RUN apk add --no-cache ca-certificates=20240226-r0
COPY --from=build /out/api /usr/local/bin/api
USER 10001:10001
ENTRYPOINT ["/usr/local/bin/api"]
