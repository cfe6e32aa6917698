#!/usr/bin/env bash
# Whole-process benchmark: our `nightout` command and an iCal4j program side by side on the same 48,000 events,
# each run as a fresh JVM and timed from the outside, start-up included. See benchmarks/README.md.
#
#   ./mvnw -q -pl examples,benchmarks -am package -DskipTests
#   benchmarks/process-bench.sh [RUNS] [EVENTS]        # 5 runs of each, 48000 events by default
#
# JAVA (default: java on the PATH) chooses the JVM for every run. The runs are interleaved (one of each case,
# then the next round), so a change in the machine's load touches all cases alike.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd -P)
RUNS=${1:-5}
EVENTS=${2:-48000}
JAVA=${JAVA:-java}
CLI_JAR=$ROOT/examples/target/nightout.jar
LAUNCHER=$ROOT/examples/target/nightout
BENCH_JAR=$ROOT/benchmarks/target/benchmarks.jar
WORK=$ROOT/benchmarks/target/process
for f in "$CLI_JAR" "$BENCH_JAR"; do
  [ -f "$f" ] || { echo "missing $f: run ./mvnw -q -pl examples,benchmarks -am package -DskipTests" >&2; exit 1; }
done
mkdir -p "$WORK"
rm -f "$WORK"/*.times

ical4j=("$JAVA" -cp "$BENCH_JAR" org.nightout.benchmarks.Ical4jProcess)
ours=("$JAVA" -jar "$CLI_JAR")
echo "== inputs: $EVENTS events written by iCal4j, and that feed converted to our JSON"
"${ical4j[@]}" write "$EVENTS" "$WORK/ical4j.ics"
"${ours[@]}" convert --to json "$WORK/ical4j.ics" > "$WORK/events.json"
ls -l "$WORK/ical4j.ics" "$WORK/events.json" | awk '{print "  " $5 " bytes  " $NF}'

# Each case: a name, then the command line (run by bash -c, so it may redirect).
cases=(
  "json:ours"          "${ours[*]} convert --to json $WORK/ical4j.ics > $WORK/ours.json"
  "json:ical4j-read"   "${ical4j[*]} read $WORK/ical4j.ics"
  "ics:ours"           "${ours[*]} convert --to ics $WORK/events.json > $WORK/ours.ics"
  "ics:ical4j-write"   "${ical4j[*]} write $EVENTS $WORK/ical4j-again.ics"
  "feed:ours"          "${ours[*]} feed --out $WORK/feed.ics"
)
# The launcher runs the jar with the class-data archive the build made (examples/pom.xml); it takes its JVM from
# JAVA_HOME, here the one JAVA names. An archive made by another JVM is ignored, so this case then equals "ours".
if [ -x "$LAUNCHER" ]; then
  JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$(command -v "$JAVA")")")")
  export JAVA_HOME
  cases+=(
    "json:launcher"    "$LAUNCHER convert --to json $WORK/ical4j.ics > $WORK/launcher.json"
    "ics:launcher"     "$LAUNCHER convert --to ics $WORK/events.json > $WORK/launcher.ics"
    "feed:launcher"    "$LAUNCHER feed --out $WORK/feed-launcher.ics"
  )
fi

echo "== $RUNS rounds; load average before: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)"
TIMEFORMAT='%R %U %S'
for ((round = 1; round <= RUNS; round++)); do
  for ((i = 0; i < ${#cases[@]}; i += 2)); do
    name=${cases[i]}
    # bash's time reports wall, user and system seconds of the command and its children.
    { time bash -c "${cases[i + 1]}" 2> "$WORK/last.err" ; } 2>> "$WORK/$name.times" \
      || { echo "$name failed:" >&2; cat "$WORK/last.err" >&2; exit 1; }
  done
  echo "  round $round done, load $(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo '?')"
done
echo "== load average after: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)"

cmp -s "$WORK/ours.json" "$WORK/events.json" || { echo "convert --to json gave other bytes on a timed run" >&2; exit 1; }
[ "$(grep -c '^BEGIN:VEVENT' "$WORK/ours.ics")" -eq "$EVENTS" ] || { echo "convert --to ics lost events" >&2; exit 1; }

median() { sort -n | awk '{v[NR] = $1} END {printf "%.2f", NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
wall() { awk '{print $1}' "$WORK/$1.times" | median; }
cpu() { awk '{print $2 + $3}' "$WORK/$1.times" | median; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.1f", a / b}'; }

echo
echo "median of $RUNS runs, seconds (wall = elapsed, cpu = user + system of the process)"
printf '%-18s %8s %8s\n' case wall cpu
for ((i = 0; i < ${#cases[@]}; i += 2)); do
  printf '%-18s %8s %8s\n' "${cases[i]}" "$(wall "${cases[i]}")" "$(cpu "${cases[i]}")"
done
echo
for ours_case in ours launcher; do
  [ -f "$WORK/json:$ours_case.times" ] || continue
  echo "iCal4j / nightout ($ours_case): read $(ratio "$(wall json:ical4j-read)" "$(wall json:$ours_case)")x wall," \
       "$(ratio "$(cpu json:ical4j-read)" "$(cpu json:$ours_case)")x cpu;" \
       "write $(ratio "$(wall ics:ical4j-write)" "$(wall ics:$ours_case)")x wall," \
       "$(ratio "$(cpu ics:ical4j-write)" "$(cpu ics:$ours_case)")x cpu"
done
