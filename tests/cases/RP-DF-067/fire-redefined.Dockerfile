FROM python:3.12.2-slim-bookworm
ARG VERSION=1.0.0
# hadolint skips this (VERSION was an ARG before), but URL still gets 1.0.0, not 2.0.0
ENV VERSION=2.0.0 URL=https://example.com/app-$VERSION.tar.gz
ENV A=1 B=2 C="${B:-0}-x"
