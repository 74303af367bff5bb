# apk: removing the cache by hand is not --no-cache for any peer; a cache mount is (hadolint).
# expect-file: AVD-DS-0026 CKV_DOCKER_2 CIS-DI-0006
FROM alpine:3.19.1
# expect: DL3019 AVD-DS-0025 DKL-DI-0004
RUN apk add --update tini=0.19.0-r2 && rm -rf /var/cache/apk/*
# hadolint skips the -t/--virtual and --repository values; ~ and > pin too
# expect: DL3018 DL3059
RUN apk add --no-cache -t .run-deps --repository https://dl-cdn.alpinelinux.org/alpine/edge/community \
        su-exec~0.2 'postgresql16-client>16.0' libpq
# a RUN with other flags (a mount) does not continue the row of short RUNs
# expect: DL3018
RUN --mount=type=cache,target=/var/cache/apk apk add git
# expect: DL3018 DL3019 AVD-DS-0025 DKL-DI-0004
RUN apk --update add openssh-client
# a later pair's name with no earlier value expands to nothing
# expect: DL3044
ENV PATH=$APP_HOME/bin:$PATH APP_HOME=/opt/app
USER 10001
ENTRYPOINT ["/sbin/tini", "--"]
