# every package pinned, the trust store included
FROM debian:12.5-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates=20230311 curl=7.88.1-10+deb12u5 \
 && rm -rf /var/lib/apt/lists/*
