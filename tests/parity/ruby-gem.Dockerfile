# Ruby gems with and without versions.
# expect-file: AVD-DS-0026 CKV_DOCKER_2 CIS-DI-0006 AVD-DS-0002 CKV_DOCKER_3
FROM ruby:3.3
# expect: DL3028
RUN gem install rails bundler:2.5.6
# expect: DL3028 DL3059
RUN gem install nokogiri --no-document
WORKDIR /app
RUN gem install puma -v 6.4.2 --no-document
COPY . .
CMD ["bundle", "exec", "puma"]
