# BuildKit lowercases stage names: Deps and deps are the same stage
FROM python:3.12.2-slim-bookworm AS Deps
RUN pip install --no-cache-dir -r requirements.txt
FROM python:3.12.2-slim-bookworm AS deps
FROM python:3.12.2-slim-bookworm AS DEPS
FROM deps
USER 10001
