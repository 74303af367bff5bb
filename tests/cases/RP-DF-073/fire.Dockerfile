FROM python:3.12.3-slim-bookworm
WORKDIR /app
COPY id_rsa /root/.ssh/id_rsa
COPY deploy_key /root/.ssh/
COPY .env ./
COPY config/npmrc-ci /root/.npmrc
COPY certs/server.key certs/server.crt /etc/nginx/tls/
COPY secrets/gcp-service-account.json /app/credentials/
ENV GOOGLE_APPLICATION_CREDENTIALS=/app/credentials/gcp-service-account.json
COPY aws.ini $AWS_SHARED_CREDENTIALS_FILE
ADD keystore.jks /opt/app/
COPY <<EOF /root/.docker/config.json
{"auths": {"registry.example.com": {"auth": "Y2k6c2VjcmV0"}}}
EOF
COPY ["config/.env.production", "/app/.env.production"]
ONBUILD COPY .pypirc /root/
USER 10001
