FROM rockylinux:9.3
RUN dnf install nginx-1.20.1-14.el9_2.1 && dnf clean all
