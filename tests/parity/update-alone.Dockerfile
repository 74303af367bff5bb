# Package index updates in RUNs that install nothing. Checkov counts RUNs with "update" against
# RUNs that install; here updates win.
# expect-file: AVD-DS-0026 CKV_DOCKER_2 CIS-DI-0006
FROM debian:12.5-slim
# expect: AVD-DS-0017 CIS-DI-0007 CKV_DOCKER_5 DL3009 DKL-DI-0005
RUN apt-get update
COPY sources.list /etc/apt/sources.list
# Checkov lists every RUN with "update" once updates outnumber installs, this one too, though it
# installs right after its update
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates=20230311 \
    && rm -rf /var/lib/apt/lists/*
USER 10001
CMD ["/bin/true"]
