FROM rockylinux:9.3
RUN dnf install -y --nogpgcheck https://example.com/pkgs/tool-1.0-1.el9.x86_64.rpm && dnf clean all
RUN rpm -ivh --nosignature /tmp/agent-2.1.0-1.x86_64.rpm
RUN yum-config-manager --add-repo https://repo.example.com/acme.repo \
 && yum-config-manager --setopt=acme.gpgcheck=0 --save
RUN microdnf install -y --setopt=gpgcheck=0 tar-1.34 && microdnf clean all
RUN cat > /etc/yum.repos.d/internal.repo <<'EOF'
[internal]
baseurl=https://repo.internal.example.com/el9
gpgcheck=0
EOF
RUN ["rpm", "-Uvh", "--nodigest", "--nofiledigest", "/tmp/legacy.rpm"]
USER 1001
