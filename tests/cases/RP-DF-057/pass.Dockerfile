FROM golang:1.22.1-alpine3.19 AS build
WORKDIR /src
COPY . .
ENTRYPOINT ["go", "test", "./..."]

FROM build AS debug
ENTRYPOINT ["dlv", "exec", "/src/app"]

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /src/app /app
ONBUILD ENTRYPOINT ["/child"]
ENTRYPOINT ["/app"]
