# The final stage builds FROM a stage that switched to root and never switches back.
# expect-file: AVD-DS-0026 CKV_DOCKER_2 CIS-DI-0006
FROM python:3.12.2-slim-bookworm AS base
ENV PYTHONDONTWRITEBYTECODE=1
# expect: DL3002 AVD-DS-0002 CKV_DOCKER_8 CIS-DI-0001 DL3066
USER root
WORKDIR /app

FROM base
COPY . /app
CMD ["python", "/app/main.py"]
