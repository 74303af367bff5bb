# expect-none
# openSUSE nginx: non-interactive, pinned, cleaned.
FROM opensuse/leap:15.5
RUN zypper --non-interactive install --no-recommends nginx=1.21.5-150400.3.3.1 \
    && zypper clean --all \
    && useradd --uid 10001 --no-create-home --shell /sbin/nologin web
COPY --chown=10001:10001 nginx.conf /etc/nginx/nginx.conf
USER 10001:10001
EXPOSE 8080
HEALTHCHECK CMD ["curl", "-fs", "http://127.0.0.1:8080/"]
CMD ["nginx", "-g", "daemon off;"]
