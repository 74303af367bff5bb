FROM python:3.12.2-slim-bookworm
ARG RUN_AS=root
RUN useradd --uid 10001 --no-create-home app
USER ${RUN_AS}:app
CMD ["python", "-m", "app"]
