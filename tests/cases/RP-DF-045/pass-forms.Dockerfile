FROM alpine:3.19.1
ARG TINI_VERSION=0.19.0-r2
ARG PKGS="jq=1.7.1-r0 git~2.43"
RUN apk add --no-cache \
      ca-certificates=20240226-r0 \
      curl~8.5 \
      'openssl>3.1' \
      'musl<2' \
      tini=${TINI_VERSION} \
      $PKGS \
      /tmp/packages/custom-1.0-r0.apk \
      --allow-untrusted ./local.apk \
      --arch x86_64 --root /rootfs --cache-dir /tmp/apk-cache --keys-dir /tmp/keys
# packages through xargs and unknown variables are not seen
RUN xargs apk add --no-cache < /tmp/apk-packages.txt && apk add --no-cache $RUNTIME_DEPS
RUN apk del --no-network .build-deps && apk upgrade --no-cache
