# USER 0:0 is root too (Dockle and Checkov compare with the string "root" only).
# expect-file: AVD-DS-0026 CKV_DOCKER_2 CIS-DI-0006
FROM debian:12.5-slim
RUN groupadd -g 10001 app && useradd -u 10001 -g app app
USER 10001:10001
COPY --chown=10001:10001 entrypoint.sh /entrypoint.sh
# expect: DL3002 AVD-DS-0002
USER 0:0
ENTRYPOINT ["/entrypoint.sh"]
