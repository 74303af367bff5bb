FROM debian:12-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates=20230311 curl=7.88.1-10+deb12u5 gnupg=2.2.40-1.1 \
 && install -d -m 0755 /etc/apt/keyrings \
 && curl -fsSL https://download.docker.com/linux/debian/gpg -o /etc/apt/keyrings/docker.asc \
 && echo "deb [arch=amd64 signed-by=/etc/apt/keyrings/docker.asc] https://download.docker.com/linux/debian bookworm stable" \
      > /etc/apt/sources.list.d/docker.list \
 && apt-get update \
 && apt-get install -y --no-install-recommends docker-ce-cli=5:26.1.0-1~debian.12~bookworm \
 && rm -rf /var/lib/apt/lists/*
RUN apt-get -o APT::Get::AllowUnauthenticated=false -o Dpkg::Options::=--force-confold install -y tzdata=2024a-0+deb12u1
USER nobody
