FROM debian:12.5-slim
ARG CURL_VERSION=7.88.1-10+deb12u5
ENV PG_MAJOR=16 PG_VERSION=16.2-1.pgdg120+2
ARG PKGS="jq=1.6-2.1 less=590-2"
RUN apt-get update && apt-get install -y --no-install-recommends \
      curl=${CURL_VERSION} \
      "postgresql-$PG_MAJOR=$PG_VERSION" \
      $PKGS \
      golang-go/bookworm-backports \
      ./vendor/tool_1.0_amd64.deb \
      /tmp/agent.deb \
 && rm -rf /var/lib/apt/lists/*
RUN apt-get update && apt-get -t bookworm-backports install -y --no-install-recommends -o Dpkg::Options::=--force-confnew git=1:2.43.0-1~bpo12+1 && rm -rf /var/lib/apt/lists/*
# packages through xargs are not seen; an unknown variable names unknown packages
RUN apt-get update && xargs -a /tmp/packages.txt apt-get install -y --no-install-recommends && apt-get install -y --no-install-recommends $(cat /tmp/more.txt) $EXTRA_PKGS && rm -rf /var/lib/apt/lists/*
# other subcommands take no versions
RUN apt-get update && apt-get purge -y --auto-remove wget && apt-get upgrade -y && rm -rf /var/lib/apt/lists/*
