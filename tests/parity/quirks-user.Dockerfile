# USER from an ARG, and root:root at the end (Dockle and Checkov compare with "root" only).
# expect-file: AVD-DS-0026 CKV_DOCKER_2 CIS-DI-0006
FROM debian:12.5-slim
ARG APP_UID=10001
# hadolint DL3046 measures the text "${APP_UID}", not the UID it holds (10001)
RUN useradd --uid "${APP_UID}" --no-create-home app
USER ${APP_UID}
COPY --chown=${APP_UID} app /usr/local/bin/app
# expect: DL3002 AVD-DS-0002 DL3066
USER root:root
ENTRYPOINT ["/usr/local/bin/app"]
