FROM python:3.12.2-slim-bookworm
ARG METRICS_PORT=99999
EXPOSE 8000 ${METRICS_PORT}
# a host mapping publishes nothing: that is docker run -p
EXPOSE 8080:80
