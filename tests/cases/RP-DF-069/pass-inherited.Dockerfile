# Labels set in the stage the final image is built FROM carry over.
FROM python:3.12.2-slim-bookworm AS base
LABEL org.opencontainers.image.source=https://github.com/example/worker \
      org.opencontainers.image.title=worker

FROM base
ARG VERSION
ARG BUILD_DATE
LABEL org.opencontainers.image.version=$VERSION org.opencontainers.image.created=$BUILD_DATE
CMD ["python", "-m", "worker"]
