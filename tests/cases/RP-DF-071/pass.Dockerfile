FROM alpine:3.19.1
ARG VERSION=""
LABEL org.opencontainers.image.version=$VERSION
LABEL org.opencontainers.image.title=api org.opencontainers.image.description="API gateway"
# empty labels outside the schema are not this rule's business
LABEL com.example.note=""
