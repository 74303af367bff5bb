# A Flask service installed with pip every which way.
# expect-file: AVD-DS-0026 CKV_DOCKER_2 CIS-DI-0006
FROM python:3.12-slim
WORKDIR /app
# expect: DL3013 DL3042
RUN pip install flask requests==2.31.0
# expect: DL3013 DL3042 DL3059
RUN python -m pip install --upgrade pip
COPY requirements.txt .
# pinned by the requirements file; the cache is still kept
# expect: DL3042
RUN pip install -r requirements.txt
# expect: DL3013 DL3059
RUN pip install --no-cache-dir "uvicorn[standard]"
COPY . .
# expect: DL3013 DL3042 CKV2_DOCKER_4
RUN pip install --trusted-host pypi.internal.example \
        --index-url http://pypi.internal.example/simple internal-lib
USER 10001
CMD ["gunicorn", "--bind", "0.0.0.0:8000", "app:app"]
