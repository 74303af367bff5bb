FROM debian:12
FORM debian:12
COPY onlyone
HEALTHCHECK --interval=5s curl -f http://localhost/
SHELL /bin/bash -c
FROM debian:12 AS
RUN <<EOF
echo never closed
