FROM alpine:3.19.1
WORKDIR /proc
WORKDIR /proc/self
WORKDIR /dev/
WORKDIR /sys/fs/cgroup
WORKDIR //boot
WORKDIR /app/../initrd
WORKDIR /./lost+found
# the runc breakout CVE-2024-21626 used a WORKDIR like this one
WORKDIR /proc/self/fd/7
