FROM opensuse/leap:15.5
RUN zypper --non-interactive --no-gpg-checks install -y vim=9.0 && zypper clean --all
RUN zypper addrepo --no-gpgcheck https://download.example.com/repo/ acme
USER 1000
