# expect-none
# A static binary on scratch with a numeric user.
FROM golang:1.22.1-alpine3.19 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -ldflags="-s -w" -o /out/app ./cmd/app

FROM scratch
COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
COPY --from=build /out/app /app
USER 65532:65532
HEALTHCHECK CMD ["/app", "-health"]
ENTRYPOINT ["/app"]
