# syntax=docker/dockerfile:1
FROM python:3.12.3-slim-bookworm
WORKDIR /app
COPY requirements.txt ./
RUN --mount=type=secret,id=pip,target=/root/.config/pip/pip.conf pip install --no-cache-dir -r requirements.txt
COPY ca-bundle.pem /usr/local/share/ca-certificates/ca-bundle.crt
COPY .env.example ./
COPY settings.py /app/myproject/settings.py
COPY known_hosts /root/.ssh/known_hosts
COPY deploy.pub /root/.ssh/deploy.pub
COPY truststore.jks /opt/app/
COPY nodesource-repo.gpg.key /tmp/
COPY keys.py tokens.py /app/lib/
COPY src/ ./src/
ENV GOOGLE_APPLICATION_CREDENTIALS=/run/secrets/gcp.json \
    AWS_CONFIG_FILE=/etc/aws/config
USER 10001
CMD ["python", "-m", "app"]
