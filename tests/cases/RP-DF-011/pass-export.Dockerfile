# An export stage for `docker build --output type=local,dest=dist .`: nothing runs in it
FROM --platform=$BUILDPLATFORM golang:1.22.1-bookworm AS build
ARG TARGETOS TARGETARCH
RUN CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/app .

FROM scratch AS export
COPY --from=build /out/app /
