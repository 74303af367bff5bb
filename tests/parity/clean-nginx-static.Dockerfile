# expect-none
# A static site built with yarn and served by unprivileged nginx.
FROM node:20.11.1-alpine3.19 AS build
WORKDIR /app
COPY package.json yarn.lock ./
RUN yarn install --frozen-lockfile && yarn cache clean
COPY . .
RUN yarn build

FROM nginxinc/nginx-unprivileged:1.25.4-alpine3.18
COPY --chown=101:101 nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /app/dist /usr/share/nginx/html
USER 101:101
EXPOSE 8080
HEALTHCHECK CMD ["wget", "-q", "--spider", "http://127.0.0.1:8080/"]
