#!/usr/bin/env bash
# Compares `nightout occurrences` with python's recurring_ical_events (an independent engine, installed by
# ../shared/interop/setup.sh as Debian's python3-recurring-ical-events) on the series feeds our writer wrote:
# examples/target/occurrences/*.ics, which SeriesFeedsTest writes during ./mvnw verify. The window is 2019-2030,
# every occurrence of every feed. The known differences, each decided by RFC 5545, are listed in compare.py and
# printed where found; any other difference fails (exit 1). Takes some ten seconds: one JVM per feed.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../../../.." && pwd)
JAR="$ROOT/examples/target/nightout.jar"
FEEDS="$ROOT/examples/target/occurrences"
PY=/usr/bin/python3   # Debian's python, where the interop consumers are installed
[ -f "$JAR" ] || { echo "missing $JAR: run ./mvnw -pl examples -am package first"; exit 1; }
shopt -s nullglob
feeds=("$FEEDS"/*.ics)
[ ${#feeds[@]} -gt 0 ] || { echo "no feeds in $FEEDS: SeriesFeedsTest writes them (./mvnw -pl examples -am verify)"; exit 1; }
"$PY" -c 'import recurring_ical_events' 2>/dev/null \
    || { echo "python3-recurring-ical-events is missing: run ../shared/interop/setup.sh"; exit 1; }
exec "$PY" "$ROOT/examples/src/it/occurrences/compare.py" --jar "$JAR" --from 2019-01-01 --to 2031-01-01 "${feeds[@]}"
