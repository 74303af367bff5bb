# expect-none
# A release binary downloaded, checked against its checksum, and unpacked (pipefail set).
FROM debian:12.5-slim AS fetch
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
ARG TARGETARCH
ARG HELM_VERSION=3.14.2
ARG HELM_SHA256_AMD64=0885a501d586c1e949e9b113bf3fb3290b0bbf74db9444a1d8c2723a143006e5
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates=20230311 curl=7.88.1-10+deb12u5 \
    && rm -rf /var/lib/apt/lists/*
RUN curl -fsSLo /tmp/helm.tgz "https://get.helm.sh/helm-v${HELM_VERSION}-linux-${TARGETARCH}.tar.gz" \
    && echo "${HELM_SHA256_AMD64}  /tmp/helm.tgz" | sha256sum -c - \
    && tar -xzf /tmp/helm.tgz -C /usr/local/bin --strip-components=1 "linux-${TARGETARCH}/helm" \
    && rm /tmp/helm.tgz

FROM gcr.io/distroless/base-debian12:nonroot
COPY --from=fetch /usr/local/bin/helm /usr/local/bin/helm
USER 65532:65532
HEALTHCHECK CMD ["/usr/local/bin/helm", "version", "--short"]
ENTRYPOINT ["/usr/local/bin/helm"]
