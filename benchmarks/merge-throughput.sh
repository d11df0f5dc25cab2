#!/usr/bin/env bash
# Merge throughput and peak memory of `registration merge` (registration-batch), end to end with a
# 1 GiB heap: three extracts (公安, 医保, 养老) of N records together, generated from the testkit with
# a fixed seed (io.github.canbao.registration.benchmarks.merge.MergeInputs), merged into one file.
#
#   benchmarks/merge-throughput.sh [N ...]        default: 1000000
#
# Environment: REGISTRATION_TARGET (build directory name, default target-batch), MERGE_WORK (where
# inputs, sorted runs and output go, default /tmp/merge-throughput; needs about 3 × the input size).
# Prints, per N: input size, records, wall time, records/s, peak RSS (from /usr/bin/time -v) and the
# merge's own summary line, and the CPU time (on a shared machine, wall time depends on the other
# processes; the CPU time does much less). Generated inputs are kept and reused.
set -euo pipefail
cd "$(dirname "$0")/.."
TARGET=${REGISTRATION_TARGET:-target-batch}
WORK=${MERGE_WORK:-/tmp/merge-throughput}
CLI=registration-cli/$TARGET/registration-cli.jar
BENCH=benchmarks/$TARGET/benchmarks.jar

./mvnw -B -q -Dregistration.target="$TARGET" -pl benchmarks,registration-cli -am package -DskipTests

sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(1000000)

for n in "${sizes[@]}"; do
  dir=$WORK/$n
  if [ ! -s "$dir/yl.jsonl" ]; then
    echo "generating $n records into $dir ..." >&2
    java -Xmx1g -cp "$BENCH" io.github.canbao.registration.benchmarks.merge.MergeInputs "$dir" "$n" >&2
  fi
  records=$(cat "$dir"/ga.jsonl "$dir"/yb.jsonl "$dir"/yl.jsonl | wc -l)
  bytes=$(cat "$dir"/ga.jsonl "$dir"/yb.jsonl "$dir"/yl.jsonl | wc -c)
  rm -rf "$dir/tmp" "$dir/merged.jsonl"
  mkdir -p "$dir/tmp"
  /usr/bin/time -v java -Xmx1g -jar "$CLI" merge \
      --source "公安=$dir/ga.jsonl:2" --source "医保=$dir/yb.jsonl:1" --source "养老=$dir/yl.jsonl:1" \
      --temp-dir "$dir/tmp" --out "$dir/merged.jsonl" 2> "$dir/merge.err" || true
  wall=$(grep "Elapsed (wall clock)" "$dir/merge.err" | awk '{print $NF}')
  seconds=$(echo "$wall" | awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }')
  rss_kb=$(grep "Maximum resident set size" "$dir/merge.err" | awk '{print $NF}')
  user=$(grep "User time" "$dir/merge.err" | awk '{print $NF}')
  sys=$(grep "System time" "$dir/merge.err" | awk '{print $NF}')
  cpu=$(grep "Percent of CPU" "$dir/merge.err" | awk '{print $NF}')
  written=$(wc -l < "$dir/merged.jsonl")
  echo "N=$n records=$records input=$((bytes / 1048576))MiB written=$written wall=${wall} ($seconds s)" \
       "throughput=$(awk -v r="$records" -v s="$seconds" 'BEGIN { printf "%.0f", r / s }') records/s" \
       "peakRSS=$((rss_kb / 1024))MiB cpu=${user}s user + ${sys}s sys ($cpu of the machine's 200%)"
  grep "^merge" "$dir/merge.err" || cat "$dir/merge.err"
done
