FROM node:20.15-bookworm-slim
WORKDIR /app
COPY package.json yarn.lock ./
RUN yarn install --frozen-lockfile --production
RUN yarn cache clean && yarn
RUN set -eux; \
    yarn config set network-timeout 600000; \
    yarn --frozen-lockfile; \
    yarn build
ONBUILD RUN yarn install
RUN <<EOF
set -e
yarn install --frozen-lockfile
yarn build
EOF
RUN --mount=type=cache,target=/root/.npm yarn install --frozen-lockfile
