FROM python:3.12.2-slim-bookworm
USER root
RUN apt-get update && apt-get install -y --no-install-recommends libpq5=15.6-0+deb12u1 \
 && rm -rf /var/lib/apt/lists/*
RUN useradd --uid 10001 --no-create-home app
USER app
CMD ["python", "-m", "app"]
