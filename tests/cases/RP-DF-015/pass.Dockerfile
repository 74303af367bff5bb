# syntax=docker/dockerfile:1
FROM node:20.11-bookworm-slim
ARG NPM_TOKEN
WORKDIR /app
COPY package.json package-lock.json ./
# the token comes from a secret mount: not stored, not in history
RUN --mount=type=secret,id=npm,env=NPM_TOKEN \
    echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc && npm ci && rm -f .npmrc
RUN --mount=type=secret,id=aws,target=/root/.aws/credentials \
    aws s3 cp s3://acme-assets/logo.png /app/public/logo.png
RUN --mount=type=secret,id=aws aws configure set aws_access_key_id "$(cat /run/secrets/aws)"
# removed in the same RUN, so no layer keeps it (the ARG itself is RP-DF-014's)
RUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc && npm ci && rm -f .npmrc
RUN cat /run/secrets/pw 2>/dev/null | docker login -u ci --password-stdin registry.example.com || true
RUN curl -fsSL -u "ci:${API_PASSWORD}" https://nexus.example.com/health -o /dev/null || true
RUN git clone --depth 1 https://github.com/acme/public-lib.git /src/lib
RUN aws configure set region eu-west-1 && aws configure set output json
RUN git config --global credential.helper cache && git config --global user.name ci
RUN npm config set registry https://registry.npmjs.org/
RUN curl -fsSL https://example.com/@scope/pkg -o /tmp/pkg
COPY . .
USER node
