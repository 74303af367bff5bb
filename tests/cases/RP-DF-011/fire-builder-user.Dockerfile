# The builder's USER does not reach the image (Trivy and Checkov would pass this)
FROM golang:1.22.1-bookworm AS build
RUN useradd --uid 10001 builder
USER builder
RUN CGO_ENABLED=0 go build -o /tmp/app .

FROM gcr.io/distroless/static-debian12
COPY --from=build /tmp/app /app
ENTRYPOINT ["/app"]
