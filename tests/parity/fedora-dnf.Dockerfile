# Fedora with dnf.
# expect-file: AVD-DS-0026 CKV_DOCKER_2 CIS-DI-0006
FROM fedora:39
# expect: DL3038 DL3040 DL3041 AVD-DS-0019
RUN dnf install python3 python3-devel gcc
WORKDIR /app
# Trivy's DS019 pattern wants "dnf install" with nothing between, so it misses `dnf -y install`
# expect: DL3040
RUN dnf -y install nodejs-20.10.0-1.fc39 && dnf clean packages
# expect: AVD-DS-0017 DL3059
RUN dnf -y update
COPY app.py .
USER 1001
CMD ["python3", "app.py"]
