FROM debian:12.5-slim
# apt-get clean empties /var/cache/apt but leaves the lists
RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u5 && apt-get clean
