# Trivy and Checkov read the last USER of the whole file, so a builder stage that ends as root
# is reported there when the final stage sets no USER; hadolint reports it per stage.
# expect-file: CIS-DI-0001 AVD-DS-0026 CKV_DOCKER_2 CIS-DI-0006
FROM maven:3.9.6-eclipse-temurin-21 AS build
WORKDIR /build
COPY pom.xml .
RUN mvn -B dependency:go-offline
COPY src ./src
RUN mvn -B package -DskipTests
# (hadolint's DL3066 also fires on this `root`: a builder stage's user never runs the image)
# expect: DL3002 AVD-DS-0002 CKV_DOCKER_8
USER root
RUN chmod 0755 target/app.jar

FROM eclipse-temurin:21.0.2_13-jre-jammy
COPY --from=build /build/target/app.jar /app/app.jar
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
