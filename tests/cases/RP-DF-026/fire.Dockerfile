FROM debian:12-slim
COPY app-1.4.2.tar.gz /tmp/
RUN tar -xzf /tmp/app-1.4.2.tar.gz -C /opt && rm /tmp/app-1.4.2.tar.gz
COPY dist.zip /tmp/dist.zip
RUN apt-get update && apt-get install -y --no-install-recommends unzip=6.0-28 \
 && unzip /tmp/dist.zip -d /srv/www && rm -rf /tmp/dist.zip /var/lib/apt/lists/*
COPY data.tar.zst /tmp/
RUN zstd -d /tmp/data.tar.zst -o /tmp/data.tar && tar xf /tmp/data.tar -C /data
COPY node-v20.12.2-linux-x64.tar.xz /tmp/node.tar.xz
RUN cd /tmp && tar xJf node.tar.xz
USER nobody
