# A legacy Python service image.
FROM python:3.12.2-slim-bookworm
MAINTAINER Jane Doe <jane@example.com>

WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
USER 10001
CMD ["gunicorn", "-b", "0.0.0.0:8000", "app:app"]
