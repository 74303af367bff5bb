FROM debian:12.5
ARG STATE_DIR=/proc/sys/kernel
WORKDIR ${STATE_DIR}
