# A Spring Boot image: the final stage installs curl for its healthcheck.
# expect-file: AVD-DS-0002 CKV_DOCKER_3 CIS-DI-0001
FROM gradle:8.6-jdk21 AS build
WORKDIR /home/gradle/src
COPY --chown=gradle:gradle . .
RUN gradle build --no-daemon

FROM eclipse-temurin:21-jre-alpine
# expect: DL3018 DL3019 AVD-DS-0025 DKL-DI-0004
RUN apk add curl
# expect: DL3059
RUN mkdir /app
# expect: DL3020 AVD-DS-0005 CKV_DOCKER_4 CIS-DI-0009
ADD config/application.yml /app/config/application.yml
COPY --from=build /home/gradle/src/build/libs/app.jar /app/app.jar
# A shell-form HEALTHCHECK is not PID 1: DL3025 is about CMD and ENTRYPOINT
HEALTHCHECK CMD curl -f http://localhost:8080/actuator/health || exit 1
# expect: DL3025
ENTRYPOINT java -jar /app/app.jar
