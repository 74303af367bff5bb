# Pipes with and without pipefail.
# expect-file: AVD-DS-0026 CKV_DOCKER_2 CIS-DI-0006
FROM debian:12.5-slim
# expect: DL4006
RUN getent passwd | cut -d: -f1 > /tmp/users.txt
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN getent group | cut -d: -f1 > /tmp/groups.txt
SHELL ["/bin/bash", "-c"]
# expect: DL4006
RUN find /usr/share/doc -type f | xargs rm -f
USER 10001
CMD ["/bin/bash"]
