# yarn in a build stage (not shipped) and in the final stage (shipped).
# expect-file: AVD-DS-0026 CKV_DOCKER_2 CIS-DI-0006
FROM node:20.11.1-alpine3.19 AS build
WORKDIR /app
COPY package.json yarn.lock ./
RUN yarn install --frozen-lockfile
COPY . .
RUN yarn build

FROM node:20.11.1-alpine3.19
WORKDIR /app
COPY package.json yarn.lock ./
# expect: DL3060
RUN yarn install --production --frozen-lockfile
COPY --from=build /app/dist ./dist
USER 1000
CMD ["node", "dist/server.js"]
