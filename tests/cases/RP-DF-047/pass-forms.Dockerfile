FROM fedora:39 AS fedora
RUN dnf install -y nginx-1.24.0-1.fc39 && dnf clean all
RUN dnf -yq install git-2.43.0-1.fc39 && dnf clean all
RUN dnf --assumeyes --setopt=install_weak_deps=False install make-4.4.1-2.fc39 && dnf clean all
RUN dnf --setopt=assumeyes=True install jq-1.7.1-1.fc39 && dnf clean all
RUN yum -y groupinstall "Development Tools" && yum clean all
# queries never ask
RUN dnf makecache && dnf repoquery --whatprovides /usr/bin/jq && dnf list installed && dnf clean all

FROM opensuse/leap:15.5
RUN zypper --non-interactive install curl=8.0.1 && zypper clean
RUN zypper -n in wget=1.20.3 && zypper clean
RUN zypper -nq ref && zypper install -y vim=9.0.2103 && zypper clean
RUN zypper in --no-confirm --auto-agree-with-licenses less=590 && zypper clean
RUN zypper search -i && zypper --non-interactive patch && zypper clean -a
