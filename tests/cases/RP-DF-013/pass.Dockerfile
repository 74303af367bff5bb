FROM golang:1.22.1-bookworm AS build
RUN useradd builder
USER builder
RUN go build -o /out/app .

FROM debian:12.5-slim
RUN useradd --uid 10001 --no-create-home app
USER 10001:10001
