FROM ghcr.io/acme/rust:1.76 AS build
RUN cargo build --release
FROM scratch
COPY --from=scratch / /
COPY --from=build /target/release/app /app
USER 65532
ENTRYPOINT ["/app"]
