FROM nginx:1.25.4-alpine
COPY nginx.conf /etc/nginx/nginx.conf
HEALTHCHECK --interval=30s --timeout=3s CMD wget -q --spider http://localhost/healthz || exit 1
# a later NONE silently switches the check above off
HEALTHCHECK NONE
