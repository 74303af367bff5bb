FROM golang:1.22.1-alpine3.19 AS build
WORKDIR /src
COPY . .
ENTRYPOINT ["go", "test"]
ENTRYPOINT ["go", "vet"]
ENTRYPOINT ["go", "build"]

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /src/app /app
ENTRYPOINT ["/app"]
