FROM golang:1.22-bookworm AS build
WORKDIR /src
COPY . .
# a cd in a subshell does not leak: the rest of the RUN keeps /src
RUN git clone --depth 1 https://github.com/example/tool.git /tmp/tool \
 && (cd /tmp/tool && make install) \
 && rm -rf /tmp/tool
RUN version="$(cd /src && git describe --tags)" && echo "$version" > /version
RUN top=`cd /src/.. && pwd` && echo "$top"
RUN find /src -name go.mod -execdir sh -c 'cd "$1" && go mod download' _ {} \;
RUN go build -C /src/cmd/api -o /out/api . && echo "no cd here"
RUN for m in a b; do (cd "/src/$m" && go vet ./...); done
FROM gcr.io/distroless/static-debian12:nonroot
WORKDIR /app
COPY --from=build /out/api /app/api
ENTRYPOINT ["/app/api"]
