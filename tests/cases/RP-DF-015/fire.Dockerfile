FROM python:3.12.3-slim-bookworm
ARG AWS_KEY_ID
ARG AWS_KEY
RUN pip install --no-cache-dir awscli==1.32.90 \
 && aws configure set aws_access_key_id "$AWS_KEY_ID" \
 && aws configure set aws_secret_access_key "$AWS_KEY" \
 && aws configure set region eu-west-1
RUN gcloud auth activate-service-account --key-file=/tmp/sa.json --project acme-prod
RUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > /root/.npmrc
RUN docker login -u ci -p "$REGISTRY_PASSWORD" registry.example.com
RUN npm config set //npm.pkg.github.com/:_authToken "$GH_TOKEN"
RUN git clone https://deploy:glpat-Xy12abc@gitlab.example.com/acme/lib.git /src/lib
RUN curl -fsSL -u admin:admin123 https://nexus.example.com/repository/raw/tool.tar.gz -o /tmp/tool.tar.gz
RUN ["az", "login", "--service-principal", "-u", "0b1f-app", "-p", "s3cr3t", "--tenant", "acme.onmicrosoft.com"]
RUN doctl auth init -t "$DO_TOKEN"
RUN pip install --index-url https://build:Passw0rd@pypi.example.com/simple/ acme-lib==1.0.4
RUN git config --global url."https://x-access-token:${GITHUB_TOKEN}@github.com/".insteadOf "https://github.com/"
RUN sh -c 'helm registry login ghcr.io -u bot --password "$CR_PAT"'
ONBUILD RUN git config --global credential.helper store
USER 10001
