ARG NODE_TAG=latest
FROM node:${NODE_TAG} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev

FROM nginx:1.25.4-alpine
COPY --from=deps /app/dist /usr/share/nginx/html
