FROM alpine:3.20
RUN apk add --no-cache openssh=9.7_p1-r4 \
 && ssh-keygen -A
ENTRYPOINT /usr/sbin/sshd -D -e
