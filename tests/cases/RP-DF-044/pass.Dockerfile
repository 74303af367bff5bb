FROM alpine:3.19.1
RUN apk add --no-cache --virtual .build-deps gcc=12.2.1_git20220924-r10 \
 && apk del --no-network .build-deps
