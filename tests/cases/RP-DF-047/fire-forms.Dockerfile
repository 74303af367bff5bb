# syntax=docker/dockerfile:1.7
FROM centos:7.9.2009 AS centos
RUN yum groupinstall "Development Tools" && yum clean all
RUN yum --enablerepo=epel localinstall /tmp/agent-1.0-1.x86_64.rpm && yum clean all
# -q is no yes; -y as the value of another option is no -y
RUN yum -q -c /etc/yum-y.conf install git-1.8.3.1-25.el7_9 && yum clean all
RUN ["yum", "remove", "postfix"]
RUN <<EOF
yum update
yum clean all
EOF
ONBUILD RUN yum install make-3.82-24.el7 && yum clean all

FROM fedora:39 AS fedora
RUN dnf group install "C Development Tools and Libraries" && dnf clean all
RUN tdnf install jq-1.7.1-1 && tdnf clean all

FROM opensuse/leap:15.5 AS suse
RUN zypper install curl=8.0.1 && zypper clean
# after the subcommand -n means --name, not --non-interactive
RUN zypper in -n wget=1.20.3 && zypper clean
RUN zypper --quiet patch && zypper clean
