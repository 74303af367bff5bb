ARG BASE=debian
FROM $BASE AS base
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates=20230311 \
 && rm -rf /var/lib/apt/lists/*

FROM ubuntu AS tools
RUN apt-get update && apt-get install -y --no-install-recommends curl=7.81.0-1ubuntu1.15

FROM base
COPY --from=tools /usr/bin/curl /usr/bin/curl
USER 10001
