# Abridged from the nginx alpine image: a virtual build-deps package removed later.
# expect-file: AVD-DS-0002 CKV_DOCKER_3 CIS-DI-0001 AVD-DS-0026 CKV_DOCKER_2 CIS-DI-0006
FROM alpine:3.19

ENV NGINX_VERSION 1.25.4

# expect: DL3018 DL4006 DL3003 AVD-DS-0013
RUN set -x \
    && addgroup -g 101 -S nginx \
    && adduser -S -D -H -u 101 -h /var/cache/nginx -s /sbin/nologin -G nginx -g nginx nginx \
    && apk add --no-cache --virtual .build-deps \
        gcc \
        libc-dev \
        make \
        openssl-dev \
        pcre2-dev \
        zlib-dev \
        curl \
    && curl -f -O https://nginx.org/download/nginx-$NGINX_VERSION.tar.gz \
    && tar -xzf nginx-$NGINX_VERSION.tar.gz \
    && cd nginx-$NGINX_VERSION \
    && ./configure --prefix=/etc/nginx --with-http_ssl_module \
    && make -j$(getconf _NPROCESSORS_ONLN) \
    && make install \
    && runDeps="$( \
        scanelf --needed --nobanner /usr/sbin/nginx \
            | awk '{ gsub(/,/, "\nso:", $2); print "so:" $2 }' \
            | sort -u \
    )" \
    && apk add --no-cache $runDeps \
    && apk del --no-network .build-deps \
    && ln -sf /dev/stdout /var/log/nginx/access.log \
    && ln -sf /dev/stderr /var/log/nginx/error.log

EXPOSE 80
STOPSIGNAL SIGQUIT
CMD ["nginx", "-g", "daemon off;"]
