#!/usr/bin/env bash
# Installs the build into a temporary DESTDIR under the prefix /usr, as the Debian package does, and
# checks what is shipped: both executables, the desktop entry, the AppStream metainfo and the icon,
# all named after the application id; the desktop entry and the metainfo pass their validators; the
# installed executables print their version and help without a display, and the installed CLI
# creates a demo database and reads it.
#   check_install.sh CMAKE BUILD_DIR APP_ID VERSION
# Exit status: 0 all good, 1 something is missing or wrong, 77 all good but a validator
# (desktop-file-validate, appstreamcli) is not installed.
set -uo pipefail
cmake=$1 build=$2 id=$3 version=$4

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

if ! DESTDIR="$root" "$cmake" --install "$build" --prefix /usr >"$root/install.log" 2>&1; then
    cat "$root/install.log" >&2
    echo "FAIL: cmake --install" >&2
    exit 1
fi
usr=$root/usr
desk=$usr/bin/incentives-desk
cli=$usr/bin/incentives-cli
desktop=$usr/share/applications/$id.desktop
metainfo=$usr/share/metainfo/$id.metainfo.xml
icon=$usr/share/icons/hicolor/scalable/apps/$id.svg

for f in "$desk" "$cli"; do
    [ -f "$f" ] && [ -x "$f" ] || fail "${f#"$root"} is not installed as an executable"
done
for f in "$desktop" "$metainfo" "$icon"; do
    [ -s "$f" ] || fail "${f#"$root"} is not installed"
done

# The files agree with each other and with the build.
if [ -s "$desktop" ]; then
    grep -qx "Icon=$id" "$desktop" || fail "the desktop entry's Icon is not $id"
    exec_line=$(sed -n 's/^Exec=//p' "$desktop" | head -n 1)
    [ -x "$usr/bin/${exec_line%% *}" ] || fail "the desktop entry runs '$exec_line', which is not installed"
fi
if [ -s "$metainfo" ]; then
    grep -q "<id>$id</id>" "$metainfo" || fail "the metainfo's id is not $id"
    grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$metainfo" ||
        fail "the metainfo does not launch $id.desktop"
    grep -q "<release version=\"$version\"" "$metainfo" ||
        fail "the metainfo has no release for version $version (add one to resources/$id.metainfo.xml)"
fi
if [ -s "$icon" ]; then
    grep -q "<svg" "$icon" || fail "the icon is not an SVG image"
fi

# The validators, where they are installed.
skipped=()
if command -v desktop-file-validate >/dev/null; then
    if [ -s "$desktop" ] && ! out=$(desktop-file-validate "$desktop" 2>&1); then
        fail "desktop-file-validate: $out"
    fi
else
    skipped+=(desktop-file-validate)
fi
if command -v appstreamcli >/dev/null; then
    if [ -s "$metainfo" ] && ! out=$(appstreamcli validate --no-net --no-color "$metainfo" 2>&1); then
        fail "appstreamcli validate: $out"
    fi
else
    skipped+=(appstreamcli)
fi

# The installed executables: --version and --help need no display.
nodisplay=(env -u DISPLAY -u WAYLAND_DISPLAY QT_QPA_PLATFORM=xcb)
if [ -x "$desk" ]; then
    out=$("${nodisplay[@]}" "$desk" --version 2>&1) || fail "incentives-desk --version failed: $out"
    [ "$out" = "incentives-desk $version" ] || fail "incentives-desk --version printed '$out'"
    out=$("${nodisplay[@]}" "$desk" --help 2>&1) || fail "incentives-desk --help failed: $out"
    grep -q -- "--database" <<<"$out" || fail "incentives-desk --help does not list --database: $out"
fi
if [ -x "$cli" ]; then
    out=$("$cli" --version 2>&1) || fail "incentives-cli --version failed: $out"
    [ "$out" = "incentives-cli $version" ] || fail "incentives-cli --version printed '$out'"
    out=$("$cli" --help 2>&1) || fail "incentives-cli --help failed: $out"
    grep -q -- "--database" <<<"$out" || fail "incentives-cli --help does not list --database: $out"
    # The installed CLI finds the SQLite driver: a demo database, then a user's home screen.
    out=$("$cli" --database "$root/demo.db" init --demo 2>&1) || fail "incentives-cli init failed: $out"
    out=$("$cli" --database "$root/demo.db" --as bao.nguyen@contoso.example home 2>&1) ||
        fail "incentives-cli home failed: $out"
fi

if [ "$failures" -gt 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
if [ ${#skipped[@]} -gt 0 ]; then
    echo "not validated: ${skipped[*]} not installed (scripts/setup.sh installs them)"
    exit 77
fi
echo "installed and validated: $(cd "$root" && find usr -type f | sort | tr '\n' ' ')"
