# Images chosen per build: nothing to judge
ARG BASE_IMAGE
FROM $BASE_IMAGE AS base
FROM scratch
ARG ASSETS
COPY --from=${ASSETS} /assets /assets
COPY --from=base /app /app
