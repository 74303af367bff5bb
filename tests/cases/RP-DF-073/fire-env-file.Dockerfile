# Trivy DS031: a credentials-file variable pointing at a copied file.
FROM python:3.12.3-slim-bookworm AS base
ENV AWS_CONFIG_FILE=/etc/acme/aws.conf
WORKDIR /app

FROM base
COPY deploy/ /etc/acme/
COPY . .
ARG HF_TOKEN_PATH=./hf/token
USER 10001
CMD ["python", "-m", "app"]
