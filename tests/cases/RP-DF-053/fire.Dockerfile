FROM golang:1.22-bookworm AS build
RUN go install github.com/go-delve/delve/cmd/dlv@latest
RUN go install golang.org/x/tools/gopls
RUN set -eux; \
    go install -ldflags "-s -w" \
      honnef.co/go/tools/cmd/staticcheck@master \
      github.com/golangci/golangci-lint/cmd/golangci-lint@v1.59.1
RUN go get -u github.com/stretchr/testify@upgrade
ONBUILD RUN go run github.com/swaggo/swag/cmd/swag@latest init
RUN go get example.com/old/dep@none
RUN bash -c "go install golang.org/x/vuln/cmd/govulncheck@latest"
FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /go/bin/dlv /dlv
