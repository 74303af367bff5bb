# WORKDIR, EXPOSE and VOLUME mistakes.
# expect-file: AVD-DS-0026 CKV_DOCKER_2 CIS-DI-0006
FROM debian:12.5-slim
# expect: DL3000 AVD-DS-0009 CKV_DOCKER_10
WORKDIR app
# expect: AVD-DS-0030
WORKDIR /dev/shm/build
# expect: AVD-DS-0004 CKV_DOCKER_1
EXPOSE 22
# expect: DL3011 AVD-DS-0008
EXPOSE 8080 65536
# expect: AVD-DS-0004
EXPOSE 22/udp
# expect: DKL-DI-0002
VOLUME /sys
# expect: DKL-DI-0002
VOLUME ["/data", "/proc"]
USER 10001
CMD ["/usr/sbin/sshd", "-D"]
