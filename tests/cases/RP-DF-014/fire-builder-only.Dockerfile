# The secret is only in the builder stage: it is not in the final image's config, but the
# build argument is kept in the build cache and provenance (hadolint DL3064 fires here too).
FROM golang:1.22-bookworm AS build
ARG GOPRIVATE=github.com/acme/*
ARG GITHUB_TOKEN
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -o /out/api ./cmd/api

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/api /api
USER nonroot:nonroot
ENTRYPOINT ["/api"]
