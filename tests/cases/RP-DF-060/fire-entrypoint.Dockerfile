FROM python:3.12.2-slim-bookworm
COPY app /app
# exec fixes PID 1, but a shell-form ENTRYPOINT still drops CMD and docker run arguments
ENTRYPOINT exec python -m app
CMD ["--port", "8000"]
