#!/usr/bin/env bash
# Builds the Debian package of Incentives Desk (a Release build without the tests, in build-deb/):
#   scripts/package.sh        build-deb/incentives-desk_<version>-1_<arch>.deb
# Install it with 'sudo apt install ./build-deb/incentives-desk_*.deb'.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh

dir=build-deb
cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DINCENTIVES_BUILD_TESTS=OFF >/dev/null
cmake --build "$dir" --parallel "$(nproc)"
rm -f "$dir"/incentives-desk_*.deb
(cd "$dir" && cpack -G DEB >/dev/null)
deb=$(ls "$dir"/incentives-desk_*.deb)
dpkg-deb --field "$deb" Package Version Installed-Size Depends
echo "$deb"
