FROM debian:12-slim
RUN ln -sf /bin/bash /bin/sh
RUN set -eux; \
    rm /bin/sh; \
    ln -s bash /bin/sh
ONBUILD RUN ln -sfT /usr/bin/zsh /usr/bin/sh
RUN ["ln", "-sf", "/bin/bash", "/bin/sh"]
RUN ln -sf /usr/local/bin/sh /bin/
