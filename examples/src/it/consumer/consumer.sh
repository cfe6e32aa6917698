#!/usr/bin/env bash
# A user's first ten minutes: install nightout, then build a separate Maven project from nothing but the getting-started
# guide's Maven dependency block and its first program, and run that program on the class path and on the module path.
#
# The artifacts go into a throwaway local repository under target/, so the machine's own ~/.m2 never holds a
# snapshot of this build; that repository reads everything else from ~/.m2 as a read-only tail
# (maven.repo.local.tail, Maven 3.9), so the check needs no download once ./mvnw verify has run.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../../../.." && pwd)
HERE="$ROOT/examples/src/it/consumer"
WORK="$ROOT/target/consumer"
TAIL=${MAVEN_REPO_TAIL:-$HOME/.m2/repository}
REPO_ARGS=(-Dmaven.repo.local="$WORK/repo" -Dmaven.repo.local.tail="$TAIL")
rm -rf "$WORK"
mkdir -p "$WORK/project/src/main/java" "$WORK/modular/src/consumer"

echo "-- ./mvnw install (bom, core, ical, json) into $WORK/repo"
(cd "$ROOT" && ./mvnw -q -B -ntp -o "${REPO_ARGS[@]}" install -DskipTests -Dmaven.javadoc.skip=true \
    -Dmaven.source.skip=true -pl bom,core,ical,json -am)

# The guide's first ```xml block after "Maven:", and its first complete program.
readme_block() {
  awk -v start="$1" -v lang="$2" '
    $0 ~ start { armed = 1 }
    armed && $0 == "```" lang { inside = 1; next }
    inside && $0 == "```" { exit }
    inside { print }' "$ROOT/GETTING-STARTED.md"
}
DEPS=$(readme_block '^Maven:$' xml)
PROGRAM=$(readme_block '^A complete program' java)
[ -n "$DEPS" ] && [ -n "$PROGRAM" ] || { echo "GETTING-STARTED.md: no Maven dependency block or complete program found"; exit 1; }
awk -v deps="$DEPS" '/<!-- README dependency block -->/ { print deps; next } { print }' "$HERE/pom.xml" \
    > "$WORK/project/pom.xml"
printf '%s\n' "$PROGRAM" > "$WORK/project/src/main/java/FirstFeed.java"

echo "-- the guide's program on the class path"
cd "$WORK/project"
mvn_consumer() { "$ROOT/mvnw" -q -B -ntp -o "${REPO_ARGS[@]}" "$@"; }
mvn_consumer compile dependency:build-classpath -Dmdep.outputFile=classpath.txt
CP=$(cat classpath.txt)
mkdir -p out-cp
java -cp "target/classes:$CP" FirstFeed out-cp
grep -q '^BEGIN:VEVENT' out-cp/nno.ics && grep -q '"nno-2021-eau-claire"' out-cp/nno.json

echo "-- the guide's program on the module path (requires org.nightout.ical; requires org.nightout.json;)"
cd "$WORK/modular"
{ echo 'package consumer;'; printf '%s\n' "$PROGRAM"; } > src/consumer/FirstFeed.java
printf 'module consumer {\n    requires org.nightout.ical;\n    requires org.nightout.json;\n}\n' > src/module-info.java
javac -d classes --module-path "$CP" src/module-info.java src/consumer/FirstFeed.java
mkdir -p out-mp
java --module-path "classes:$CP" -m consumer/consumer.FirstFeed out-mp
cmp "$WORK/project/out-cp/nno.ics" out-mp/nno.ics
cmp "$WORK/project/out-cp/nno.json" out-mp/nno.json
echo "-- consumer check passed"
