# syntax=docker/dockerfile:1
FROM debian:12-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends gosu \
 && rm -rf /var/lib/apt/lists/* \
 && gosu nobody true
RUN echo "sudo is not used here" && grep -r sudo /etc/ || true
# RUN sudo make install   <- a comment, not an instruction
COPY --chown=10001:10001 entrypoint.sh /entrypoint.sh
USER 10001:10001
ENTRYPOINT ["/entrypoint.sh"]
