# Ubuntu with the distro python and pip, the way many tutorials write it.
# expect-file: AVD-DS-0026 CKV_DOCKER_2 CIS-DI-0006
# expect: DL3007 AVD-DS-0001 CKV_DOCKER_7
FROM ubuntu:latest
ENV DEBIAN_FRONTEND=noninteractive
# expect: DL3008 DL3015 AVD-DS-0029 DL3009 DKL-DI-0005
RUN apt-get update && apt-get install -y python3 python3-pip git
WORKDIR /srv/app
COPY requirements.txt .
# expect: DL3042
RUN pip3 install -r requirements.txt
# expect: DL3013 DL3042 DL3059
RUN pip3 install gunicorn
COPY . .
RUN useradd --create-home appuser
# expect: DL3066
USER appuser
EXPOSE 8000
# expect: DL3025
CMD gunicorn --bind 0.0.0.0:8000 app:app
