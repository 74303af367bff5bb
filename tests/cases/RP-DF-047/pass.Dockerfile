FROM registry.access.redhat.com/ubi9/ubi-minimal:9.3
# microdnf assumes yes
RUN microdnf install shadow-utils-4.9-8.el9 && microdnf clean all
RUN microdnf install -y tar-1.34-6.el9_1 && microdnf clean all
