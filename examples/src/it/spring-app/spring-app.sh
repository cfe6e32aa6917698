#!/usr/bin/env bash
# A Spring Boot 4 application written from the outside: install nightout-spring (and what it needs), then build the
# separate project in this directory, which adds only nightout-spring and Boot's own starters and configures only
# the publisher, and run its test: /feed.ics and /events.json show a block party at a private residence without the
# house number and without the coordinator's phone and e-mail.
#
# As consumer.sh does, the artifacts go into a throwaway local repository under target/, which reads everything else
# from ~/.m2 as a read-only tail (maven.repo.local.tail, Maven 3.9): no download once ./mvnw verify has run.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../../../.." && pwd)
HERE="$ROOT/examples/src/it/spring-app"
WORK="$ROOT/target/spring-app"
TAIL=${MAVEN_REPO_TAIL:-$HOME/.m2/repository}
REPO_ARGS=(-Dmaven.repo.local="$WORK/repo" -Dmaven.repo.local.tail="$TAIL")
# The version this build installs: the parent's own, the first <version> of the root pom.
VERSION=$(awk -F'[<>]' '/<version>/ { print $3; exit }' "$ROOT/pom.xml")
rm -rf "$WORK"
mkdir -p "$WORK"

echo "-- ./mvnw install (bom, core, ical, json, spring) $VERSION into $WORK/repo"
(cd "$ROOT" && ./mvnw -q -B -ntp -o "${REPO_ARGS[@]}" install -DskipTests -Dmaven.javadoc.skip=true \
    -Dmaven.source.skip=true -Djacoco.skip=true -pl bom,core,ical,json,integrations/spring -am)

echo "-- the application's test, against the installed nightout-spring"
cp -r "$HERE/pom.xml" "$HERE/src" "$WORK/"
cd "$WORK"
"$ROOT/mvnw" -q -B -ntp -o "${REPO_ARGS[@]}" -Dnightout.version="$VERSION" test
echo "-- Spring Boot application check passed"
