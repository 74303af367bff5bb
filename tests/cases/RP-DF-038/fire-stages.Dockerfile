# "base" ships inside "final" (FROM base); "tools" is only copied from and does not ship
FROM debian:12.5-slim AS base
RUN apt-get update && apt-get install -y --no-install-recommends libssl3=3.0.11-1~deb12u2

FROM debian:12.5-slim AS tools
RUN apt-get update && apt-get install -y --no-install-recommends xz-utils=5.4.1-0.2

FROM base AS final
COPY --from=tools /usr/bin/xz /usr/bin/xz
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates
