FROM rockylinux:9.3
RUN dnf -y --setopt=install_weak_deps=False --setopt=tsflags=nodocs install nginx-1.20.1 \
 && dnf clean all
RUN dnf config-manager --setopt=appstream.sslverify=1 --save
USER nginx
