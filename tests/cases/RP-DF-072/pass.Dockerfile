FROM alpine:3.19.1
ARG BUILD_DATE
ARG GIT_SHA=unknown
LABEL org.opencontainers.image.source=https://github.com/example/api \
      org.opencontainers.image.created=$BUILD_DATE \
      org.opencontainers.image.revision=${GIT_SHA} \
      org.opencontainers.image.title="API gateway"
LABEL org.opencontainers.image.created=2024-05-01T12:00:00Z
LABEL org.opencontainers.image.created="2024-02-29T23:59:60.250+02:00"
LABEL org.opencontainers.image.licenses="Apache-2.0"
LABEL org.opencontainers.image.licenses="MIT OR Apache-2.0"
LABEL org.opencontainers.image.licenses="(MIT AND BSD-3-Clause) OR GPL-2.0-or-later WITH Classpath-exception-2.0"
LABEL org.opencontainers.image.licenses="LicenseRef-Example-Commercial AND apache-2.0 AND GPL-2.0+"
LABEL org.opencontainers.image.revision=4f2a1c9
LABEL org.opencontainers.image.revision=4f2a1c9e0b7d
LABEL org.opencontainers.image.revision=4f2a1c9e0b7d3a5f6e8c1b2a3d4e5f6a7b8c9d0e
LABEL org.opencontainers.image.version=1.4.2
LABEL org.opencontainers.image.version=2.0.0-rc.1+build.5
LABEL org.opencontainers.image.authors=platform@example.com
LABEL org.opencontainers.image.source=urn:isbn:0451450523
