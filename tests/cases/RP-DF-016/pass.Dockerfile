FROM ubuntu:24.04
RUN useradd -r -m -s /usr/sbin/nologin app && passwd -l app
RUN useradd -m -p '!' svc && usermod -p '*' svc && usermod -L svc
RUN grep -q pam_unix /etc/pam.d/common-password && echo "chpasswd is not used here"
WORKDIR /home/app
COPY --chown=app:app . .
USER app
CMD ["./run.sh"]
