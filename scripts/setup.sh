#!/usr/bin/env bash
# Installs the Debian 12 / Ubuntu packages that building and testing Incentives Desk needs.
# Only what is missing is installed; run as root or with sudo available.
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6svg6-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev libsodium-dev
    clang libclang-rt-14-dev lld
    postgresql libqt6sql6-psql libpq-dev qtkeychain-qt6-dev
    appstream desktop-file-utils dpkg-dev xvfb
    help2man qt6-translations-l10n libxml2-utils shared-mime-info libglib2.0-bin sqlite3 libsqlite3-dev
    poppler-utils
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "Installing: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
