FROM nginx:1.25.4-alpine
LABEL org.opencontainers.image.title=web
