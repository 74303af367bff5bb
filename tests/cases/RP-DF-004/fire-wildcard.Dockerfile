# *.acme.internal covers subdomains only, not acme.internal itself
FROM acme.internal/base/debian:12.5 AS base
FROM registry.acme.internal.evil.io/base/debian:12.5
FROM localhost:5000/base/debian:12.5
