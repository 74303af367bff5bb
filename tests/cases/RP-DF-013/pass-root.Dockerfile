# USER root is RP-DF-010's finding
FROM debian:12.5-slim
USER root
