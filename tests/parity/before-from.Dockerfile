# Instructions before the first FROM: only ARG is allowed there.
# expect-file: AVD-DS-0026 CKV_DOCKER_2 CIS-DI-0006
ARG DEBIAN_VERSION=12.5
# expect: DL3061
LABEL org.opencontainers.image.source="https://github.com/example/app"
FROM debian:${DEBIAN_VERSION}-slim
# expect: DL3044
ENV APP_HOME=/opt/app APP_BIN=$APP_HOME/bin
# expect: DL3048
LABEL Maintainer="ops@example.com" app_version="1.0.0"
WORKDIR $APP_HOME
COPY bin/ ./bin/
USER 10001
ENTRYPOINT ["/opt/app/bin/app"]
