# A base image with ONBUILD triggers: hadolint checks ONBUILD RUN like RUN.
# expect-file: AVD-DS-0026 CKV_DOCKER_2 CIS-DI-0006
FROM node:20.11.1-bookworm-slim
WORKDIR /app
ONBUILD COPY package.json package-lock.json ./
# expect: DL3016
ONBUILD RUN npm install express
# expect: DL3008 DL3015 DL3009 DKL-DI-0005
ONBUILD RUN apt-get update && apt-get install -y imagemagick
ONBUILD COPY . .
USER 1000
CMD ["node", "server.js"]
