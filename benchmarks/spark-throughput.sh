#!/usr/bin/env bash
# Spark (local[2]) against one machine, on the same data: N records in three extracts (公安, 医保,
# 养老; generated from the testkit with seed 20261123 by registration-spark's test class
# io.github.canbao.registration.spark.benchmark.ThreeSources) merged into one record per person,
# then derived with Guangdong's rules.
#
#   benchmarks/spark-throughput.sh [N ...]        default: 10000000
#
# One machine: `registration merge` (registration-batch's Merger) then `registration derive`
# (all cores), the command line's shaded jar, 4 GiB heap.
# Spark: registration-spark-job.jar's `merge` then `derive`, run the way spark-submit runs a job
# in local mode (the job jar on a classpath of Spark 4.0.x's own jars, Spark's Java 17 flags),
# master local[2], 4 GiB heap; the Spark jars come from a throwaway pom that depends on spark-sql
# only, i.e. what a Spark distribution ships.
#
# Environment: REGISTRATION_TARGET (build directory name, default target-bench-spark),
# SPARK_BENCH_WORK (inputs and outputs, default /tmp/spark-throughput; needs about 4 × the input
# size, ~1 KB a record), SPARK_BENCH_COMPARE (1, the default: keep both derived outputs and check
# that they hold the same records; 0: the one-machine derive writes to /dev/null and each step's
# input is deleted when no later step reads it, so that 10 M records fit in about 2.5 × the input
# size on disk). Prints, per N and step: records, wall time, records/s. Inputs are kept.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
TARGET=${REGISTRATION_TARGET:-target-bench-spark}
WORK=${SPARK_BENCH_WORK:-/tmp/spark-throughput}
AS_OF=2026-11-23
CLI=$ROOT/registration-cli/$TARGET/registration-cli.jar
JOB=$ROOT/registration-spark/$TARGET/registration-spark-job.jar
mkdir -p "$WORK"

# The jars, and the test classpath of registration-spark (for the generator).
./mvnw -B -q -Dregistration.target="$TARGET" -pl registration-spark,registration-cli -am \
    package dependency:build-classpath -DskipTests -Dmaven.javadoc.skip=true \
    -Dmdep.includeScope=test "-Dmdep.outputFile=$WORK/cp-\${project.artifactId}.txt"
GEN_CP=$ROOT/registration-spark/$TARGET/test-classes:$(cat "$WORK/cp-registration-spark.txt")

# What $SPARK_HOME/jars holds: Spark's own dependencies, nothing of ours.
spark_version=$(sed -n 's:.*<spark.version>\(.*\)</spark.version>.*:\1:p' registration-spark/pom.xml)
mkdir -p "$WORK/spark-dist"
cat > "$WORK/spark-dist/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local</groupId><artifactId>spark-dist</artifactId><version>1</version>
  <dependencies>
    <dependency><groupId>org.apache.spark</groupId><artifactId>spark-sql_2.13</artifactId><version>$spark_version</version></dependency>
  </dependencies>
</project>
POM
(cd "$WORK/spark-dist" && "$ROOT/mvnw" -B -q dependency:build-classpath -Dmdep.outputFile="$WORK/spark-dist/cp.txt")
SPARK_CP=$JOB:$(cat "$WORK/spark-dist/cp.txt")
# spark-launcher's JavaModuleOptions: what spark-submit passes on Java 17.
SPARK_FLAGS=(-XX:+IgnoreUnrecognizedVMOptions --add-modules=jdk.incubator.vector
  --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED
  --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED
  -Djdk.reflect.useDirectMethodHandle=false -Dio.netty.tryReflectionSetAccessible=true)
cat > "$WORK/log4j2.properties" <<'LOG'
rootLogger.level = warn
rootLogger.appenderRef.stderr.ref = stderr
appender.stderr.type = Console
appender.stderr.name = stderr
appender.stderr.target = SYSTEM_ERR
appender.stderr.layout.type = PatternLayout
appender.stderr.layout.pattern = %d{HH:mm:ss} %p %c{1}: %m%n
LOG

spark_job() {
  java "${SPARK_FLAGS[@]}" -Xmx4g -Dspark.master='local[2]' -Dspark.ui.enabled=false \
      -Dlog4j2.configurationFile="$WORK/log4j2.properties" -Djava.io.tmpdir="$WORK/tmp" \
      -cp "$SPARK_CP" io.github.canbao.registration.spark.job.RegistrationSparkJob "$@"
}

# Runs a step, prints its line: N, step, records in, wall seconds, records/s.
timed() {
  local label=$1 records=$2
  shift 2
  local start end
  start=$(date +%s.%N)
  "$@" > "$dir/$label.log" 2>&1 || { echo "$label failed:"; tail -20 "$dir/$label.log"; return 1; }
  end=$(date +%s.%N)
  awk -v n="$n" -v l="$label" -v r="$records" -v s="$start" -v e="$end" \
      'BEGIN { printf "N=%s %-22s records=%d wall=%.1f s throughput=%.0f records/s\n", n, l, r, e - s, r / (e - s) }'
}

sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(10000000)
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo), $(java -version 2>&1 | head -1); load $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%FT%TZ)"
for n in "${sizes[@]}"; do
  dir=$WORK/$n
  mkdir -p "$dir" "$WORK/tmp"
  if [ ! -s "$dir/yl.jsonl" ]; then
    echo "generating $n records into $dir ..." >&2
    java -Xmx2g -cp "$GEN_CP" io.github.canbao.registration.spark.benchmark.ThreeSources "$dir" "$n"
  fi
  records=$(cat "$dir"/ga.jsonl "$dir"/yb.jsonl "$dir"/yl.jsonl | wc -l)
  echo "N=$n input: $records records, $(( $(cat "$dir"/*.jsonl | wc -c) / 1048576 )) MiB"

  rm -rf "$dir/one" "$dir/spark"
  mkdir -p "$dir/one/tmp"
  timed one-machine-merge "$records" java -Xmx4g -jar "$CLI" merge \
      --source "公安=$dir/ga.jsonl:2" --source "医保=$dir/yb.jsonl:1" --source "养老=$dir/yl.jsonl:0" \
      --temp-dir "$dir/one/tmp" --out "$dir/one/merged.jsonl"
  merged=$(wc -l < "$dir/one/merged.jsonl")
  one_out=$dir/one/derived.jsonl
  [ "${SPARK_BENCH_COMPARE:-1}" = 0 ] && one_out=/dev/null
  timed one-machine-derive "$merged" java -Xmx4g -jar "$CLI" derive --locality guangdong --as-of "$AS_OF" \
      --in "$dir/one/merged.jsonl" --out "$one_out"
  [ "${SPARK_BENCH_COMPARE:-1}" = 0 ] && rm -rf "$dir/one"

  timed spark-merge "$records" spark_job merge \
      --source "公安=$dir/ga.jsonl:2" --source "医保=$dir/yb.jsonl:1" --source "养老=$dir/yl.jsonl:0" \
      --out "$dir/spark/merged"
  rm -rf "$WORK/tmp"/*
  timed spark-derive "$merged" spark_job derive --locality guangdong --as-of "$AS_OF" \
      --in "$dir/spark/merged" --out "$dir/spark/derived"
  if [ "${SPARK_BENCH_COMPARE:-1}" = 0 ]; then
    echo "N=$n derived outputs: not compared (SPARK_BENCH_COMPARE=0); Spark wrote $(cat "$dir"/spark/derived/part-* | wc -l) records"
    rm -rf "$dir/spark"
    continue
  fi

  # The same records either way (order differs: the merge's is by key on one machine).
  if cmp -s <(sort "$dir/one/derived.jsonl") <(cat "$dir"/spark/derived/part-* | sort); then
    echo "N=$n derived outputs: identical ($merged records)"
  else
    echo "N=$n derived outputs: DIFFER"
  fi
done
