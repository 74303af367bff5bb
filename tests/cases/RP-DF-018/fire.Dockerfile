FROM debian:12-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends --allow-unauthenticated curl=7.88.1-10+deb12u5 \
 && rm -rf /var/lib/apt/lists/*
RUN apt-get -o APT::Get::AllowUnauthenticated=true install -y --force-yes legacy-tool=1.0.2
RUN echo "deb [trusted=yes] http://repo.internal.example.com/debian bookworm main" \
      > /etc/apt/sources.list.d/internal.list
RUN echo "deb [trusted=yes] http://mirror.internal.example.com/debian bookworm main" | sudo tee /etc/apt/sources.list.d/mirror.list
RUN apt-get update --allow-insecure-repositories
RUN apt -o Acquire::AllowInsecureRepositories=1 update
USER nobody
