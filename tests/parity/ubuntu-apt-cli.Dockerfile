# `apt` instead of apt-get, a dist-upgrade, and lists "cleaned" the wrong way.
# expect-file: AVD-DS-0026 CKV_DOCKER_2 CIS-DI-0006
FROM ubuntu:22.04
# expect: DL3027 CKV_DOCKER_9 DL3009 DKL-DI-0005
RUN apt update && apt install -y nginx && apt-get clean
# hadolint takes any `rm -rf` as the cleanup (its arguments are OR-matched), Dockle wants three
# of its rm tokens. Trivy (DS017) and Dockle (CIS-DI-0007) do not count dist-upgrade as the
# install that follows an update: it upgrades everything, so the update is not alone.
# expect: AVD-DS-0024 DKL-DI-0003 DKL-DI-0005
RUN apt-get update && apt-get -y dist-upgrade && rm -rf /var/lib/apt/lists/*.deb
# expect: DL3008 DL3014 AVD-DS-0021 DKL-DI-0005
RUN apt-get install --no-install-recommends -q vim-tiny \
    && rm -rf /tmp/*
# expect: DL3008 DL3015 AVD-DS-0029 DKL-DI-0005 CKV2_DOCKER_8
RUN apt-get update \
    && apt-get install -y --allow-unauthenticated tzdata \
    && rm -rf /var/tmp/*
EXPOSE 80
USER 33:33
CMD ["nginx", "-g", "daemon off;"]
