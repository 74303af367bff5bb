FROM debian:12.5-slim
RUN apt-get update && apt-get install -y -o APT::Install-Recommends=false jq=1.6-2.1 && rm -rf /var/lib/apt/lists/*
RUN apt-get update && apt-get -y --option=APT::Install-Recommends=0 install less=590-2 && rm -rf /var/lib/apt/lists/*
RUN apt-get update && aptitude install -y --without-recommends file=1:5.44-3 && rm -rf /var/lib/apt/lists/*
# other subcommands do not install recommends from a package list
RUN apt-get update && apt-get upgrade -y && apt-get purge -y --auto-remove wget && rm -rf /var/lib/apt/lists/*
# apt-cache and apt-get download install nothing
RUN apt-cache policy curl && apt-get download curl=7.88.1-10+deb12u5
# options kept in a variable
ENV APT_OPTS="-qy --no-install-recommends"
RUN apt-get update && apt-get install $APT_OPTS file=1:5.44-3 && rm -rf /var/lib/apt/lists/*
