# A builder stage's root USER does not make the image run as root
FROM --platform=$BUILDPLATFORM golang:1.22.1-bookworm AS build
USER root
RUN CGO_ENABLED=0 go build -o /out/app .

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/app /app
USER 65532:65532
ENTRYPOINT ["/app"]
