FROM debian:12-slim
RUN apt-get update
# install the tools

RUN apt-get install -y --no-install-recommends curl
RUN --mount=type=cache,target=/var/cache/apt apt-get install -y --no-install-recommends git
RUN --mount=type=cache,target=/var/cache/apt rm -rf /var/lib/apt/lists/*
RUN useradd -m app
RUN mkdir -p /app && chown app /app && chmod 755 /app
RUN echo done
