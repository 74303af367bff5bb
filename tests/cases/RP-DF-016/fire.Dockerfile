FROM ubuntu:24.04
RUN useradd -m -s /bin/bash dev \
 && echo 'dev:dev' | chpasswd
RUN echo "root:Docker!" | chpasswd -c SHA512
RUN useradd -m -p "$(openssl passwd -6 changeme)" admin
RUN echo "changeme" | passwd --stdin builder
RUN printf 'toor\ntoor\n' | passwd root
RUN ["/bin/sh", "-c", "echo jenkins:jenkins | /usr/sbin/chpasswd"]
ONBUILD RUN echo "app:app" | chpasswd
USER dev
