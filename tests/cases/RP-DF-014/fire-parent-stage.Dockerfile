# The final image inherits the ENV of the stage it is built FROM.
FROM python:3.12.3-slim-bookworm AS base
ENV DJANGO_SECRET_KEY=django-insecure-7f3k2j1h0g \
    PYTHONDONTWRITEBYTECODE=1
WORKDIR /app

FROM base AS final
COPY requirements.txt ./
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
ARG API_KEY=dev-key-123
USER 10001
CMD ["gunicorn", "app.wsgi"]
