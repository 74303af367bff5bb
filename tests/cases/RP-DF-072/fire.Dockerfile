FROM alpine:3.19.1
LABEL org.opencontainers.image.source="github.com/example/api"
LABEL org.opencontainers.image.created="May 1st 2024"
LABEL org.opencontainers.image.created="2024-02-30T10:00:00Z"
LABEL org.opencontainers.image.licenses="Apache License 2.0"
LABEL org.opencontainers.image.licenses="MIT AND"
LABEL org.opencontainers.image.revision=HEAD
LABEL org.opencontainers.image.revision=4F2A1C9
LABEL org.opencontainers.image.version=v1.4.2
LABEL org.opencontainers.image.version=1.4
LABEL org.opencontainers.image.authors="Platform Team <platform@example.com>"
LABEL org.opencontainers.image.title="anything goes" \
      org.opencontainers.image.licenses=GPLv3 \
      org.opencontainers.image.authors=platform.example.com
