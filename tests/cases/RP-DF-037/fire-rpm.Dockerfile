FROM rockylinux:9.3 AS rocky
RUN dnf -q makecache --refresh
RUN yum makecache fast && yum -y install tar-1.34-6.el9 && yum clean all
# a lone update is frozen in the build cache (Trivy, Checkov and CIS 4.7 report it too)
RUN yum -y update && yum clean all
RUN dnf -y upgrade --refresh && dnf clean all

FROM registry.access.redhat.com/ubi9/ubi-minimal:9.3 AS ubi
RUN microdnf update -y && microdnf clean all

FROM opensuse/leap:15.5
RUN zypper --non-interactive refresh
RUN zypper -n ref -f && echo done
RUN zypper --non-interactive up && zypper clean
