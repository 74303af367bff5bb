ARG BASE=gcr.io/distroless/python3-debian12:nonroot
FROM ghcr.io/acme/builder:1.4 AS build
ARG TOOLS_IMAGE=public.ecr.aws/acme/tools:1.0
COPY --from=$TOOLS_IMAGE /bin/tool /bin/tool
FROM ${BASE}
COPY --from=build /out /app
