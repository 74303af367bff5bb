FROM ubuntu:22.04@sha256:2b7412e6465c3c7fc5bb21d3e6f1917c167358449fecac8176c6e496e5c1f05f
# apt-cache, apt-key, apt-mark and asking whether apt exists are fine
RUN apt-cache policy curl && apt-mark hold curl && command -v apt && echo "apt is here" && ls /etc/apt
COPY apt.conf /etc/apt/apt.conf.d/90local
