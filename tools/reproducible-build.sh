#!/usr/bin/env bash
# Checks that the build is reproducible (issue 8): builds every published jar a second time, in
# another output folder, and compares it byte for byte with the jar the main build left in target/.
# Run after `./mvnw verify` (CI does). project.build.outputTimestamp in the parent POM fixes the
# entry times; this check is what shows that nothing else (a date in a manifest or in the Javadoc,
# the order of entries) varies between builds.
set -euo pipefail
cd "$(dirname "$0")/.."
rebuild=target-rebuild
./mvnw -B -q package -DskipTests -Dregistration.target="$rebuild" -pl '!benchmarks'
status=0
compared=0
for first in registration-*/target/registration-*.jar; do
  second="${first/\/target\//\/$rebuild\/}"
  compared=$((compared + 1))
  case "$first" in
    *-sources.jar | *-javadoc.jar | *-tests.jar) ;;
    *)
      if ! unzip -p "$first" META-INF/MANIFEST.MF | grep -q '^Automatic-Module-Name: io\.github\.canbao\.registration\.'; then
        echo "no Automatic-Module-Name in the manifest of $first" >&2
        status=1
      fi
      ;;
  esac
  if ! cmp -s "$first" "$second"; then
    echo "not reproducible: $first differs from $second" >&2
    status=1
  fi
done
if [ "$compared" -eq 0 ]; then
  echo "no jars in registration-*/target: run ./mvnw verify first" >&2
  exit 1
fi
rm -rf registration-*/"$rebuild" registration-bom/"$rebuild"
if [ "$status" -eq 0 ]; then
  echo "reproducible: $compared jars built twice, byte for byte the same; every main jar names its module"
fi
exit $status
