FROM ruby:3.3-slim
RUN gem install bundler
RUN gem install --no-document rails rake:13.2.1
RUN set -eux; \
    gem update --system 3.5.14; \
    gem i -N --install-dir /opt/gems rubocop
ONBUILD RUN gem install puma
RUN ["gem", "install", "sinatra"]
RUN <<EOF
set -e
gem install --no-document nokogiri -- --use-system-libraries
EOF
