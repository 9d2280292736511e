package org.paracrine.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the machine-readable results of one run ({@code jmh-results.json}, {@code streaming.json},
 * {@code coldstart.json}), derives ns/op and the ratios the issue asks for, checks the targets and writes
 * {@code summary.json} and {@code summary.md} beside them.
 *
 * <p>Ratios are taken between benchmarks of the same JMH run; their interval combines the two 99.9% confidence
 * intervals JMH reports (lower = low/high, upper = high/low), so it is conservative.
 */
public final class ResultsSummary {
  static final String PKG = "org.paracrine.benchmarks.";
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private ResultsSummary() {}

  /**
   * Writes the summary.
   *
   * @param args the results directory (default {@code benchmarks/results})
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "benchmarks/results");
    JsonNode jmh = MAPPER.readTree(dir.resolve("jmh-results.json").toFile());
    JsonNode streaming = readIfPresent(dir.resolve("streaming.json"));
    JsonNode cold = readIfPresent(dir.resolve("coldstart.json"));

    ObjectNode out = MAPPER.createObjectNode();
    ObjectNode benchmarks = out.putObject("benchmarks");
    StringBuilder md = new StringBuilder();
    md.append("| Benchmark | ops/s (± 99.9% CI) | ns/op | allocated B/op |\n|---|---:|---:|---:|\n");
    StringBuilder scaling = new StringBuilder();
    ObjectNode scalingOut = out.putObject("scaling");
    for (JsonNode b : jmh) {
      String name = b.get("benchmark").stringValue().replace(PKG, "");
      if (!"thrpt".equals(b.get("mode").stringValue())) {
        // ScalingBenchmark: average time per check, one row per size
        JsonNode params = b.get("params");
        String size = params == null || params.get("size") == null ? "" : params.get("size").stringValue();
        JsonNode pm = b.get("primaryMetric");
        double score = pm.get("score").doubleValue();
        ObjectNode o = scalingOut.putObject(name + " size=" + size);
        o.put("microsecondsPerOp", round(score));
        o.put("error", round(pm.get("scoreError").doubleValue()));
        o.put("allocatedBytesPerOp", round(secondary(b, "gc.alloc.rate.norm")));
        scaling.append(String.format(Locale.ROOT, "| %s | %s | %,.1f ± %,.1f | %,.0f |%n", name, size, score,
            pm.get("scoreError").doubleValue(), secondary(b, "gc.alloc.rate.norm")));
        continue;
      }
      JsonNode pm = b.get("primaryMetric");
      double score = pm.get("score").doubleValue();
      double error = pm.get("scoreError").doubleValue();
      double alloc = secondary(b, "gc.alloc.rate.norm");
      ObjectNode o = benchmarks.putObject(name);
      o.put("opsPerSecond", round(score));
      o.put("opsPerSecondError", round(error));
      o.put("opsPerSecondLow", round(pm.get("scoreConfidence").get(0).doubleValue()));
      o.put("opsPerSecondHigh", round(pm.get("scoreConfidence").get(1).doubleValue()));
      o.put("nsPerOp", round(1e9 / score));
      o.put("allocatedBytesPerOp", round(alloc));
      o.put("forks", b.get("forks").intValue());
      o.put("measurementIterations", b.get("measurementIterations").intValue());
      md.append(String.format(Locale.ROOT, "| %s | %,.0f ± %,.0f | %,.0f | %,.0f |%n", name, score, error,
          1e9 / score, alloc));
    }

    if (scaling.length() > 0) {
      md.append("\n| Scaling benchmark | criteria × results | µs per check (± 99.9% CI) | allocated B/op |\n"
          + "|---|---:|---:|---:|\n").append(scaling);
    }
    ObjectNode ratios = out.putObject("ratios");
    md.append("\n| Ratio (same run) | value | interval |\n|---|---:|---|\n");
    ratio(ratios, md, benchmarks, "ingestVsJacksonReadTree", "IngestBenchmark.paracrineIngest",
        "IngestBenchmark.jacksonReadTree");
    ratio(ratios, md, benchmarks, "ingestVsJsonSchema", "IngestBenchmark.paracrineIngest",
        "IngestBenchmark.jsonSchemaValidate");
    ratio(ratios, md, benchmarks, "readOnlyVsJacksonReadTree", "IngestBenchmark.paracrineRead",
        "IngestBenchmark.jacksonReadTree");
    ratio(ratios, md, benchmarks, "readOnlyVsJsonSchema", "IngestBenchmark.paracrineRead",
        "IngestBenchmark.jsonSchemaValidate");

    ObjectNode targets = out.putObject("targets");
    md.append("\n| Target | figure | met |\n|---|---:|:---:|\n");
    double read = value(ratios, "readOnlyVsJacksonReadTree", "ratio");
    target(targets, md, "1. strict read >= 0.5 x Jackson readTree (JMH)", String.format(Locale.ROOT, "%.3f", read),
        read >= 0.5);
    JsonNode cpu = readIfPresent(dir.resolve("read-ratio.json"));
    if (cpu != null) {
      out.set("readRatioCpu", cpu);
      double r = cpu.get("readOverReadTree").doubleValue();
      target(targets, md, "1. strict read >= 0.5 x Jackson readTree (thread CPU time)", String.format(Locale.ROOT,
          "%.3f", r), r >= 0.5);
    }
    double vsSchema = value(ratios, "ingestVsJsonSchema", "ratio");
    target(targets, md, "2. ingest >= 1.5 x JSON Schema validation", String.format(Locale.ROOT, "%.3f", vsSchema),
        vsSchema >= 1.5);
    double evaluate = value(benchmarks, "EvaluateBenchmark.evaluate", "opsPerSecond");
    double tree = value(benchmarks, "IngestBenchmark.jacksonReadTree", "opsPerSecond");
    double evalAlloc = value(benchmarks, "EvaluateBenchmark.evaluate", "allocatedBytesPerOp");
    target(targets, md, "3. evaluate >= 0.3 x readTree and <= 40 KB per check", String.format(Locale.ROOT,
        "%.3f, %,.0f B", evaluate / tree, evalAlloc), evaluate / tree >= 0.3 && evalAlloc <= 40_000);
    JsonNode big = scalingOut.get("ScalingBenchmark.fiftySpecifications size=1000");
    if (big != null) {
      double us = big.get("microsecondsPerOp").doubleValue();
      target(targets, md, "7. 1,000 results x 50 specifications x 1,000 criteria well under 1 s",
          String.format(Locale.ROOT, "%,.0f ms", us / 1000), us < 500_000);
    }
    JsonNode cli = readIfPresent(dir.resolve("coldstart-cli.json"));
    if (cli != null) {
      out.set("coldStartCli", cli);
      double ms = cli.get("medianMs").doubleValue();
      target(targets, md, "5. ./paracrine check, one product and one lot, <= 1.0 s median", String.format(Locale.ROOT,
          "%,.0f ms (without the archive and quick-start flags: %,.0f ms)", ms, cli.get("plainMedianMs")
          .doubleValue()), ms <= 1000);
    }
    if (streaming != null) {
      boolean completed = streaming.get("completed").booleanValue();
      out.set("streaming", streaming);
      target(targets, md, "6. 1 000 000 lots stream under -Xmx64m", String.format(Locale.ROOT,
          "%s, %,.0f lots/s, peak RSS %,d kB", completed ? "completed" : "did not complete",
          streaming.get("lotsPerSecond").doubleValue(), streaming.get("peakRssKb").longValue()),
          completed && streaming.get("maxHeapBytes").longValue() <= 64L * 1024 * 1024);
    }
    if (cold != null) {
      out.set("coldStart", cold);
      md.append(String.format(Locale.ROOT, "| cold start, launch to first report (median of %d) | %.0f ms | "
          + "(no target) |%n", cold.get("runs").intValue(), cold.get("medianLaunchToFirstReportMs").doubleValue()));
    }
    Files.writeString(dir.resolve("summary.json"), MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(out)
        + "\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("summary.md"), md.toString(), StandardCharsets.UTF_8);
    System.out.print(md);
  }

  private static JsonNode readIfPresent(Path file) {
    return Files.exists(file) ? MAPPER.readTree(file.toFile()) : null;
  }

  private static double secondary(JsonNode benchmark, String suffix) {
    JsonNode metrics = benchmark.get("secondaryMetrics");
    if (metrics == null) {
      return Double.NaN;
    }
    Iterator<String> names = metrics.propertyNames().iterator();
    while (names.hasNext()) {
      String n = names.next();
      if (n.endsWith(suffix)) {
        return metrics.get(n).get("score").doubleValue();
      }
    }
    return Double.NaN;
  }

  private static double value(JsonNode parent, String name, String field) {
    JsonNode n = parent.get(name);
    return n == null ? Double.NaN : n.get(field).doubleValue();
  }

  private static void ratio(ObjectNode ratios, StringBuilder md, JsonNode benchmarks, String name, String a,
      String b) {
    JsonNode x = benchmarks.get(a);
    JsonNode y = benchmarks.get(b);
    if (x == null || y == null) {
      return;
    }
    double r = x.get("opsPerSecond").doubleValue() / y.get("opsPerSecond").doubleValue();
    double lo = x.get("opsPerSecondLow").doubleValue() / y.get("opsPerSecondHigh").doubleValue();
    double hi = x.get("opsPerSecondHigh").doubleValue() / y.get("opsPerSecondLow").doubleValue();
    ObjectNode o = ratios.putObject(name);
    o.put("numerator", a);
    o.put("denominator", b);
    o.put("ratio", Math.round(r * 1000) / 1000.0);
    o.put("low", Math.round(lo * 1000) / 1000.0);
    o.put("high", Math.round(hi * 1000) / 1000.0);
    md.append(String.format(Locale.ROOT, "| %s / %s | %.3f | %.3f – %.3f |%n", a, b, r, lo, hi));
  }

  private static void target(ObjectNode targets, StringBuilder md, String name, String figure, boolean met) {
    ObjectNode o = targets.putObject(name);
    o.put("figure", figure);
    o.put("met", met);
    md.append(String.format(Locale.ROOT, "| %s | %s | %s |%n", name, figure, met ? "yes" : "**no**"));
  }

  private static double round(double v) {
    return Double.isNaN(v) ? v : Math.round(v * 10) / 10.0;
  }
}
