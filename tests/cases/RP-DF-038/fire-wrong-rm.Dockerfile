FROM debian:12.5-slim
# an rm of something else (hadolint accepts any rm -rf) ...
RUN apt-get update && apt-get install -y --no-install-recommends git=1:2.39.2-1.1 && rm -rf /tmp/*
# ... or of part of the lists
RUN apt-get update && apt-get install -y --no-install-recommends jq=1.6-2.1 && rm -rf /var/lib/apt/lists/partial
# ... or one that runs before apt fetches the lists
RUN rm -rf /var/lib/apt/lists/* && apt-get update && apt-get install -y --no-install-recommends less=590-2
