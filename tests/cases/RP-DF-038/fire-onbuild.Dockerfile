FROM debian:12.5-slim
ONBUILD RUN apt-get update && apt-get install -y --no-install-recommends make=4.3-4.1
