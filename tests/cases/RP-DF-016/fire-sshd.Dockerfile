# a classic "ssh into the container" image
FROM debian:12-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends openssh-server=1:9.2p1-2+deb12u2 \
 && rm -rf /var/lib/apt/lists/* \
 && mkdir /var/run/sshd \
 && usermod -p '$6$rounds=4096$salt$0123456789abcdef' root
EXPOSE 22
CMD ["/usr/sbin/sshd", "-D"]
