FROM golang:1.22.1-bookworm AS build
USER 10001
RUN go build -o /tmp/app .

FROM debian:12.5-slim
COPY --from=build /tmp/app /usr/local/bin/app
USER 0:0
ENTRYPOINT ["/usr/local/bin/app"]
