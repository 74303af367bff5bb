FROM golang:1.22.1-bookworm AS build
USER 10001
RUN go build -o /out/app .
FROM debian:12.5-slim
RUN groupadd -g 10001 app && useradd -u 10001 -g app app
USER app:app
