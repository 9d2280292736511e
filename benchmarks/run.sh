#!/usr/bin/env bash
# Runs the whole Paracrine benchmark suite and writes machine-readable results to benchmarks/results/:
#   jmh-results.json  JMH (evaluate, ingest vs Jackson readTree and networknt JSON Schema), -prof gc
#   streaming.json    1 000 000 lots through NdjsonReader + ReleaseChecker under -Xmx64m
#   coldstart.json    fresh JVM -> first report, median of 7 launches
#   environment.json  date, machine, JDK, load average, git commit
#   summary.json/.md  ns/op, ratios and targets
# Usage (from anywhere in a clone):  benchmarks/run.sh
# Overrides: JMH_ARGS (default: 1 fork, 3x5 s warm-up, 5x2 s measurement, 1 thread), STREAM_LOTS (default 1000000),
#            COLD_RUNS (default 7). Target: under 10 minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
RESULTS=benchmarks/results
JAR=benchmarks/target/benchmarks.jar
JAVA=${JAVA:-java}
JMH_ARGS=${JMH_ARGS:-"-f 1 -wi 3 -w 5s -i 5 -r 2s -t 1"}
STREAM_LOTS=${STREAM_LOTS:-1000000}
COLD_RUNS=${COLD_RUNS:-7}
start=$(date +%s)

echo "== build (mvn package -pl benchmarks -am, tests skipped)"
mvn -B -q -ntp -DskipTests -pl benchmarks -am package
mkdir -p "$RESULTS"

cpu=$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ *//' || echo unknown)
mem=$(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo 2>/dev/null || echo unknown)
jdk=$("$JAVA" -version 2>&1 | head -2 | tr '\n' ' ' | sed 's/"/\\"/g')
cat > "$RESULTS/environment.json" <<JSON
{
  "date": "$(date -u +%Y-%m-%dT%H:%M:%SZ)",
  "nproc": $(nproc),
  "memory": "$mem",
  "cpu": "$cpu",
  "jdk": "$jdk",
  "loadAverageAtStart": "$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)",
  "gitCommit": "$(git rev-parse --short HEAD 2>/dev/null || echo unknown)",
  "command": "benchmarks/run.sh",
  "jmhArgs": "$JMH_ARGS -prof gc",
  "streamLots": $STREAM_LOTS,
  "coldRuns": $COLD_RUNS
}
JSON

echo "== JMH: all benchmarks in one run ($JMH_ARGS -prof gc)"
# shellcheck disable=SC2086
"$JAVA" -jar "$JAR" $JMH_ARGS -prof gc -rf json -rff "$RESULTS/jmh-results.json" 2>&1 \
  | grep -v '^SLF4J' | tee "$RESULTS/jmh-output.txt" | grep -E '^(Benchmark|[A-Z][A-Za-z]+Benchmark\.)|^# Run complete'

echo "== streaming $STREAM_LOTS lots under -Xmx64m"
"$JAVA" -Xmx64m -cp "$JAR" org.paracrine.benchmarks.StreamingCheck "$STREAM_LOTS" "$RESULTS/streaming.json" 2>&1 \
  | grep --line-buffered -v '^SLF4J\|HV000001\|Version <clinit>'

echo "== cold start, median of $COLD_RUNS fresh JVMs"
"$JAVA" -cp "$JAR" org.paracrine.benchmarks.ColdStart "$COLD_RUNS" "$RESULTS/coldstart.json" 2>&1 \
  | grep --line-buffered -v '^SLF4J\|HV000001\|Version <clinit>'

echo "== summary"
"$JAVA" -cp "$JAR" org.paracrine.benchmarks.ResultsSummary "$RESULTS" 2>&1 | grep -v '^SLF4J'
sed -i "s/\"loadAverageAtStart\"/\"loadAverageAtEnd\": \"$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)\",\n  \"totalSeconds\": $(( $(date +%s) - start )),\n  \"loadAverageAtStart\"/" "$RESULTS/environment.json"
echo "== done in $(( $(date +%s) - start )) s; results in $RESULTS/"
