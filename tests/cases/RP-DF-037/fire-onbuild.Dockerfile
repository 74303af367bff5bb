FROM debian:12.5-slim
ONBUILD RUN apt-get update
ONBUILD RUN apt-get install -y --no-install-recommends build-essential
