FROM python:3.12.2-slim-bookworm AS base
HEALTHCHECK CMD ["python", "-m", "app.health"]
COPY . /app

FROM base AS release
# switches off the check inherited from base
HEALTHCHECK NONE

FROM release
USER 10001
CMD ["python", "-m", "app"]
