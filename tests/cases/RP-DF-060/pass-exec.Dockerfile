FROM python:3.12.2-slim-bookworm
ENV PORT=8000
COPY . /app
# the shell expands $PORT, then exec makes gunicorn PID 1
CMD exec gunicorn --bind "0.0.0.0:$PORT" app:app
