# UBI minimal with microdnf (Trivy's DS019 pattern also matches the "dnf install" inside
# "microdnf install").
# expect-file: AVD-DS-0026 CKV_DOCKER_2 CIS-DI-0006
FROM registry.access.redhat.com/ubi9/ubi-minimal:9.3
# microdnf assumes yes: no -y needed (DL3038 is dnf's)
# expect: DL3040 DL3041 AVD-DS-0027 AVD-DS-0019
RUN microdnf install shadow-utils tar gzip
# hadolint's DL3041 takes the "17" of java-17-openjdk for a version
# expect: DL3059
RUN microdnf install -y java-17-openjdk-headless && microdnf clean all
# expect: DL3059
RUN useradd -u 1001 -r -g 0 -s /sbin/nologin default
USER 1001
COPY --chown=1001:0 target/app.jar /deployments/app.jar
ENTRYPOINT ["java", "-jar", "/deployments/app.jar"]
