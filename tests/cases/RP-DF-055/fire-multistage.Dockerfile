FROM golang:1.22.1-bookworm AS build
maintainer "Platform Team"
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/app ./cmd/app

FROM gcr.io/distroless/static-debian12:nonroot
Maintainer platform@example.com
COPY --from=build /out/app /app
ENTRYPOINT ["/app"]
