FROM fedora:39 AS fedora
RUN dnf makecache && dnf install -y httpd-2.4.58-1.fc39 && dnf clean all
RUN dnf -y update && dnf -y install nginx-1.24.0-1.fc39 && dnf clean all
RUN yum check-update || true; yum -y install git-2.43.0-1.fc39 && yum clean all

FROM registry.access.redhat.com/ubi9/ubi-minimal:9.3 AS ubi
RUN microdnf update -y && microdnf install -y shadow-utils-4.9-8.el9 && microdnf clean all

FROM opensuse/leap:15.5
RUN zypper -n ref && zypper -n in curl=8.0.1 && zypper clean --all
RUN zypper --non-interactive up && zypper -n in wget=1.20.3 && zypper clean
