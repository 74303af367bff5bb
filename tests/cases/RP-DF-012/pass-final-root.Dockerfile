# Root in the final image is RP-DF-010, including when inherited from a parent stage
FROM python:3.12.2-slim-bookworm AS base
USER root
FROM base
