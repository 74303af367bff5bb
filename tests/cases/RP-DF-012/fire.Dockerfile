FROM golang:1.22.1-bookworm AS build
RUN useradd --uid 10001 builder
USER builder
RUN go mod download
USER root
RUN CGO_ENABLED=0 go build -o /out/app .

FROM debian:12.5-slim AS debug
USER 0

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/app /app
USER 65532:65532
