# Ports and working directories at the edges.
# expect-file: AVD-DS-0026 CKV_DOCKER_2 CIS-DI-0006
FROM debian:12.5-slim
ARG SSH_PORT=22
# expect: DL3011
EXPOSE 8000-70000
# expect: AVD-DS-0004 CKV_DOCKER_1
EXPOSE 22/tcp
# expect: DL3000 AVD-DS-0009 CKV_DOCKER_10
WORKDIR ./build
WORKDIR $HOME/app
# expect: AVD-DS-0030
WORKDIR /proc/sys/
USER 10001
CMD ["/bin/true"]
