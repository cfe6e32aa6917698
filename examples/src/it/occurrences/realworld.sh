#!/usr/bin/env bash
# Expands the series of ../shared/realworld (every file with an RRULE or RDATE) with `nightout occurrences` and
# compares them with python recurring_ical_events' occurrences (and, where we differ, ical.js), through the shared
# check's own script. The differences where RFC 5545 decides against an engine, or leaves the case open and we read
# it as the calendar apps do, are in realworld-adjudication.json beside this script, each with its reason; they are
# left out of the score. Exit 1 below 99.5% of the reference occurrences matched or on any crash.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../../../.." && pwd)
SHARED=${SHARED:-$ROOT/../shared}
JAR=${1:-$ROOT/examples/target/nightout.jar}
SET=$(mktemp -d)
trap 'rm -rf "$SET"' EXIT
# The shared check reads its files, reference and adjudication from one folder: ours is that folder with our
# adjudication beside the shared files, so nothing is written into ../shared.
ln -s "$SHARED/realworld/files" "$SET/files"
ln -s "$SHARED/realworld/occurrences.json" "$SET/occurrences.json"
cp "$ROOT/examples/src/it/occurrences/realworld-adjudication.json" "$SET/occurrences-adjudication.json"
js=()
[ -f /tmp/interop/node_modules/ical.js/dist/ical.es5.cjs ] && js=(--ical-js /tmp/interop)
/usr/bin/python3 "$SHARED/realworld/occurrences.py" run "$SET" "$JAR" --show 50 --goal 99.5 "${js[@]}"
