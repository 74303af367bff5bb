# The final stage inherits the HEALTHCHECK of the stage it is built FROM.
FROM python:3.12.2-slim-bookworm AS base
HEALTHCHECK CMD python -c "import urllib.request; urllib.request.urlopen('http://localhost:8000/healthz')"

FROM base AS deps
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt

FROM deps
COPY . /app
USER 10001
CMD ["python", "-m", "app"]
