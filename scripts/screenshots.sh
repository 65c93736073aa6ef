#!/usr/bin/env bash
# Makes the README's screenshots, docs/screenshots/*.png, in a virtual X server (xvfb-run). The GUI
# tests drive the screens in-process on the demo database and save them when INCENTIVES_SCREENSHOTS
# names a folder; this builds them if needed (in build/, or INCENTIVES_BUILD_DIR) and runs the ones
# that show the main screens.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh

dir=${INCENTIVES_BUILD_DIR:-build}
[ -f "$dir/build.ninja" ] || cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$dir" --parallel "$(nproc)" --target tst_mainwindow tst_enrollmentflow tst_presenter

shots=$(mktemp -d)
trap 'rm -rf "$shots"' EXIT
shoot() {
    INCENTIVES_SCREENSHOTS="$shots" QT_QPA_PLATFORM=xcb \
        xvfb-run -a -s "-screen 0 1600x1000x24" "$dir/tests/$1" "$2" >"$shots/$1.log" 2>&1 ||
        { cat "$shots/$1.log" >&2; exit 1; }
}
shoot tst_mainwindow screenshots
shoot tst_enrollmentflow submitPathToEnrolled
shoot tst_presenter fiscalYearRolloverScenario

mkdir -p docs/screenshots
for name in home workspace inbox profiles users programs renewal-forecast invitation-submit presenter; do
    cp "$shots/$name.png" docs/screenshots/
done
ls -l docs/screenshots
