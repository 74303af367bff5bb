FROM alpine:3.19.1
LABEL Maintainer="ops@example.com"
LABEL com.docker.compose.project=shop
LABEL org.example..component=api
LABEL build_id=1234
LABEL version-=1.0 description="API gateway"
LABEL 1st.label=x
LABEL org.opencontainers.image.title="api" \
      org.opencontainers.image.Vendor="Example"
