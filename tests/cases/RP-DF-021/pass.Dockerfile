FROM golang:1.22-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN go build -o /out/api ./cmd/api

FROM debian:12-slim
COPY --from=build /out/api /usr/local/bin/api
COPY ["config.yaml", "logging.yaml", "/etc/app/"]
COPY *.conf /etc/app/conf.d/
COPY app.yaml /etc/app/app.yaml
COPY <<EOF /etc/motd
hello
EOF
COPY --chown=nobody:nogroup --chmod=0644 a.json b.json /etc/app/data/
USER nobody
