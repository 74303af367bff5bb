# The builder's labels do not reach the final image.
FROM golang:1.22.1-bookworm AS build
LABEL org.opencontainers.image.source=https://github.com/example/api \
      org.opencontainers.image.created=2024-05-01T12:00:00Z
WORKDIR /src
COPY . .
RUN go build -o /out/api ./cmd/api

FROM gcr.io/distroless/static-debian12:nonroot
ARG VERSION
LABEL org.opencontainers.image.title=api org.opencontainers.image.version=$VERSION
COPY --from=build /out/api /api
ENTRYPOINT ["/api"]
