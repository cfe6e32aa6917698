#!/usr/bin/env bash
# Converts a large feed ics -> json -> ics with the nightout CLI in a small heap, once for a feed our writer wrote
# and once for one iCal4j wrote, and checks the result event for event against the input.
#
#   benchmarks/large-feed-convert.sh [COUNT [HEAP [DIR]]]     (defaults: 1000000 events, 64m, a temporary directory)
#
# Build first: ./mvnw -B -ntp -q -pl examples,benchmarks -am package -DskipTests
# Prints, per feed and step, the wall time and (with GNU time) the peak resident memory; exits 1 if a conversion
# fails or the events differ. The feeds take about 600 bytes an event (ours, full profile) and 460 (iCal4j's), the
# JSON about twice that: a million events need some 3.5 GB of disk.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
count=${1:-1000000}
heap=${2:-64m}
dir=${3:-$(mktemp -d)}
bench=$here/target/benchmarks.jar
cli=$here/../examples/target/nightout.jar
[ -f "$bench" ] && [ -f "$cli" ] || { echo "build first: ./mvnw -B -ntp -q -pl examples,benchmarks -am package -DskipTests"; exit 2; }
mkdir -p "$dir"

# Runs a command with its output in a file, and prints the step's wall time and peak RSS.
step() {
  local name=$1 out=$2; shift 2
  local start end
  start=$(date +%s.%N)
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -v -o "$dir/time.txt" "$@" > "$out" 2> "$dir/stderr.txt" || { echo "$name failed:"; tail -5 "$dir/stderr.txt"; exit 1; }
  else
    "$@" > "$out" 2> "$dir/stderr.txt" || { echo "$name failed:"; tail -5 "$dir/stderr.txt"; exit 1; }
  fi
  end=$(date +%s.%N)
  local rss=""
  [ -f "$dir/time.txt" ] && rss=$(awk -F': ' '/Maximum resident/ {printf "  peak RSS %d MB", $2/1024}' "$dir/time.txt")
  printf '%-34s %8.1f s%s  (%d MB written)\n' "$name" "$(echo "$end - $start" | bc)" "$rss" $(( $(stat -c %s "$out") >> 20 ))
}

status=0
for source in ours ical4j; do
  in=$dir/$source.ics
  # A feed left in DIR by an earlier run of the same COUNT is used again.
  if [ ! -f "$in" ] || [ "$(cat "$in.count" 2>/dev/null)" != "$count" ]; then
    step "$source: write $count events" "$dir/write.out" java -cp "$bench" org.nightout.benchmarks.LargeFeedCheck "$source" "$count" "$in"
    echo "$count" > "$in.count"
  fi
  printf '%-34s %d MB\n' "$source: feed" $(( $(stat -c %s "$in") >> 20 ))
  step "$source: convert --to json -Xmx$heap" "$dir/$source.json" java -Xmx"$heap" -jar "$cli" convert --to json "$in"
  step "$source: convert --to ics -Xmx$heap" "$dir/$source-back.ics" java -Xmx"$heap" -jar "$cli" convert --to ics "$dir/$source.json"
  if java -Xmx512m -cp "$bench" org.nightout.benchmarks.LargeFeedCheck compare "$in" "$dir/$source-back.ics"; then :; else status=1; fi
  rm -f "$dir/$source.json"
done
exit $status
