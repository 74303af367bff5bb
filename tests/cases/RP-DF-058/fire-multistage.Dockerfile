FROM python:3.12.2-slim-bookworm AS base
HEALTHCHECK CMD ["python", "-c", "import app"]
HEALTHCHECK --interval=10s \
    CMD ["python", "-m", "app.health"]

FROM base
COPY . /app
HEALTHCHECK CMD ["python", "-m", "app.health", "--deep"]
USER 10001
CMD ["python", "-m", "app"]
