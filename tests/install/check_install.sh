#!/usr/bin/env bash
# Installs the build into a temporary DESTDIR under the prefix /usr, as the Debian package does, and
# checks what is shipped: both executables, the desktop entry, the AppStream metainfo, the icon and
# the MIME type, all named after the application id; the licence and changelog; a manual page for
# each executable; the bash and zsh completions of the CLI. The desktop entry, the metainfo, the
# MIME type and the manual pages pass their validators; the installed executables carry no RUNPATH,
# print their version and help without a display (--help-all too), the installed CLI creates a demo
# database and reads it, logs only with --verbose, and its completions complete its commands; the
# desktop application opens a database given as a file argument, and a database is recognized as
# our MIME type.
#   check_install.sh CMAKE BUILD_DIR APP_ID VERSION
# Exit status: 0 all good, 1 something is missing or wrong, 77 all good but a validator
# (desktop-file-validate, appstreamcli, xmllint, man, update-mime-database, gio) is not installed.
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
mime=$usr/share/mime/packages/$id.xml
doc=$usr/share/doc/incentives-desk
man1=$usr/share/man/man1
bash_completion=$usr/share/bash-completion/completions/incentives-cli
zsh_completion=$usr/share/zsh/vendor-completions/_incentives-cli

for f in "$desk" "$cli"; do
    [ -f "$f" ] && [ -x "$f" ] || fail "${f#"$root"} is not installed as an executable"
done
for f in "$desktop" "$metainfo" "$icon" "$mime" "$doc/copyright" "$doc/changelog.Debian.gz" \
    "$man1/incentives-desk.1.gz" "$man1/incentives-cli.1.gz" "$bash_completion" "$zsh_completion"; do
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
mime_type=$(sed -n 's/.*<mime-type type="\([^"]*\)".*/\1/p' "$mime" 2>/dev/null | head -n 1)
if [ -s "$desktop" ]; then
    [ -n "$mime_type" ] && grep -qx "MimeType=$mime_type;" "$desktop" ||
        fail "the desktop entry does not open the MIME type '$mime_type'"
    grep -q '^Exec=incentives-desk %f$' "$desktop" || fail "the desktop entry does not pass the file (%f)"
fi
if [ -s "$metainfo" ]; then
    grep -q '<project_license>MIT</project_license>' "$metainfo" || fail "the metainfo names no MIT licence"
    grep -q "<mediatype>$mime_type</mediatype>" "$metainfo" || fail "the metainfo does not provide $mime_type"
fi

# The licence: Debian's machine-readable copyright file, with the same licence text as LICENSE.
if [ -s "$doc/copyright" ]; then
    head -n 1 "$doc/copyright" | grep -qx 'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' ||
        fail "the copyright file is not machine-readable (DEP-5)"
    grep -q '^License: Expat$' "$doc/copyright" || fail "the copyright file names no licence"
    grep -q 'Permission is hereby granted, free of charge' "$doc/copyright" ||
        fail "the copyright file has no licence text"
fi
# The changelog's top entry is this version, compressed without a timestamp.
if [ -s "$doc/changelog.Debian.gz" ]; then
    top=$(gzip -dc "$doc/changelog.Debian.gz" | head -n 1)
    [[ $top == "incentives-desk ($version-1) "* ]] ||
        fail "the changelog's top entry is '$top', not version $version-1 (add one to resources/debian/changelog)"
fi

# The manual pages: written from --help, naming the options and commands, and clean for man.
for page in incentives-desk incentives-cli; do
    f=$man1/$page.1.gz
    [ -s "$f" ] || continue
    text=$(gzip -dc "$f" | sed 's/\\-/-/g')
    grep -q "^\.TH \"\?${page^^}" <<<"$text" || fail "$page.1 has no title for $page"
    grep -q -- '--database' <<<"$text" || fail "$page.1 does not describe --database"
    grep -q -- '--verbose' <<<"$text" || fail "$page.1 does not describe --verbose"
done
if [ -s "$man1/incentives-cli.1.gz" ]; then
    gzip -dc "$man1/incentives-cli.1.gz" | grep -q 'workspace' || fail "incentives-cli.1 lists no commands"
fi

# The completions complete the CLI's commands, subcommands, options and option values.
if [ -s "$bash_completion" ]; then
    if ! bash -n "$bash_completion"; then
        fail "the bash completion is not valid bash"
    else
        complete_words() {
            bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _incentives_cli
                     echo "${COMPREPLY[*]}"' _ "$bash_completion" "$@" 2>&1
        }
        out=$(complete_words incentives-cli work)
        [ "$out" = "workspace" ] || fail "bash completes 'work' to '$out'"
        out=$(complete_words incentives-cli users '')
        [[ " $out " == *" assign "* ]] || fail "bash completes 'users' to '$out'"
        out=$(complete_words incentives-cli --database x.db users assign --lo)
        [ "$out" = "--location" ] || fail "bash completes 'users assign --lo' to '$out'"
        out=$(complete_words incentives-cli bank-profile add --account-type '')
        [ "$out" = "checking savings" ] || fail "bash completes '--account-type' to '$out'"
        out=$(complete_words incentives-cli --j)
        [ "$out" = "--json" ] || fail "bash completes '--j' to '$out'"
    fi
fi
if [ -s "$zsh_completion" ]; then
    head -n 1 "$zsh_completion" | grep -qx '#compdef incentives-cli' || fail "the zsh completion has no #compdef"
    if command -v zsh >/dev/null && ! zsh -n "$zsh_completion"; then
        fail "the zsh completion is not valid zsh"
    fi
    grep -q "workspace '" "$zsh_completion" || fail "the zsh completion does not know 'workspace'"
fi

# No executable carries a library search path.
if command -v readelf >/dev/null; then
    for f in "$desk" "$cli"; do
        [ -f "$f" ] || continue
        if rpath=$(readelf -d "$f" | grep -E 'RPATH|RUNPATH'); then
            fail "${f#"$root"} carries a library search path: $rpath"
        fi
    done
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
if command -v xmllint >/dev/null; then
    if [ -s "$mime" ] && ! out=$(xmllint --noout "$mime" 2>&1); then
        fail "xmllint $id.xml: $out"
    fi
else
    skipped+=(xmllint)
fi
if command -v man >/dev/null; then
    # As lintian checks manual pages.
    for page in incentives-desk incentives-cli; do
        f=$man1/$page.1.gz
        [ -s "$f" ] || continue
        out=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$f" 2>&1 >/dev/null)
        [ -z "$out" ] || fail "man warns about $page.1: $out"
    done
else
    skipped+=(man)
fi

# The installed executables: --version and --help need no display.
nodisplay=(env -u DISPLAY -u WAYLAND_DISPLAY QT_QPA_PLATFORM=xcb)
if [ -x "$desk" ]; then
    out=$("${nodisplay[@]}" "$desk" --version 2>&1) || fail "incentives-desk --version failed: $out"
    [ "$out" = "incentives-desk $version" ] || fail "incentives-desk --version printed '$out'"
    out=$("${nodisplay[@]}" "$desk" --help 2>&1) || fail "incentives-desk --help failed: $out"
    grep -q -- "--database" <<<"$out" || fail "incentives-desk --help does not list --database: $out"
    # --help-all adds Qt's own options, still without a display.
    out=$("${nodisplay[@]}" "$desk" --help-all 2>&1) || fail "incentives-desk --help-all failed: $out"
    grep -q -- "--database" <<<"$out" || fail "incentives-desk --help-all does not list --database: $out"
    grep -q -- "-platform" <<<"$out" || fail "incentives-desk --help-all does not list Qt's -platform: $out"
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
    # Quiet by default; --verbose logs through the layers' categories on stderr.
    err=$("$cli" --database "$root/demo.db" --as bao.nguyen@contoso.example inbox 2>&1 >/dev/null)
    [ -z "$err" ] || fail "incentives-cli logs without --verbose: $err"
    err=$("$cli" --database "$root/demo.db" --as bao.nguyen@contoso.example --verbose inbox 2>&1 >/dev/null)
    grep -q "^incentives.store: opened \"$root/demo.db\"" <<<"$err" ||
        fail "incentives-cli --verbose does not log the database it opens: $err"
    grep -q '^incentives.cli: command "inbox"' <<<"$err" ||
        fail "incentives-cli --verbose does not log the command: $err"
fi

# The desktop application opens the database given as its file argument (as the desktop entry's
# %f passes it), here on the offscreen platform; it then waits at the sign-in.
if [ -x "$desk" ] && [ -s "$root/demo.db" ]; then
    log=$root/desk.log
    env -u DISPLAY -u WAYLAND_DISPLAY QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$root/config" \
        XDG_DATA_HOME="$root/data" "$desk" --verbose "$root/demo.db" >"$log" 2>&1 &
    pid=$!
    for _ in $(seq 1 100); do
        grep -q "incentives.store: opened" "$log" && break
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.2
    done
    kill "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    grep -q "^incentives.store: opened \"$root/demo.db\"" "$log" ||
        fail "incentives-desk FILE does not open FILE: $(cat "$log")"
fi

# A database is recognized as our MIME type (by its header) once the type is installed.
if command -v update-mime-database >/dev/null && command -v gio >/dev/null; then
    if [ -s "$mime" ] && [ -s "$root/demo.db" ]; then
        mkdir -p "$root/mimedb/mime/packages"
        cp /usr/share/mime/packages/*.xml "$mime" "$root/mimedb/mime/packages/"
        if update-mime-database "$root/mimedb/mime" >/dev/null 2>&1; then
            cp "$root/demo.db" "$root/copy-without-extension"
            for f in "$root/demo.db" "$root/copy-without-extension"; do
                type=$(XDG_DATA_HOME="$root/mimedb" XDG_DATA_DIRS="$root/mimedb" \
                    gio info -a standard::content-type "$f" 2>&1 | sed -n 's/.*standard::content-type: //p')
                [ "$type" = "$mime_type" ] || fail "${f##*/} is recognized as '$type', not $mime_type"
            done
            # Another application's SQLite file stays a plain SQLite database.
            cp "$root/demo.db" "$root/other.db"
            printf '\0\0\0\0' | dd of="$root/other.db" bs=1 seek=68 conv=notrunc status=none
            type=$(XDG_DATA_HOME="$root/mimedb" XDG_DATA_DIRS="$root/mimedb" \
                gio info -a standard::content-type "$root/other.db" 2>&1 | sed -n 's/.*standard::content-type: //p')
            [ "$type" = "application/vnd.sqlite3" ] || fail "another SQLite file is recognized as '$type'"
        else
            fail "update-mime-database rejects $id.xml"
        fi
    fi
else
    skipped+=(update-mime-database/gio)
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
