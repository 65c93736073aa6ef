#!/usr/bin/env bash
# Every shipped language is complete: lupdate, run on copies of the .ts files against today's
# sources, finds no string without a translation and none that the sources no longer have.
#   check.sh LUPDATE SOURCE_DIR
set -euo pipefail
lupdate=$1
root=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$root"/translations/incentives_*.ts "$work/"
(cd "$root" && "$lupdate" -locations none src ui -ts "$work"/incentives_*.ts >"$work/lupdate.log" 2>&1) ||
    { cat "$work/lupdate.log"; exit 1; }
status=0
for ts in "$work"/incentives_*.ts; do
    lang=$(basename "$ts" .ts)
    unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
    stale=$(grep -c 'type="vanished"\|type="obsolete"' "$ts" || true)
    echo "$lang: $unfinished unfinished, $stale no longer in the sources"
    if [ "$unfinished" -ne 0 ] || [ "$stale" -ne 0 ]; then
        grep -B3 'type="unfinished"\|type="vanished"\|type="obsolete"' "$ts" | grep '<source>' | head -20
        status=1
    fi
done
exit $status
