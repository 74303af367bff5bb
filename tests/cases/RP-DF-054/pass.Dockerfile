FROM node:20.15-bookworm-slim AS build
WORKDIR /app
COPY package.json yarn.lock ./
RUN yarn install --frozen-lockfile
COPY . .
RUN yarn build
FROM node:20.15-bookworm-slim
WORKDIR /app
COPY package.json yarn.lock ./
RUN yarn install --frozen-lockfile --production && yarn cache clean
RUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install --frozen-lockfile
RUN yarn install --frozen-lockfile && rm -rf /usr/local/share/.cache/yarn
RUN yarn --version && yarn -v
RUN --mount=type=cache,target=/root/.yarn YARN_CACHE_FOLDER=/root/.yarn yarn install --frozen-lockfile
RUN yarn install --frozen-lockfile --cache-folder /tmp/yarn-c && rm -rf /tmp/yarn-c
RUN <<EOF
set -eux
yarn install --frozen-lockfile
yarn cache clean --all
EOF
COPY --from=build /app/dist ./dist
USER node
CMD ["node", "dist/server.js"]
