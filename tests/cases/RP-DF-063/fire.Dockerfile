FROM golang:1.22.1-bookworm
WORKDIR src/app
COPY . .
WORKDIR "build"
RUN go build -o /out/app .
