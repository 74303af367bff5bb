FROM python:3.12.2-slim-bookworm
RUN useradd --uid 10001 --no-create-home app
USER app
CMD ["python", "-m", "app"]
