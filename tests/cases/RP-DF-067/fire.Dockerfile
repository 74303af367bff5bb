FROM eclipse-temurin:21.0.2_13-jdk-jammy
# PATH gets the JAVA_HOME from before this ENV, not /opt/java/openjdk
ENV JAVA_HOME=/opt/java/openjdk \
    PATH="${JAVA_HOME}/bin:${PATH}"
ENV APP_HOME=/opt/app APP_BIN=$APP_HOME/bin
