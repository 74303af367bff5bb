FROM debian:12-slim
ARG APP_UID=10001
RUN useradd -l -u 1000000 -m app
RUN useradd --no-log-init --uid 2000000 svc
RUN useradd -u 99999 -m small
RUN useradd -u "$APP_UID" -m other
RUN useradd -u "$UNKNOWN_UID" -m ghost
RUN useradd -r -s /usr/sbin/nologin sys
RUN useradd -lmu 1234567 both
USER 10001
