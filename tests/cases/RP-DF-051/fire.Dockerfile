FROM node:20.15-bookworm-slim
RUN npm install -g typescript
RUN npm i --save-dev @types/node eslint@8.57.0 prettier@latest
RUN set -eux; \
    npm config set fund false; \
    npm install --prefix /opt/tools \
      @angular/cli \
      nodemon@next
ONBUILD RUN npm add lodash
RUN npm install github:expressjs/express
RUN ["npm", "install", "-g", "pm2"]
RUN sudo npm install --global yarn
