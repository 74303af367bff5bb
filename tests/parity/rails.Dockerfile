# A Rails app image: no USER anywhere.
# expect-file: AVD-DS-0002 CKV_DOCKER_3 CIS-DI-0001 AVD-DS-0026 CKV_DOCKER_2 CIS-DI-0006
FROM ruby:3.2.3-slim-bookworm
# expect: DL3008 DL3009 DKL-DI-0005
RUN apt-get update -qq && apt-get install --no-install-recommends -y build-essential libpq-dev nodejs npm
# expect: DL3016 DL3059
RUN npm install -g yarn
WORKDIR /rails
COPY Gemfile Gemfile.lock ./
RUN bundle install
COPY . .
RUN bundle exec rails assets:precompile
EXPOSE 3000
CMD ["bin/rails", "server", "-b", "0.0.0.0"]
