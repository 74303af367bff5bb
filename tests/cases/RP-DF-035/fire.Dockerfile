FROM debian:12-slim
ARG APP_UID=1000001
RUN useradd -u 123456 -m app
RUN groupadd -g 2000000 svc \
 && useradd --uid=2000000 -g svc -s /usr/sbin/nologin svc
RUN useradd -mu "${APP_UID}" builder
ONBUILD RUN useradd --uid 654321 late
RUN sudo useradd -u 5000000 -m later
