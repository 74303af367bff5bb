# An Express app with global tools and TLS checks switched off.
# expect-file: AVD-DS-0026 CKV_DOCKER_2 CIS-DI-0006
FROM node:20-bookworm
WORKDIR /usr/src/app
COPY package*.json ./
# a bare install takes the versions from package.json
RUN npm install
# expect: DL3016 DL3059
RUN npm install -g pm2 typescript@5.3.3
# expect: DL3016 CKV2_DOCKER_13 DL3059
RUN npm config set strict-ssl false && npm install left-pad
ENV NODE_ENV=production
# expect: CKV2_DOCKER_6
ENV NODE_TLS_REJECT_UNAUTHORIZED=0
# expect: CKV2_DOCKER_12
ENV NPM_CONFIG_STRICT_SSL=false
COPY . .
EXPOSE 3000
USER 1000
CMD ["node", "index.js"]
