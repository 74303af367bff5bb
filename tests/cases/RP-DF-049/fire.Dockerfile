FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt gunicorn
RUN python -m pip install --no-cache-dir --upgrade pip
RUN pip install --no-cache-dir flask>=2.0
RUN pip install --no-cache-dir 'django[argon2]' "celery[redis]==5.4.0"
RUN pip install --no-cache-dir git+https://github.com/psf/requests.git
RUN uv pip install --system httpx
ONBUILD RUN pip3.12 install --no-cache-dir --index-url https://pypi.example.com/simple internal-lib
RUN bash -c "pip install --no-cache-dir black"
RUN pipx install poetry
RUN <<EOF
set -eux
python3 -m venv /opt/venv
/opt/venv/bin/pip install --no-cache-dir uvicorn
EOF
RUN sudo -H pip install --no-cache-dir jupyterlab
