# syntax=docker/dockerfile:1
FROM node:20.11-bookworm-slim
ARG NPM_TOKEN
ARG GITHUB_TOKEN=""
ENV AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE \
    AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
ENV DATABASE_URL=postgres://app:s3cret@db:5432/app
ENV DB_PASSWORD hunter2
ARG VITE_OPENAI_API_KEY
ENV NODE_AUTH_TOKEN=${NPM_TOKEN}
ENV GPG_PASSPHRASE=correct-horse-battery
ENV Stripe_Secret_Key=sk_live_51H8
ENV MYSQLPASSWORD=root
ENV JENKINS_PSW=admin
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
ONBUILD ARG SENTRY_AUTH_TOKEN
USER node
CMD ["node", "server.js"]
