# syntax=docker/dockerfile:1
FROM --platform=$BUILDPLATFORM golang:1.22.1-bookworm AS build
ARG TARGETPLATFORM
RUN echo "building for $TARGETPLATFORM"

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/app /app
