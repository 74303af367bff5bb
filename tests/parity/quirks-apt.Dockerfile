# apt pins, cleanups and flags the peers read differently.
# expect-file: AVD-DS-0026 CKV_DOCKER_2 CIS-DI-0006
FROM debian:12.5-slim
# a target release, a release pin and a local .deb are all pinned
RUN apt-get update \
    && apt-get install -y --no-install-recommends -t bookworm-backports \
        golang-1.22-go/bookworm-backports ./vendor/tool_1.0_amd64.deb \
    && rm -rf /var/lib/apt/lists/*
# hadolint takes any `rm -rf` for the cleanup; Dockle wants three of its rm tokens
# expect: DL3008 DKL-DI-0005
RUN apt-get update && apt-get install -y --no-install-recommends jq && rm -rf /tmp/build
# a cache mount keeps the lists out of the layer (Dockle reads history text and cannot see it)
# expect: DL3008
RUN --mount=type=cache,target=/var/lib/apt/lists \
    apt-get update && apt-get install -y --no-install-recommends git
# -qq makes apt-get assume yes (Trivy's pattern does not know it)
# expect: DL3008 DL3015 AVD-DS-0029 DKL-DI-0005
RUN apt-get -qq install git-lfs
# (an upgrade after the update is no "update alone", whatever DS017 and CIS-DI-0007 say)
# expect: AVD-DS-0024 DKL-DI-0003 DL3009 DKL-DI-0005 DL3059
RUN apt-get update && apt-get -y dist-upgrade
# Trivy's pattern needs text between apt-get and dist-upgrade
# expect: DKL-DI-0003 DL3059
RUN apt-get dist-upgrade -y
# expect: DL3027 CKV_DOCKER_9 DL3059
RUN apt list --installed > /usr/share/doc/packages.txt
USER 10001
CMD ["/bin/bash"]
