# The final stage sets no USER and builds FROM base, whose last USER is root
FROM python:3.12.2-slim-bookworm AS base
RUN useradd --uid 10001 app
USER app
RUN pip install --user --no-cache-dir gunicorn==21.2.0
USER root

FROM base AS Runtime
COPY . /app
CMD ["gunicorn", "app:app"]
