FROM ubuntu:22.04
RUN apt-get update \
 && apt-get install -y --no-install-recommends \
      ca-certificates \
      openssh-server \
 && rm -rf /var/lib/apt/lists/* \
 && mkdir /var/run/sshd
RUN service ssh start
EXPOSE 22
CMD ["/usr/sbin/sshd", "-D"]
