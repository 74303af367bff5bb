FROM buildpack-deps:bookworm-scm
ENV GOLANG_VERSION=1.22.5
RUN set -eux; \
	url="https://dl.google.com/go/go${GOLANG_VERSION}.linux-amd64.tar.gz"; \
	wget -O go.tgz.asc "$url.asc"; \
	wget -O go.tgz "$url" --progress=dot:giga; \
	echo "904b924d435eaea086515bc63235b192ea441bd8c9b198c507e85009e6e4c7f0 *go.tgz" | sha256sum -c -; \
	tar -C /usr/local -xzf go.tgz; \
	rm go.tgz go.tgz.asc
RUN wget https://example.com/a.tar.gz && wget -O- https://example.com/b.sh > /tmp/b.sh
ONBUILD RUN wget -c https://example.com/c.bin
RUN ["wget", "-O", "/tmp/d.bin", "https://example.com/d.bin"]
RUN busybox wget -O /tmp/e.bin https://example.com/e.bin
