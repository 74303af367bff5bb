FROM python:3.12.3-slim-bookworm
COPY corp-ca.crt /usr/local/share/ca-certificates/corp-ca.crt
RUN update-ca-certificates
ENV PIP_CERT=/etc/ssl/certs/ca-certificates.crt \
    NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt \
    NODE_TLS_REJECT_UNAUTHORIZED=1 \
    PYTHONHTTPSVERIFY=1 \
    PIP_TRUSTED_HOST=""
ARG GIT_SSL_NO_VERIFY
RUN curl -fsSL --cacert /etc/ssl/certs/ca-certificates.crt https://example.com/x -o /tmp/x
RUN curl -fsSL -K /etc/curl/api.conf https://api.example.com/v1/ping -o /dev/null
RUN wget -q --ca-certificate=/etc/ssl/certs/ca-certificates.crt https://example.com/y
RUN git config --global http.sslCAInfo /etc/ssl/certs/ca-certificates.crt \
 && git config --global http.sslVerify true
RUN npm config set strict-ssl true && npm config set cafile /etc/ssl/certs/ca-certificates.crt
RUN echo "sslverify=1" >> /etc/dnf/dnf.conf
RUN pip install --no-cache-dir requests==2.32.3
RUN echo "insecure mode is off" && grep -r sslverify /etc/yum.repos.d/ || true
USER 10001
