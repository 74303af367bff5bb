FROM rockylinux:9 AS base
RUN dnf install -y openssh-server && dnf clean all
FROM base
CMD ["sh", "-c", "/usr/sbin/sshd && exec /app/server"]
RUN sudo -E dnf install -y dropbear
