# A builder that is only copied from does not ship its lists (hadolint DL3009 agrees).
FROM debian:12.5-slim AS build
RUN apt-get update && apt-get install -y --no-install-recommends gcc=4:12.2.0-3 libc6-dev=2.36-9+deb12u4
COPY hello.c /src/hello.c
RUN gcc -static -o /hello /src/hello.c

FROM scratch
COPY --from=build /hello /hello
USER 65534
ENTRYPOINT ["/hello"]
