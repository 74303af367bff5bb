# The tag comes from the build; it is not literally latest
ARG NGINX_TAG
FROM nginx:${NGINX_TAG}
FROM latest/tools:2.1 AS tools
FROM nginx:LATEST-alpine
