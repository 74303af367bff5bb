FROM alpine:3.20
RUN ["wget", "-q", "-O", "/tmp/a", "https://example.com/a"]
RUN <<EOF
set -e
echo fetching
curl -fsSLo /tmp/b https://example.com/b
EOF
