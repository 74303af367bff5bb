FROM debian:12-slim
WORKDIR /app
ADD requirements.txt app.py /app/
ADD dist.zip /opt/
ADD <<EOF /etc/app.conf
listen = 8080
EOF
ADD ["config dir/", "/etc/app/"]
ADD https://example.com/tool.tar.gz ./local-patch.diff /opt/tool/
ONBUILD ADD . /app/src
USER nobody
