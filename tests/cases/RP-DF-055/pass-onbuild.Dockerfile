# ONBUILD MAINTAINER is RP-DF-066's (the build fails), not a second MAINTAINER finding.
FROM node:20.11.1-bookworm-slim
ONBUILD MAINTAINER someone
ONBUILD COPY . /app
