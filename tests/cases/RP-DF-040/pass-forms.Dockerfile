FROM debian:12.5-slim
RUN apt-get update && apt-get -qq install --no-install-recommends jq=1.6-2.1 && rm -rf /var/lib/apt/lists/*
RUN apt-get update && apt-get -q -q install --no-install-recommends less=590-2 && rm -rf /var/lib/apt/lists/*
RUN apt-get update && apt-get -q=2 install --no-install-recommends file=1:5.44-3 && rm -rf /var/lib/apt/lists/*
RUN apt-get update && apt-get install -qy --no-install-recommends git=1:2.39.2-1.1 && rm -rf /var/lib/apt/lists/*
RUN apt-get update && apt-get install --yes --no-install-recommends make=4.3-4.1 && rm -rf /var/lib/apt/lists/*
RUN apt-get update && apt-get --assume-yes install --no-install-recommends gcc=4:12.2.0-3 && rm -rf /var/lib/apt/lists/*
RUN apt-get update && apt-get -o APT::Get::Assume-Yes=true install --no-install-recommends xz-utils=5.4.1-0.2 && rm -rf /var/lib/apt/lists/*
RUN apt-get update && apt-get install --no-install-recommends tini=0.19.0-1 -y && rm -rf /var/lib/apt/lists/*
# update and clean never ask
RUN apt-get update && apt-get clean
# options kept in a variable
ARG APT_FLAGS="--no-install-recommends --yes"
RUN apt-get update && apt-get install ${APT_FLAGS} wget=1.21.3-1+b2 && rm -rf /var/lib/apt/lists/*
