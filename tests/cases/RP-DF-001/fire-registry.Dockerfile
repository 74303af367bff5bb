FROM --platform=$BUILDPLATFORM registry.internal:5000/tools/protoc:latest AS proto
COPY api/ /api/
RUN protoc --go_out=/gen /api/*.proto

FROM ghcr.io/acme/python-base:latest
COPY --from=proto /gen /app/gen
USER 10001
