FROM ruby:3.3-slim
ENV BUNDLER_VERSION=2.5.11
RUN set -eux; \
	gem update --system 3.5.14; \
	gem install bundler --version "$BUNDLER_VERSION" --force; \
	rm -r /root/.gem/
RUN gem install rails -v 7.1.3.4
RUN gem install nokogiri -v 1.16.6 -- --use-system-libraries
RUN gem install rake:13.2.1 --no-document
RUN gem install --version=1.64.1 rubocop
RUN gem install ./vendor/cache/internal-1.0.0.gem
RUN gem list && bundle install --jobs 4
