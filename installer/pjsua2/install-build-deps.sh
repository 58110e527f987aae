#!/usr/bin/env bash
# Install what build-wheel.sh and tests/audio need on Debian 12 (run as root).
#   installer/pjsua2/install-build-deps.sh [--runtime-only]
# Adds a deb-src entry for bookworm main (for `apt-get source ring`) when none exists.
set -euo pipefail
[[ $(id -u) == 0 ]] || { echo "run as root" >&2; exit 1; }
export DEBIAN_FRONTEND=noninteractive
RUNTIME=(pulseaudio pulseaudio-utils alsa-utils libasound2-plugins
         libasound2 libopus0 libssl3 libspeex1 libspeexdsp1 libgsm1 libuuid1 python3.11-venv)
BUILD=(build-essential pkg-config swig patch libasound2-dev libssl-dev libopus-dev
       libspeex-dev libspeexdsp-dev libgsm1-dev uuid-dev python3.11-dev dpkg-dev)
need_update=0
if [[ "${1:-}" != --runtime-only ]] && ! grep -rqsE '^(Types: *deb-src|deb-src )' /etc/apt/sources.list /etc/apt/sources.list.d/; then
    cat >/etc/apt/sources.list.d/softphone-debian-src.sources <<'SRC'
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm bookworm-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb-src
URIs: http://deb.debian.org/debian-security
Suites: bookworm-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
    need_update=1
fi
pkgs=("${RUNTIME[@]}")
[[ "${1:-}" == --runtime-only ]] || pkgs+=("${BUILD[@]}")
missing=()
for p in "${pkgs[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [[ $need_update == 1 || ${#missing[@]} -gt 0 ]]; then
    apt-get update -q >/dev/null
fi
if [[ ${#missing[@]} -gt 0 ]]; then
    apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
fi
echo "build deps ok (${#missing[@]} installed)"
