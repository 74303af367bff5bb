# Base images chosen through build arguments: Trivy substitutes the ARG defaults first.
# expect-file: AVD-DS-0026 CKV_DOCKER_2 CIS-DI-0006
ARG BASE_IMAGE=python
ARG PYTHON_TAG=latest
ARG NODE_IMAGE=node
ARG RUNTIME_TAG
# expect: AVD-DS-0001
FROM ${BASE_IMAGE}:${PYTHON_TAG} AS api
WORKDIR /api
COPY . .

# expect: AVD-DS-0001 CKV_DOCKER_7
FROM $NODE_IMAGE AS web
WORKDIR /web
COPY web/ .

# the tag comes with --build-arg: nobody can judge it
FROM debian:${RUNTIME_TAG}
COPY --from=api /api /srv/api
COPY --from=web /web /srv/web
USER 10001
CMD ["/srv/api/run"]
