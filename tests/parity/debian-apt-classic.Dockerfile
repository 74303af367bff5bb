# A first Dockerfile: untagged base, apt without any hygiene, ADD of a script, shell-form CMD,
# no USER and no HEALTHCHECK anywhere.
# expect-file: AVD-DS-0002 CKV_DOCKER_3 CIS-DI-0001 AVD-DS-0026 CKV_DOCKER_2 CIS-DI-0006
# expect: DL3006 AVD-DS-0001 CKV_DOCKER_7
FROM debian
# expect: DL4000 AVD-DS-0022 CKV_DOCKER_6
MAINTAINER Jane Doe <jane@example.com>
# expect: AVD-DS-0017 CIS-DI-0007 DL3009 DKL-DI-0005
RUN apt-get update
# expect: DL3008 DL3014 DL3015 AVD-DS-0021 AVD-DS-0029 DKL-DI-0005 DL3059
RUN apt-get install curl ca-certificates
# expect: DL3020 AVD-DS-0005 CKV_DOCKER_4 CIS-DI-0009
ADD app.sh /usr/local/bin/app.sh
# expect: DL3025
CMD /usr/local/bin/app.sh --serve
