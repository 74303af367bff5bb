FROM python:3.12-slim
ARG DB_PASSWORD
WORKDIR /app
COPY . .
# values from build arguments are RP-DF-014's (the ARG); switches, paths and formats are no secrets
RUN DB_PASSWORD="$DB_PASSWORD" python manage.py check
RUN SECRET_KEY_BASE_DUMMY=1 python manage.py collectstatic --noinput
RUN export GNUPGHOME="$(mktemp -d)" API_KEY_FILE=/run/secrets/api_key AUTH_ENABLED=false
RUN printf 'DB_PASSWORD=%s\n' "$DB_PASSWORD" > /dev/null
RUN echo "PUBLIC_KEY=ssh-ed25519 AAAAC3Nz" > /etc/app/keys.pub
RUN DEBIAN_FRONTEND=noninteractive GPG_KEY=A035C8C19219BA821ECEA86B64E628F8D684696D ./verify.sh
RUN echo 'deb [signed-by=/usr/share/keyrings/x.gpg] https://deb.example.com stable main' > /etc/apt/sources.list.d/x.list
USER 10001
