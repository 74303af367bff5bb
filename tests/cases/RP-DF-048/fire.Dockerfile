FROM registry.access.redhat.com/ubi9/ubi-minimal:9.3
RUN microdnf install -y shadow-utils && microdnf clean all
