FROM scratch AS runtime-base
COPY ca-certificates.crt /etc/ssl/certs/
ENTRYPOINT ["/app"]

FROM runtime-base
COPY app /app
