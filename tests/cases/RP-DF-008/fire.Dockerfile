FROM alpine:3.19.1 AS scratch
RUN apk add --no-cache ca-certificates=20240226-r0

FROM node:20.11.1-bookworm-slim AS Context
COPY . /src

FROM gcr.io/distroless/nodejs20-debian12:nonroot
COPY --from=Context /src /app
