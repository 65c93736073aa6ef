#!/usr/bin/env bash
# Builds Incentives Desk with warnings as errors and runs the whole test suite.
#   scripts/test.sh              the normal build, in build/
#   scripts/test.sh --sanitize   AddressSanitizer + UndefinedBehaviorSanitizer + LeakSanitizer, in build-asan/
#   scripts/test.sh --sanitize-core
#                                the same for everything below the GUI (no Qt Widgets), in build-asan-core/
#   scripts/test.sh --fuzz       the libFuzzer targets over their corpora (clang), in build-fuzz/
# Anything after the mode goes to ctest, e.g. scripts/test.sh --sanitize -LE postgres.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh

dir=build
flags=(-DCMAKE_BUILD_TYPE=RelWithDebInfo)
if [ "${1:-}" = "--fuzz" ]; then
    # libFuzzer targets over their corpora (clang), e.g. INCENTIVES_FUZZ_RUNS=1000000 for a long run.
    dir=build-fuzz
    export CC=clang CXX=clang++
    flags=(-DCMAKE_BUILD_TYPE=Debug -DINCENTIVES_FUZZ=ON -DINCENTIVES_BUILD_GUI=OFF
           -DINCENTIVES_FUZZ_RUNS="${INCENTIVES_FUZZ_RUNS:-20000}")
    export ASAN_OPTIONS=detect_leaks=0
    cmake -S . -B "$dir" -G Ninja "${flags[@]}" >/dev/null
    cmake --build "$dir" --parallel "$(nproc)"
    cd "$dir"
    exec ctest --output-on-failure --parallel "$(nproc)" -L fuzz --timeout 600
fi
mode="${1:-}"
case "$mode" in --sanitize | --sanitize-core) shift ;; esac
if [ "$mode" = "--sanitize" ] || [ "$mode" = "--sanitize-core" ]; then
    # clang (scripts/setup.sh installs it for the fuzz targets) compiles an instrumented test
    # program in well under half the time GCC takes.
    if command -v clang++ >/dev/null; then
        export CC=clang CXX=clang++
    fi
    dir=build-asan
    flags=(-DCMAKE_BUILD_TYPE=Debug -DINCENTIVES_SANITIZE=ON)
    if [ "$mode" = "--sanitize-core" ]; then
        dir=build-asan-core
        flags+=(-DINCENTIVES_BUILD_GUI=OFF)
    fi
    export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
    export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
fi

cmake -S . -B "$dir" -G Ninja -DINCENTIVES_WERROR=ON "${flags[@]}" >/dev/null
cmake --build "$dir" --parallel "$(nproc)"
cd "$dir"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)" --timeout 600 "$@"
