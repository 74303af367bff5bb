# CentOS 7 with yum: interactive installs, caches kept, an update on its own.
# expect-file: AVD-DS-0002 CKV_DOCKER_3 CIS-DI-0001 AVD-DS-0026 CKV_DOCKER_2 CIS-DI-0006
FROM centos:7
# expect: AVD-DS-0017
RUN yum -y update
# expect: DL3030 DL3032 DL3033 AVD-DS-0015 DL3059
RUN yum install httpd mod_ssl
# `clean metadata` is not `clean all`
# expect: DL3032 AVD-DS-0015
RUN yum -y install epel-release-7-14 \
    && yum -y install nginx-1.20.1-10.el7 \
    && yum clean metadata
EXPOSE 80
# expect: DL3025
CMD /usr/sbin/nginx -g "daemon off;"
