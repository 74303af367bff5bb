FROM debian:12.5
ARG SSH_PORT=22
EXPOSE ${SSH_PORT}
EXPOSE 22/tcp
EXPOSE 22/udp 53/udp
# a range that contains 22
EXPOSE 20-30
