# expect-none
# Alpine with pinned packages and no apk cache.
FROM alpine:3.19.1@sha256:4935594d67dc4028629e5c32eccbc94c978316ece20a8f8b980d42bfdd110370
RUN apk add --no-cache ca-certificates=20240226-r0 tzdata=2024a-r0 \
    && addgroup -S -g 10001 app \
    && adduser -S -D -H -u 10001 -G app app
COPY --chown=10001:10001 bin/app /usr/local/bin/app
USER 10001:10001
HEALTHCHECK CMD ["/usr/local/bin/app", "health"]
ENTRYPOINT ["/usr/local/bin/app"]
