# The child stage overrides the inherited HEALTHCHECK: one per stage is fine.
FROM python:3.12.2-slim-bookworm AS base
HEALTHCHECK CMD ["python", "-c", "import app"]

FROM base
HEALTHCHECK NONE

FROM base
ONBUILD HEALTHCHECK CMD ["true"]
HEALTHCHECK --interval=10s CMD ["python", "-m", "app.health"]
USER 10001
CMD ["python", "-m", "app"]
