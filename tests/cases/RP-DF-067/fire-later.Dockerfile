FROM eclipse-temurin:21.0.2_13-jre-jammy
# JAVA_HOME is set after PATH reads it, and nothing set it before: PATH gets /bin:...
ENV PATH=$JAVA_HOME/bin:$PATH JAVA_HOME=/opt/java/openjdk
USER 10001
