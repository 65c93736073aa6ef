#!/usr/bin/env bash
# Builds the Debian package of Incentives Desk (a hardened Release build without the tests, in
# build-deb/; ccache is used when it is installed):
#   scripts/package.sh        build-deb/incentives-desk_<version>-1_<arch>.deb
# Install it with 'sudo apt install ./build-deb/incentives-desk_*.deb'; check it with
# 'lintian build-deb/incentives-desk_*.deb' (clean at lintian's default level). JOBS=N limits the
# build to N parallel jobs.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh

dir=build-deb
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DINCENTIVES_BUILD_TESTS=OFF -DINCENTIVES_HARDENING=ON \
    "${launcher[@]}" >/dev/null
cmake --build "$dir" --parallel "${JOBS:-$(nproc)}"
rm -f "$dir"/incentives-desk_*.deb
(cd "$dir" && cpack -G DEB >/dev/null)
deb=$(ls "$dir"/incentives-desk_*.deb)
dpkg-deb --field "$deb" Package Version Installed-Size Depends
echo "$deb"
