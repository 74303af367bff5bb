# Credentials baked into the image through ARG, ENV, RUN and COPY.
# expect-file: AVD-DS-0026 CKV_DOCKER_2 CIS-DI-0006
FROM python:3.12.2-slim
# expect: DL3064 AVD-DS-0031
ARG GITHUB_TOKEN
# expect: DL3064 AVD-DS-0031 CIS-DI-0010
ENV AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
# expect: DL3064 AVD-DS-0031 CIS-DI-0010
ENV DB_PASSWORD=changeme
# expect: DL3064 AVD-DS-0031 CIS-DI-0010
ENV STRIPE_API_KEY sk_live_51HxExampleExampleExample
# expect: AVD-DS-0031
RUN aws configure set aws_access_key_id AKIAIOSFODNN7EXAMPLE
# the image history keeps the command line (Dockle reads NAME=VALUE words there)
# expect: CIS-DI-0010
RUN DJANGO_SECRET_KEY=insecure-build-key python manage.py collectstatic --noinput
# expect: CIS-DI-0010
COPY id_rsa /root/.ssh/id_rsa
COPY service-account.json /secrets/
# expect: AVD-DS-0031
ENV GOOGLE_APPLICATION_CREDENTIALS=/secrets/service-account.json
USER 10001
CMD ["python", "-m", "app"]
