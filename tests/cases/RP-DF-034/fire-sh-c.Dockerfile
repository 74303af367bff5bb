FROM debian:12-slim
RUN ["apt-get", "update"]
# the shell that runs the -c script is a wrapper: this RUN has two commands, cd and make
RUN ["/bin/sh", "-c", "cd /opt/app && make"]
RUN bash -c 'make install'
RUN sh -c "make test && make lint && make docs"
USER 10001
