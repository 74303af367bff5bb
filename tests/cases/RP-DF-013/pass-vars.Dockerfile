FROM python:3.12.2-slim-bookworm AS one
ARG APP_UID
USER ${APP_UID}
FROM python:3.12.2-slim-bookworm
ARG UID=10001
USER $UID:app
