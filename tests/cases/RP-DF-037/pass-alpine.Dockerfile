FROM alpine:3.19.1
RUN apk update && apk add --no-cache curl=8.5.0-r0
RUN apk --update add tini=0.19.0-r2 && rm -rf /var/cache/apk/*
RUN apk add --no-cache --update-cache git=2.43.0-r0
