FROM debian:12-slim
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
# /bin/sh is the target here, not the link: it stays as it is
RUN ln -s /bin/sh /usr/local/bin/sh
RUN ln -sf /usr/share/zoneinfo/Etc/UTC /etc/localtime
RUN ln -s /opt/app/bin/app /usr/local/bin/app && ls -l /bin/sh
