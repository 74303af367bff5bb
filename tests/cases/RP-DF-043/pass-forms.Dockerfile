FROM opensuse/leap:15.5
RUN zypper --non-interactive patch && zypper --non-interactive update && zypper clean --all
# the word in a package name or a message is no subcommand
RUN echo "apt-get dist-upgrade is not run here" && zypper -n in dist-upgrade-helper=1.0 && zypper clean
