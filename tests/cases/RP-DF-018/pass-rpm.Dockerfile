FROM rockylinux:9.3
RUN rpm --import https://repo.example.com/RPM-GPG-KEY-acme \
 && printf '[acme]\nbaseurl=https://repo.example.com/el9\ngpgcheck=1\nrepo_gpgcheck=0\n' > /etc/yum.repos.d/acme.repo \
 && dnf install -y --setopt=install_weak_deps=False acme-tool-1.2.3 \
 && dnf clean all
RUN rpm -qa --queryformat '%{NAME}\n' | sort > /tmp/packages.txt
COPY agent-2.1.0-1.x86_64.rpm /tmp/
RUN rpm -K /tmp/agent-2.1.0-1.x86_64.rpm && rpm -ivh /tmp/agent-2.1.0-1.x86_64.rpm
USER 1001
