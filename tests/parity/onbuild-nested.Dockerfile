# ONBUILD triggers Docker refuses.
# expect-file: AVD-DS-0026 CKV_DOCKER_2 CIS-DI-0006
FROM python:3.12.2-slim-bookworm
WORKDIR /app
# expect: DL3043
ONBUILD ONBUILD RUN echo nested
# expect: DL3043
ONBUILD MAINTAINER ops@example.com
ONBUILD COPY . /app
# expect: DL3013 DL3042
ONBUILD RUN pip install flask
USER 10001
CMD ["python", "app.py"]
