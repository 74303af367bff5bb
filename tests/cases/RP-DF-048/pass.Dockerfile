FROM registry.access.redhat.com/ubi9/ubi-minimal:9.3
RUN microdnf install -y shadow-utils-4.9-8.el9 tar-2:1.34-6.el9_1 && microdnf clean all
