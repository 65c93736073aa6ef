#!/usr/bin/env bash
# Writes the manual page of incentives-cli from its --help and --version (the command list stays a
# preformatted block, as --help prints it) and the sections of docs/man/incentives-cli.h2m (roff,
# in help2man's include format: [SECTION] headings).
#   cli-manpage.sh INCENTIVES_CLI INCLUDE_FILE NAME_LINE OUTPUT
set -euo pipefail
cli=$1 include=$2 name=$3 output=$4

export LC_ALL=C.UTF-8
help=$("$cli" --help)
version=$("$cli" --version)
program=${version%% *}
date=$(date -u ${SOURCE_DATE_EPOCH:+-d "@$SOURCE_DATE_EPOCH"} '+%B %Y')

# Text for roff: backslashes and hyphens escaped, no line starting with a control character.
roff() { sed -e 's/\\/\\e/g' -e 's/-/\\-/g' -e "s/^\\([.']\\)/\\\\\\&\\1/"; }
# The include file's section, without its heading.
section() { awk -v want="[$1]" '/^\[/ { on = ($0 == want); next } on' "$include"; }

usage=$(sed -n '1s/^Usage: //p' <<<"$help")
commands=$(awk 'NR > 2 && /^$/ { exit } NR > 2' <<<"$help")
notes=$(awk 'seen && NR > 2 { print } NR > 2 && /^$/ { seen = 1 }' <<<"$help")

{
    echo ".TH ${program^^} 1 \"$date\" \"$version\" \"User Commands\""
    echo ".nh"
    echo ".SH NAME"
    echo "$program \\- $(roff <<<"$name")"
    echo ".SH SYNOPSIS"
    echo ".B $program"
    roff <<<"${usage#"$program "}"
    echo ".SH DESCRIPTION"
    section DESCRIPTION
    echo ".SH COMMANDS"
    echo ".nf"
    roff <<<"$commands"
    echo ".fi"
    echo ".PP"
    roff <<<"$notes"
    for s in ENVIRONMENT FILES "SEE ALSO"; do
        text=$(section "$s")
        [ -z "$text" ] || printf '.SH %s\n%s\n' "$s" "$text"
    done
} >"$output"
