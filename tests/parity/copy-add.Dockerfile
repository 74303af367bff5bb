# ADD and COPY misuse in an nginx image.
# expect-file: AVD-DS-0026 CKV_DOCKER_2 CIS-DI-0006
FROM nginx:1.25.4
# expect: DL3020 AVD-DS-0005 CKV_DOCKER_4 CIS-DI-0009
ADD nginx.conf /etc/nginx/nginx.conf
# a local tarball unpacked by ADD is what ADD is for (hadolint, Trivy); Checkov and Dockle flag
# every ADD, a quirk rampart does not follow (reference section 7)
ADD site.tar.gz /usr/share/nginx/html/
# .zip is not unpacked by ADD
# expect: DL3020 AVD-DS-0005 CKV_DOCKER_4 CIS-DI-0009
ADD assets.zip /tmp/
# expect: CKV_DOCKER_4 CIS-DI-0009
ADD https://example.com/robots.txt /usr/share/nginx/html/robots.txt
# expect: DL3021 AVD-DS-0011
COPY index.html favicon.ico /usr/share/nginx/html
# expect: DL3045
COPY default.conf conf.d/default.conf
COPY --from=nginx:1.25.4 /etc/nginx/mime.types /etc/nginx/mime.types
# expect: DL3010
COPY fonts.tar.gz /tmp/fonts.tar.gz
RUN tar -xzf /tmp/fonts.tar.gz -C /usr/share/nginx/html && rm /tmp/fonts.tar.gz
EXPOSE 80
USER 101
CMD ["nginx", "-g", "daemon off;"]
