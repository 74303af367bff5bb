FROM eclipse-temurin:21.0.2_13-jdk-jammy
ENV JAVA_HOME=/opt/java/openjdk
ENV PATH="${JAVA_HOME}/bin:${PATH}"
ENV PATH=/opt/tools/bin:$PATH LANG=C.UTF-8
# a reference to a name set later in the same ENV reads the earlier value: meant when there is one
ARG A=0
ENV B=$A A=1
# single quotes and escapes keep the text literal
ENV GREETING=hello TEMPLATE='$GREETING, world' RAW=\$GREETING
ENV LEGACY_FORM value with $LEGACY_FORM
