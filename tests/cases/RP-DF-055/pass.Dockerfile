# MAINTAINER was replaced by the OCI label below.
FROM python:3.12.2-slim-bookworm
LABEL org.opencontainers.image.authors="Jane Doe <jane@example.com>" \
      maintainer="jane@example.com"
WORKDIR /app
COPY . .
USER 10001
CMD ["python", "-m", "app"]
