FROM python:3.12-slim
WORKDIR /app
RUN python -m venv /opt/venv
RUN /opt/venv/bin/pip install --no-cache-dir -r requirements.txt
COPY . .
RUN <<EOF
python -m compileall -q /app
EOF
RUN chmod +x /app/run.sh
