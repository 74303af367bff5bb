FROM alpine:3.19.1
# removing the index keeps it out of the layer, but hadolint, Trivy and Dockle still want
# --no-cache (the one-step form)
RUN apk add --update tini=0.19.0-r2 && rm -rf /var/cache/apk/*
RUN apk update \
    && apk add ca-certificates=20240226-r0 \
    && rm -rf /var/cache/apk/*
USER 10001
