FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt
RUN set -eux; \
    python -m venv /opt/venv; \
    /opt/venv/bin/pip install --upgrade pip==24.1.1; \
    /opt/venv/bin/pip install gunicorn==22.0.0
ONBUILD RUN python3 -m pip install -r /app/requirements.txt
RUN --mount=type=cache,target=/root/.npm pip install flask==3.0.3
RUN bash -c 'pip3 install uvicorn==0.30.1'
RUN --mount=type=cache,target=/root/.cache/go-build pip install httpx==0.27.0
RUN <<EOF
set -eux
pip install -r /app/requirements.txt
rm -rf /root/.cache/go-build
EOF
