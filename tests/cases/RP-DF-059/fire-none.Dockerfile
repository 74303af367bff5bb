FROM nginx:1.25.4-alpine
COPY site/ /usr/share/nginx/html/
HEALTHCHECK NONE
