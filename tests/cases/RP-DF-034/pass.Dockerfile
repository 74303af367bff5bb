FROM debian:12-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/*
RUN useradd -m app
COPY app /app
RUN chown -R app /app
ONBUILD RUN echo a
RUN echo b
RUN --network=none make -C /app test
RUN make -C /app install
USER app
