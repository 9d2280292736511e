#!/usr/bin/env bash
# Runs the whole Paracrine benchmark suite and writes machine-readable results to benchmarks/results/:
#   jmh-results.json  JMH (evaluate, ingest vs Jackson readTree and networknt JSON Schema, scaling of one check
#                     with 10/100/1,000 criteria x results and 50 specifications), -prof gc
#   read-ratio.json   the read and ingest ratios again in thread CPU time (robust on a shared machine)
#   streaming.json    1 000 000 lots through NdjsonReader + ReleaseChecker under -Xmx64m
#   coldstart.json    fresh JVM -> first report (library probe), median of 7 launches
#   coldstart-cli.json  ./paracrine check of one product and one lot, median of 7 launches, with and without the
#                     launcher's class-data-sharing archive and quick-start flags
#   environment.json  date, machine, JDK, load average, git commit
#   summary.json/.md  ns/op, ratios and targets
# Usage (from anywhere in a clone):  benchmarks/run.sh
# Overrides: JMH_ARGS (default: 1 fork, 3x5 s warm-up, 5x2 s measurement, 1 thread), STREAM_LOTS (default 1000000),
#            COLD_RUNS (default 7), READ_ROUNDS (default 30). Target: under 15 minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
RESULTS=benchmarks/results
JAR=benchmarks/target/benchmarks.jar
JAVA=${JAVA:-java}
JMH_ARGS=${JMH_ARGS:-"-f 1 -wi 3 -w 5s -i 5 -r 2s -t 1"}
STREAM_LOTS=${STREAM_LOTS:-1000000}
COLD_RUNS=${COLD_RUNS:-7}
READ_ROUNDS=${READ_ROUNDS:-30}
start=$(date +%s)

echo "== build (mvn package -pl benchmarks,examples/cli -am, tests skipped)"
mvn -B -q -ntp -DskipTests -pl benchmarks,examples/cli -am package
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

echo "== JMH: one checker shared by two threads vs one thread (evaluate, paired, 10 x 3 s; target: >= 1.8 x)"
for threads in 1 2; do
  "$JAVA" -jar "$JAR" 'EvaluateBenchmark.evaluate$' -f 1 -wi 3 -w 5s -i 10 -r 3s -t "$threads" -rf json \
    -rff "$RESULTS/jmh-threads-$threads.json" 2>&1 | grep -v '^SLF4J' | tee "$RESULTS/jmh-threads-$threads.txt" \
    | grep -E '^EvaluateBenchmark\.evaluate '
done

echo "== read ratios in thread CPU time ($READ_ROUNDS alternating rounds after 20 s of warm-up)"
"$JAVA" -cp "$JAR" org.paracrine.benchmarks.ReadRatio "$READ_ROUNDS" "$RESULTS/read-ratio.json" 2>&1 | grep -v '^SLF4J'

echo "== streaming $STREAM_LOTS lots under -Xmx64m"
"$JAVA" -Xmx64m -cp "$JAR" org.paracrine.benchmarks.StreamingCheck "$STREAM_LOTS" "$RESULTS/streaming.json" 2>&1 \
  | grep --line-buffered -v '^SLF4J\|HV000001\|Version <clinit>'

echo "== cold start, median of $COLD_RUNS fresh JVMs"
"$JAVA" -cp "$JAR" org.paracrine.benchmarks.ColdStart "$COLD_RUNS" "$RESULTS/coldstart.json" 2>&1 \
  | grep --line-buffered -v '^SLF4J\|HV000001\|Version <clinit>'

echo "== cold start of ./paracrine check (one product, one lot), median of $COLD_RUNS"
product=examples/data/products/bm-msc-ev-iv.json
lot=examples/data/lots/01-bm-ev-iv-conforming.json
rm -f examples/cli/target/paracrine-cli.jsa
./paracrine check "$product" "$lot" >/dev/null  # the first run after a build writes the archive: not counted
median_ms() {
  for _ in $(seq "$COLD_RUNS"); do
    s=$(date +%s%N)
    "$@" >/dev/null 2>&1
    e=$(date +%s%N)
    echo $(( (e - s) / 1000000 ))
  done | sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'
}
cli_ms=$(median_ms ./paracrine check "$product" "$lot")
plain_ms=$(median_ms "$JAVA" -jar examples/cli/target/paracrine-cli.jar check "$product" "$lot")
cat > "$RESULTS/coldstart-cli.json" <<JSON
{
  "benchmark": "coldstart-cli",
  "command": "./paracrine check $product $lot",
  "runs": $COLD_RUNS,
  "medianMs": $cli_ms,
  "plainCommand": "java -jar examples/cli/target/paracrine-cli.jar check $product $lot",
  "plainMedianMs": $plain_ms
}
JSON
echo "  ./paracrine (archive, quick-start flags): $cli_ms ms median; plain java -jar: $plain_ms ms median"

echo "== summary"
"$JAVA" -cp "$JAR" org.paracrine.benchmarks.ResultsSummary "$RESULTS" 2>&1 | grep -v '^SLF4J'
sed -i "s/\"loadAverageAtStart\"/\"loadAverageAtEnd\": \"$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)\",\n  \"totalSeconds\": $(( $(date +%s) - start )),\n  \"loadAverageAtStart\"/" "$RESULTS/environment.json"
echo "== done in $(( $(date +%s) - start )) s; results in $RESULTS/"
