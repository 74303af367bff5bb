FROM golang:1.22-bookworm AS build
ARG DLV_VERSION=v1.23.0
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN go install github.com/go-delve/delve/cmd/dlv@${DLV_VERSION}
RUN go install -v ./... && go install ./cmd/server
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/server ./cmd/server
RUN go run ./tools/gen.go --out gen/ github.com/x/y
RUN go get github.com/stretchr/testify@v1.9.0 \
 && go install example.com/tools/cmd/gen@4f2d1c3a9b8e
RUN go install -tags netgo std
FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/server /server
ENTRYPOINT ["/server"]
