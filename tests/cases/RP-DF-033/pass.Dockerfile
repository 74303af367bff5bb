FROM alpine:3.20
RUN wget -q -O /tmp/a.tgz https://example.com/a.tgz
RUN set -o pipefail && wget -qO- https://example.com/b.sh | sh
RUN wget -nv https://example.com/c.tgz
RUN wget --no-verbose https://example.com/d.tgz
RUN wget --progress=bar:force:noscroll https://example.com/e.tgz
RUN wget -o /tmp/wget.log https://example.com/f.tgz
RUN wget --output-file=/tmp/wget.log https://example.com/g.tgz
RUN wget -a /tmp/wget.log https://example.com/h.tgz
RUN wget --quiet https://example.com/i.tgz
RUN apk add --no-cache wget
RUN busybox wget -q -O /tmp/j.bin https://example.com/j.bin
