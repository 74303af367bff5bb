# The final stage builds FROM a stage that switched to a non-root user
FROM python:3.12.2-slim-bookworm AS base
RUN useradd --uid 10001 --no-create-home app
USER 10001:10001

FROM base AS runtime
COPY --chown=10001:10001 . /app
CMD ["python", "-m", "app"]
