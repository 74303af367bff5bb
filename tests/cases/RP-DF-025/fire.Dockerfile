FROM python:3.12.3-slim-bookworm
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY src/ app/
ADD vendor.tar.gz vendor/
COPY <<EOF app/config.ini
[server]
port = 8080
EOF
USER 10001
