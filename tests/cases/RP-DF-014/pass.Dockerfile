# Names that look secret but hold none: fingerprints, public keys, paths, URLs, switches.
FROM python:3.12.3-slim-bookworm
ENV GPG_KEY=7169605F62C751356D054A26A821E680E5FA6305 \
    PYTHON_VERSION=3.12.3 \
    PIP_NO_CACHE_DIR=1
ENV POSTGRES_PASSWORD_FILE=/run/secrets/db_password \
    AWS_SHARED_CREDENTIALS_FILE=/run/secrets/aws \
    GOOGLE_APPLICATION_CREDENTIALS=/var/run/secrets/gcp/key.json \
    SECRETS_DIR=/run/secrets
ENV TOKENIZERS_PARALLELISM=false
ENV PASSWORD_FILE=/run/secrets/db
ENV APT_KEY_DONT_WARN_ON_DANGEROUS_USAGE=DontWarn
ENV STRIPE_PUBLISHABLE_KEY=pk_live_51H8abc NEXT_PUBLIC_ANALYTICS_KEY=G-XYZ SSH_PUBLIC_KEY="ssh-ed25519 AAAA"
ENV AUTH_URL=https://auth.example.com/oauth2 OAUTH_TOKEN_TTL=3600 PASSWORD_MIN_LENGTH=12
ENV DISABLE_AUTH=false
ENV API_TOKEN=""
ENV GOPRIVATE=github.com/acme/*
ENV DOCKER_USERNAME=ci-bot
ENV KMS_KEY_ID=alias/app-data
ENV SSL_KEY=/etc/ssl/private/server.key RABBITMQ_PGP_KEY_ID=0x0A9AF2115F4687BD29803A206B73A36E6026DFCA
ENV VAULT_SECRET_NAME=prod/app/db
ARG SSH_AUTH_SOCK=/run/ssh-agent.sock
WORKDIR /app
COPY requirements.txt ./
RUN pip install -r requirements.txt
COPY . .
USER 10001
CMD ["python", "-m", "app"]
