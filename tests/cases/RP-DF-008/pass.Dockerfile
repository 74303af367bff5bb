FROM alpine:3.19.1 AS scratchpad
RUN apk add --no-cache ca-certificates=20240226-r0

FROM node:20.11.1-bookworm-slim AS build-context
COPY . /src

FROM scratch
COPY --from=scratchpad /etc/ssl/certs /etc/ssl/certs
COPY --from=build-context /src /app
