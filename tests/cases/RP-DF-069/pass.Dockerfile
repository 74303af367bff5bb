FROM golang:1.22.1-bookworm AS build
WORKDIR /src
COPY . .
RUN go build -o /out/api ./cmd/api

FROM gcr.io/distroless/static-debian12:nonroot
ARG VERSION
ARG BUILD_DATE
LABEL org.opencontainers.image.source=https://github.com/example/api \
      org.opencontainers.image.created=$BUILD_DATE \
      org.opencontainers.image.version=$VERSION \
      org.opencontainers.image.title=api
COPY --from=build /out/api /api
ENTRYPOINT ["/api"]
