FROM debian:12.5-slim
# a plain upgrade never removes packages; no peer reports it any more
RUN apt-get update && apt-get upgrade -y && rm -rf /var/lib/apt/lists/*
