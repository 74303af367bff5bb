# syntax=docker/dockerfile:1.7
FROM fedora:39 AS fedora
RUN dnf -y --setopt=install_weak_deps=False install nginx-1.24.0-1.fc39
# the clean must come after the install (hadolint accepts it anywhere)
RUN dnf clean all && dnf install -y httpd-2.4.58-1.fc39
# "clean packages" keeps the metadata
RUN dnf install -y git-2.43.0-1.fc39 && dnf clean packages
RUN dnf -y upgrade --refresh
RUN ["dnf", "install", "-y", "jq-1.7.1-1.fc39"]
RUN <<EOF
set -e
dnf module install -y nodejs:20
EOF
ONBUILD RUN dnf install -y make-4.4.1-2.fc39
# a cache mount elsewhere does not cover dnf's cache
RUN --mount=type=cache,target=/root/.cache dnf install -y python3-pip-23.2.1-1.fc39

FROM centos:7.9.2009 AS centos
RUN yum install -y epel-release-7-14 \
 && yum install -y jq-1.6-2.el7

FROM opensuse/leap:15.5 AS suse
RUN zypper --non-interactive install curl=8.0.1
RUN zypper -n rm vim && rm -rf /var/cache/zypp/packages
