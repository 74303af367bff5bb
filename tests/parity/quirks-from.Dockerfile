# Base image references: a registry port is no tag; a digest pins even :latest.
# expect-file: AVD-DS-0026 CKV_DOCKER_2 CIS-DI-0006
# expect: DL3006 AVD-DS-0001
FROM registry.example.com:5000/team/base AS base
RUN echo base > /etc/flavour

FROM debian:latest@sha256:c9576381577ec72993b4802f23864111733920c01cc27fd6cca4784c80bb3de4 AS pinned
RUN echo pinned > /etc/flavour

FROM base AS app
COPY --from=pinned /etc/flavour /etc/flavour.pinned

# expect: DL3007 AVD-DS-0001 CKV_DOCKER_7
FROM nginx:latest
COPY --from=app /etc/flavour /usr/share/nginx/html/flavour.txt
USER 101
