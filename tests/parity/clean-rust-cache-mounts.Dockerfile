# syntax=docker/dockerfile:1.7
# expect-none
# Rust with BuildKit cache mounts: apt lists and caches never reach a layer (hadolint's DL3009
# exemption; Dockle's DKL-DI-0005 reads history text and cannot see mounts).
FROM rust:1.76.0-slim-bookworm AS build
WORKDIR /src
COPY Cargo.toml Cargo.lock ./
COPY src ./src
RUN --mount=type=cache,target=/usr/local/cargo/registry \
    --mount=type=cache,target=/src/target \
    cargo build --release --locked && cp target/release/app /usr/local/bin/app

FROM debian:12.5-slim
RUN --mount=type=cache,target=/var/cache/apt,sharing=locked \
    --mount=type=cache,target=/var/lib/apt,sharing=locked \
    apt-get update && apt-get install -y --no-install-recommends libssl3=3.0.11-1~deb12u2
COPY --from=build /usr/local/bin/app /usr/local/bin/app
USER 10001:10001
HEALTHCHECK CMD ["/usr/local/bin/app", "--health"]
ENTRYPOINT ["/usr/local/bin/app"]
