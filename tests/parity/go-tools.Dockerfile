# Go tools fetched at moving versions; an untagged distroless runtime.
# expect-file: AVD-DS-0026 CKV_DOCKER_2 CIS-DI-0006
FROM golang:1.22 AS build
# expect: DL3062
RUN go install github.com/go-delve/delve/cmd/dlv@latest
# expect: DL3062 DL3059
RUN go get github.com/spf13/cobra
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o /out/server ./cmd/server

# expect: DL3006 AVD-DS-0001 CKV_DOCKER_7
FROM gcr.io/distroless/static-debian12
COPY --from=build /out/server /server
USER 65532:65532
ENTRYPOINT ["/server"]
