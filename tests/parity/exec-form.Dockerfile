# Exec-form RUN is checked too (Trivy joins the JSON array; hadolint parses it).
# expect-file: AVD-DS-0026 CKV_DOCKER_2 CIS-DI-0006
FROM debian:12.5-slim
# expect: DL3008 DL3014 DL3015 AVD-DS-0021 AVD-DS-0029 DKL-DI-0005
RUN ["apt-get", "install", "curl"]
# Trivy splits every JSON element on && and sees the `cd ` segment
# expect: AVD-DS-0013 DL3059
RUN ["/bin/sh", "-c", "cd /opt && ./configure"]
# expect: DL3025
ENTRYPOINT exec /usr/local/bin/app
CMD ["--serve"]
USER 10001
