#!/usr/bin/env bash
# End-to-end throughput and memory of `./registration derive` (issue 5; docs/benchmarks.md).
#
#   benchmarks/cli-throughput.sh [WORK_DIR]
#
# Generates JSON Lines inputs of 200,000, 1,000,000 and 2,000,000 records (the demo's mix, fixed
# seed: benchmarks RecordFile), then times `./registration derive --locality guangdong` on each
# with /usr/bin/time: wall time from the shell, so JVM start, rule compilation, reading, deriving
# and writing are all counted, and the peak resident set size of the process. Records go to
# /dev/null so that the disk is not measured. Prints one Markdown table row per run.
#
# Environment: THREADS (passed as --threads; default: the command's default, the processors),
# SIZES (default "200000 1000000 2000000"), REGISTRATION_JAVA_OPTS (JVM options for the launcher).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${1:-${TMPDIR:-/tmp}/registration-throughput}"
sizes="${SIZES:-200000 1000000 2000000}"
mkdir -p "$work"

if [[ ! -x /usr/bin/time ]]; then
  echo "cli-throughput: needs GNU time at /usr/bin/time (Debian package 'time')" >&2
  exit 2
fi

echo "cli-throughput: building the command line and the benchmarks jar ..." >&2
(cd "$root" && ./mvnw -q -B -DskipTests install -pl registration-cli,benchmarks -am) >&2
"$root/registration" localities >/dev/null # the launcher's own staleness check, outside the timings

for n in $sizes; do
  if [[ ! -s "$work/$n.jsonl" ]]; then
    java -cp "$root/benchmarks/target/benchmarks.jar" \
      io.github.canbao.registration.benchmarks.throughput.RecordFile "$n" "$work/$n.jsonl"
  fi
done

threads=()
[[ -n "${THREADS:-}" ]] && threads=(--threads "$THREADS")

echo "| records | threads | wall s | records/s (wall) | records/s (command's own count) | peak RSS MiB |"
echo "| ---: | ---: | ---: | ---: | ---: | ---: |"
for n in $sizes; do
  log="$work/$n.log"
  start=$(date +%s%N)
  /usr/bin/time -v -o "$work/$n.time" "$root/registration" derive --locality guangdong --as-of 2026-11-23 \
    "${threads[@]}" --in "$work/$n.jsonl" --out /dev/null 2>"$log"
  end=$(date +%s%N)
  rss_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/$n.time")
  own=$(grep -o '[0-9,]* records/s' "$log" | tail -1 | tr -d ', records/s')
  awk -v n="$n" -v t="${THREADS:-default}" -v ns="$((end - start))" -v own="$own" -v rss="$rss_kb" \
    'BEGIN { s = ns / 1e9; printf "| %d | %s | %.1f | %.0f | %s | %.0f |\n", n, t, s, n / s, own, rss / 1024 }'
done
