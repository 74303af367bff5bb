FROM python:3.12-slim
WORKDIR /app
COPY . .
# a literal secret on the command line stays in the image history (Dockle CIS-DI-0010)
RUN DB_PASSWORD=hunter2 python manage.py migrate --noinput
RUN echo "STRIPE_API_KEY=sk_live_51HxExampleExample" >> /app/.env
RUN export SENTRY_AUTH_TOKEN=sntrys_eyJpYXQiOjE3MDAwMDAwMDB9 && sentry-cli releases new 1.0
RUN set -eux; \
    env MYSQL_ROOT_PASSWORD=changeme ./scripts/init-db.sh
USER 10001
