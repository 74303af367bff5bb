FROM debian:12.5-slim
# order matters: the refresh comes after the install that could use it
RUN apt-get install -y --no-install-recommends ca-certificates \
 && apt-get update
