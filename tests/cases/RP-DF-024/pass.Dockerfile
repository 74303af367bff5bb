FROM alpine:3.20 AS rootfs
RUN mkdir -p /out/etc && echo 'app:x:10001:10001::/:/sbin/nologin' > /out/etc/passwd

FROM scratch
COPY --from=rootfs /out/ /
COPY --from=rootfs / /rootfs/
COPY rootfs/ /
USER 10001
