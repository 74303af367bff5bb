FROM alpine:3.19.1
RUN apk update
RUN apk add --no-cache tini=0.19.0-r2
# another manager's install does not use apk's index
RUN apk update && pip install --no-cache-dir requests==2.31.0
