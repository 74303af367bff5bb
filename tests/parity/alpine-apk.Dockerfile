# Alpine with an apk cache left behind, unpinned packages and a curl-pipe-sh installer.
# expect-file: AVD-DS-0026 CKV_DOCKER_2 CIS-DI-0006
# expect: DL3007 AVD-DS-0001 CKV_DOCKER_7
FROM alpine:latest
# expect: DL3018 DL3019 AVD-DS-0025 DKL-DI-0004
RUN apk update && apk add curl bash
# expect: DL3018 DL3059
RUN apk add --no-cache --virtual .build-deps gcc=13.2.1_git20231014-r0 musl-dev
# expect: DL4006 DL3059
RUN wget -qO- https://example.com/install.sh | sh
# expect: DL3002 AVD-DS-0002 CKV_DOCKER_8 CIS-DI-0001 DL3066
USER root
# expect: DL3025
ENTRYPOINT /usr/local/bin/start.sh
