FROM fedora:39 AS fedora
ARG HTTPD_VERSION=2.4.58-1.fc39
ARG RPMS="jq-1.7.1-1.fc39 less-633-2.fc39"
RUN dnf install -y \
      ca-certificates-2023.2.60_v7.0.306-90.1.el9_2 \
      httpd-${HTTPD_VERSION} \
      nodejs-1:20.10.0-1.fc39 \
      kernel-headers-6.6.8-200.fc39.x86_64 \
      $RPMS \
      @development-tools \
      https://dl.fedoraproject.org/pub/epel/epel-release-latest-9.noarch.rpm \
      /tmp/agent-1.0-1.x86_64.rpm \
 && dnf clean all
RUN dnf module install -y nodejs:20/default && dnf group install -y "Development Tools" && dnf clean all
RUN yum groupinstall -y "Development Tools" && yum localinstall -y /tmp/x.rpm && yum clean all
# packages through xargs are not seen
RUN xargs dnf install -y < /tmp/rpms.txt && dnf clean all

FROM opensuse/leap:15.5
RUN zypper --non-interactive install curl=8.0.1 'git>=2.40' 'vim<10' less-590 && zypper clean --all
RUN zypper -n in -t pattern devel_basis && zypper -n in --type patch openSUSE-2024-1 && zypper clean
