FROM ruby:3.3.0-slim-bookworm
WORKDIR /app
ONBUILD COPY . /app
ONBUILD CMD bundle exec puma -C config/puma.rb
ENTRYPOINT /usr/local/bin/docker-entrypoint.sh \
    --verbose
