# Secrets in a builder stage (hadolint checks every stage, Trivy only the final one).
# expect-file: AVD-DS-0026 CKV_DOCKER_2 CIS-DI-0006
FROM node:20.11.1-bookworm-slim AS build
# expect: DL3064
ARG NPM_TOKEN
WORKDIR /app
COPY package.json package-lock.json ./
RUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc \
    && npm ci \
    && rm -f .npmrc
COPY . .
RUN npm run build

FROM node:20.11.1-bookworm-slim
WORKDIR /app
# expect: DL3064 AVD-DS-0031 CIS-DI-0010
ENV JWT_SECRET=dev-only-secret
# expect: DL3064 AVD-DS-0031
ARG SENTRY_AUTH_TOKEN
COPY --from=build /app/dist ./dist
USER 1000
CMD ["node", "dist/server.js"]
