FROM debian:12.5-slim
RUN ["apt-get", "update"]
RUN ["/bin/sh", "-c", "apt update && echo refreshed"]
