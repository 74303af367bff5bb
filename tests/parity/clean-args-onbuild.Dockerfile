# expect-none
# A base image for Python apps: versions from ARG defaults, ONBUILD triggers for the child.
ARG ALPINE_VERSION=3.19
ARG PYTHON_VERSION=3.12.2
FROM python:${PYTHON_VERSION}-alpine${ALPINE_VERSION} AS base
ENV PIP_NO_CACHE_DIR=1
WORKDIR /app
ONBUILD COPY requirements.txt ./
ONBUILD RUN pip install --no-cache-dir -r requirements.txt
ONBUILD COPY . ./
RUN addgroup -S -g 10001 app && adduser -S -u 10001 -G app app
USER 10001:10001
HEALTHCHECK CMD ["python", "-c", "print('ok')"]
CMD ["python", "-m", "app"]
