FROM node:20.15-bookworm-slim
ARG PNPM_VERSION=9.4.0
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
RUN npm install
RUN npm install --production
RUN npm install -g "pnpm@${PNPM_VERSION}" typescript@5.4.5 @angular/cli@18.0.3
RUN npm install ./vendor/local-lib /tmp/pkg-1.0.0.tgz https://example.com/pkg-2.0.0.tgz .
RUN npm install git+https://github.com/expressjs/express.git#4.19.2 expressjs/body-parser#v1.20.2
RUN npm install --registry https://registry.example.com left-pad@1.3.0 "react@^18.3.1"
RUN npm run build && npm cache clean --force
USER node
