# syntax=docker/dockerfile:1.7
FROM fedora:39 AS fedora
# a "-" inside the name is no version (hadolint's DL3033 and DL3041 accept these)
RUN dnf install -y \
      java-17-openjdk-headless \
      gcc-c++ \
      python3-pip-23.2.1-1.fc39 \
 && dnf clean all
RUN dnf --setopt=install_weak_deps=False --enablerepo updates-testing -y install nginx && dnf clean all
RUN dnf module install -y nodejs && dnf clean all
RUN ["yum", "install", "-y", "epel-release"]
RUN <<EOF
set -e
dnf install -y jq
dnf clean all
EOF
ONBUILD RUN dnf install -y make && dnf clean all

FROM opensuse/leap:15.5 AS suse
RUN zypper --non-interactive install --no-recommends curl wget=1.20.3 && zypper clean --all
RUN zypper -n in -r repo-oss vim && zypper clean
