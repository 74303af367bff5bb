# The registry is a build argument, but the image name is written without a tag
ARG REGISTRY
FROM ${REGISTRY}/acme/node-base AS base
RUN npm ci
