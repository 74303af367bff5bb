# expect-none
# Maven wrapper build, JRE runtime.
FROM eclipse-temurin:21.0.2_13-jdk-jammy AS build
WORKDIR /workspace
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:21.0.2_13-jre-jammy
WORKDIR /app
COPY --from=build /workspace/target/app.jar app.jar
USER 10001:10001
EXPOSE 8080
HEALTHCHECK --start-period=30s CMD ["java", "-cp", "app.jar", "com.example.HealthCheck"]
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
