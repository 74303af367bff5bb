# expect-none
# Fedora httpd with pinned packages and dnf's cache removed.
FROM fedora:39
RUN dnf install -y --setopt=install_weak_deps=False httpd-2.4.58-1.fc39 mod_ssl-2.4.58-1.fc39 \
    && dnf clean all \
    && rm -rf /var/cache/dnf
RUN sed -i 's/^Listen 80$/Listen 8080/' /etc/httpd/conf/httpd.conf
USER 48:48
EXPOSE 8080
HEALTHCHECK CMD ["curl", "-fs", "http://127.0.0.1:8080/"]
CMD ["httpd", "-DFOREGROUND"]
