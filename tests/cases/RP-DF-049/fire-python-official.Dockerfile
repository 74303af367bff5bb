FROM debian:bookworm-slim
ENV PYTHON_SETUPTOOLS_VERSION=69.5.1
RUN set -eux; \
	\
	python3 --version; \
	\
	pip3 install \
		--disable-pip-version-check \
		--no-cache-dir \
		--no-compile \
		"setuptools==$PYTHON_SETUPTOOLS_VERSION" \
		wheel \
	; \
	pip3 --version
