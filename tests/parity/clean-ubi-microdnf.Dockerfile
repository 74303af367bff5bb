# expect-none
# UBI minimal with pinned RPMs and the microdnf cache cleaned.
FROM registry.access.redhat.com/ubi9/ubi-minimal:9.3-1612@sha256:69ffbadcc9463abce274dc6b091a08a9deae0ad7ac4b6a2a81796eb87b79f73f
RUN microdnf install -y shadow-utils-4.9-8.el9 java-17-openjdk-headless-17.0.10.0.7-2.el9 \
    && microdnf clean all \
    && useradd --uid 1001 --gid 0 --no-create-home --shell /sbin/nologin default
COPY --chown=1001:0 target/app.jar /deployments/app.jar
USER 1001
EXPOSE 8080
HEALTHCHECK CMD ["java", "-cp", "/deployments/app.jar", "com.example.Health"]
ENTRYPOINT ["java", "-jar", "/deployments/app.jar"]
