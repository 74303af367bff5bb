# syntax=docker/dockerfile:1.7
FROM fedora:39
RUN dnf install -y nginx-1.24.0-1.fc39 && dnf clean all
RUN dnf install -y httpd-2.4.58-1.fc39 && rm -rf /var/cache/dnf
RUN yum -y install git-2.43.0-1.fc39 && yum clean all && rm -rf /var/cache/yum/*
RUN --mount=type=cache,target=/var/cache/dnf,sharing=locked dnf install -y make-4.4.1-2.fc39
RUN --mount=type=cache,target=/var/cache/libdnf5 dnf5 install -y jq-1.7.1-1.fc39
RUN --mount=type=tmpfs,target=/var/cache dnf install -y less-633-2.fc39
RUN <<EOF
set -e
dnf install -y file-5.44-5.fc39
dnf clean all
EOF
# queries leave nothing to clean
RUN dnf repoquery --installed && rpm -qa && dnf remove -y vim-minimal && dnf clean all

FROM opensuse/leap:15.5
RUN zypper --non-interactive install curl=8.0.1 && zypper clean --all
RUN zypper -n in wget=1.20.3 && zypper cc -a
RUN --mount=type=cache,target=/var/cache/zypp zypper -n in vim=9.0.2103
