FROM alpine:3.20
COPY mytool-1.0-r0.apk /tmp/
RUN apk add --no-cache --allow-untrusted /tmp/mytool-1.0-r0.apk
ONBUILD RUN apk add --no-cache --allow-untrusted /tmp/plugin.apk
USER 65534
