# openSUSE with zypper.
# expect-file: AVD-DS-0026 CKV_DOCKER_2 CIS-DI-0006
FROM opensuse/leap:15.5
# expect: DL3034 DL3036 DL3037 AVD-DS-0020
RUN zypper install curl git
# expect: DL3035 DL3059
RUN zypper --non-interactive dup
# expect: DL3037 DL3059
RUN zypper -n in -y python311=3.11.5-150400.9.20.1 python311-pip && zypper clean --all
# hadolint keeps comparing with the first RUN of the row after it reported one
# expect: AVD-DS-0017 DL3059
RUN zypper --non-interactive refresh && zypper -n update
USER 1000
CMD ["python3.11", "-m", "http.server", "8080"]
