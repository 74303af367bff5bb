FROM golang:1.22.1-bookworm AS build
LABEL stage=builder
RUN go version

FROM alpine:3.19.1
LABEL org.opencontainers.image.title=api
