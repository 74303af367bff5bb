# syntax=docker/dockerfile:1
FROM amazon/aws-cli:2.15.40
ARG AWS_ACCESS_KEY_ID
ARG AWS_SECRET_ACCESS_KEY
RUN <<EOF
set -eu
aws configure set default.aws_access_key_id "$AWS_ACCESS_KEY_ID"
aws configure set default.aws_secret_access_key "$AWS_SECRET_ACCESS_KEY"
aws s3 cp s3://acme-models/model.bin /models/model.bin
EOF
RUN printf '%s\n' "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" | tee /home/app/.npmrc
USER 1000
