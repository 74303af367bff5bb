#!/bin/sh
# Installs the Debian packages rampart needs to build and test, and only those missing.
# Idempotent: a second run installs nothing. Needs root (or sudo) only when something is missing.
set -eu

PKGS="build-essential cmake pkg-config clang libclang-rt-14-dev libyaml-dev libjansson-dev \
libssl-dev libcmocka-dev libpcre2-dev"
# Hyperscan is packaged for x86-64 only; elsewhere the secrets engine runs on PCRE2 alone
if [ "$(dpkg --print-architecture 2>/dev/null)" = "amd64" ]; then
    PKGS="$PKGS libhyperscan-dev"
fi

missing=""
for p in $PKGS; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done
# node and npm run the official SARIF validator in `make check`; any node >= 18 will do
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    missing="$missing nodejs npm"
fi

if [ -z "$missing" ]; then
    echo "install-deps: all build dependencies are present"
    exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi
echo "install-deps: installing:$missing"
export DEBIAN_FRONTEND=noninteractive
# a fresh machine may have no package lists yet
$SUDO apt-get update -qq || true
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing
