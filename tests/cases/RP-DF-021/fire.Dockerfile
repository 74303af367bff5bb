FROM golang:1.22-bookworm AS build
WORKDIR /src
COPY go.mod go.sum .
RUN go mod download
COPY . .
RUN go build -o /out/api ./cmd/api && go build -o /out/worker ./cmd/worker

FROM debian:12-slim
COPY --from=build /out/api /out/worker /usr/local/bin
COPY ["config.yaml", "logging.yaml", "/etc/app"]
ADD a.tar.gz b.tar.gz /opt/vendor
COPY <<EOF1 <<EOF2 /etc/motd.d
hello
EOF1
world
EOF2
ONBUILD COPY package.json yarn.lock /app
USER nobody
