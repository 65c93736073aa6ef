#!/usr/bin/env bash
# Builds Incentives Desk and starts it on its demo database (created on first start).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build --parallel "$(nproc)"
exec build/bin/incentives-desk "$@"
