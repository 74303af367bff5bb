FROM debian:12-slim
RUN ["sudo", "-u", "nobody", "true"]
RUN bash -c 'sudo -u app /usr/local/bin/setup'
RUN <<EOF
set -e
echo "preparing"
sudo -E /usr/local/bin/init
EOF
RUN for d in /srv/a /srv/b; do sudo install -d -o app "$d"; done
ONBUILD RUN sudo -u app make -C /app
RUN /usr/bin/sudo true
RUN echo start; doas apk upgrade
RUN nice -n 10 sudo make -C /src install
