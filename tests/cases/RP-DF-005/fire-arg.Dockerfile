ARG PLATFORM=linux/amd64
FROM --platform=$PLATFORM python:3.12.2-slim-bookworm
USER 10001
