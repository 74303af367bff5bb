# syntax=docker/dockerfile:1
# escape=\
# Build arguments shared by all stages
ARG GO_VERSION=1.22.1
ARG DISTROLESS=gcr.io/distroless/static-debian12:nonroot

FROM golang:${GO_VERSION}-bookworm AS build
LABEL stage=build
RUN go build -o /out/app .

FROM ${DISTROLESS}
COPY --from=build /out/app /app
