FROM alpine:3.19.1
RUN apk add --no-cache tini=0.19.0-r2
COPY app /usr/local/bin/app
ENTRYPOINT ["/sbin/tini", "--"]
USER 10001
# tini above is silently dropped
ENTRYPOINT ["/usr/local/bin/app"]
