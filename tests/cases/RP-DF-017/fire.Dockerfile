FROM python:3.12.3-slim-bookworm
ENV PIP_TRUSTED_HOST=pypi.internal.example.com \
    PYTHONHTTPSVERIFY=0
ARG NODE_TLS_REJECT_UNAUTHORIZED=0
ENV GIT_SSL_NO_VERIFY=""
ENV npm_config_strict_ssl=false
RUN curl -fsSLk https://example.com/get.sh -o /tmp/get.sh
RUN wget --no-check-certificate -q https://example.com/tool.tgz
RUN pip install --trusted-host pypi.internal.example.com acme==1.2.3
RUN git -c http.sslVerify=false clone https://git.example.com/acme/lib.git /src/lib
RUN git config --global http.sslVerify false
RUN npm config set strict-ssl false && yarn config set strict-ssl false
RUN dnf config-manager --setopt=internal.sslverify=0 --save
RUN NODE_TLS_REJECT_UNAUTHORIZED=0 node fetch.js
RUN export GIT_SSL_NO_VERIFY=1 && git clone https://git.example.com/acme/tools.git
RUN ["sh", "-c", "curl --insecure https://example.com/healthz"]
RUN cat > /etc/yum.repos.d/internal.repo <<EOF
[internal]
baseurl=https://repo.internal.example.com/el9
sslverify=0
EOF
ENV GOINSECURE=git.internal.example.com
RUN python -m pip config set global.trusted-host pypi.internal.example.com
RUN apt-get -o Acquire::https::Verify-Peer=false update
ONBUILD RUN sudo -E env PYTHONHTTPSVERIFY=0 python3 setup.py install
USER 10001
