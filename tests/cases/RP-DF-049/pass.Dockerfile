FROM python:3.12-slim AS build
ARG FLASK_VERSION=3.0.3
ENV PIP_NO_CACHE_DIR=1
WORKDIR /app
COPY requirements.txt constraints.txt ./
RUN pip install -r requirements.txt
RUN pip install "flask==${FLASK_VERSION}" 'gunicorn>=22,<23' "requests~=2.32" "idna!=3.0"
RUN pip install -c constraints.txt flask gunicorn
RUN pip install --prefix=/install --index-url https://pypi.org/simple \
      --extra-index-url https://example.com/simple "uvicorn[standard]==0.30.1"
RUN pip install -e . && pip install ./libs/common /tmp/wheels/app-1.0-py3-none-any.whl
RUN pip install "mypkg @ https://example.com/mypkg-1.0.tar.gz" \
      git+https://github.com/psf/requests.git@v2.32.3
RUN pip install $EXTRA_PACKAGES
RUN pip download --no-deps flask -d /wheels
RUN pip --version && pip list
RUN pip install https://github.com/org/repo/archive/refs/tags/v1.2.0.zip
RUN python -m pip install --upgrade "pip==24.1.1"
FROM python:3.12-slim
COPY --from=build /install /usr/local
