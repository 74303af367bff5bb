# pip: what counts as pinned, and PIP_NO_CACHE_DIR inherited through FROM.
# expect-file: AVD-DS-0026 CKV_DOCKER_2 CIS-DI-0006
FROM python:3.12.2-slim-bookworm AS base
ENV PIP_NO_CACHE_DIR=1
WORKDIR /app

FROM base AS deps
COPY . .
RUN pip install .
# expect: DL3059
RUN pip install dist/app-1.0-py3-none-any.whl "git+https://github.com/org/lib.git@v1.2.0"
# expect: DL3013 DL3059
RUN pip install --user "django>=4.2,<5" celery
# expect: DL3013 DL3059
RUN python3 -m pip install --upgrade pip setuptools wheel

FROM python:3.12.2-slim-bookworm
WORKDIR /app
COPY --from=deps /root/.local /root/.local
# expect: DL3013 DL3042
RUN pip install gunicorn
USER 10001
CMD ["python", "-m", "app"]
