FROM golang:1.22-bookworm AS build
WORKDIR /src
COPY . .
RUN if [ -d vendor ]; then cd vendor && ls; fi
RUN ["/bin/sh", "-c", "cd /src/cmd/api && go build -o /out/api ."]
RUN git clone --depth 1 https://github.com/example/tool.git /tmp/tool && \
    { cd /tmp/tool; make; } && \
    rm -rf /tmp/tool
ONBUILD RUN cd /app && make
RUN <<EOF
set -e
cat > /etc/app.conf <<'CONF'
greeting = it's (not closed
CONF
if [ -d /src/web ]; then cd /src/web; fi
npm ci
EOF
RUN bash -c "cd /src && make test"
RUN for m in a b; do cd "/src/$m" && go vet ./...; done
