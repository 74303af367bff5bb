# The index refresh sits in a layer of its own; the install in the next RUN
# reuses it from the build cache.
FROM debian:12.5-slim
RUN apt-get update
RUN apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u5 \
 && rm -rf /var/lib/apt/lists/*
