package org.paracrine.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The read ratios of the speed issue measured in CPU time rather than wall time, for a machine shared with other
 * work: the strict read, the Jackson {@code readTree} baseline and the JSON Schema baseline of {@link IngestBenchmark}
 * run in alternating rounds on one thread, and each round is timed with the thread's CPU clock, which does not
 * count the time the thread waits for a core. Prints and optionally writes the median per-record times and ratios.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar org.paracrine.benchmarks.ReadRatio 30 read-ratio.json
 * }</pre>
 */
public final class ReadRatio {
  private ReadRatio() {}

  /**
   * Runs the rounds.
   *
   * @param args optional number of measured rounds (default 30), then optional JSON output file
   * @throws Exception if writing the output fails
   */
  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
    IngestBenchmark b = new IngestBenchmark();
    b.setup();
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    String[] names = {"paracrineRead", "jacksonReadTree", "jsonSchemaValidate", "paracrineIngest"};
    @SuppressWarnings("unchecked")
    Supplier<Tally>[] runs = new Supplier[] {b::paracrineRead, b::jacksonReadTree, b::jsonSchemaValidate,
        b::paracrineIngest};
    long warmUntil = System.nanoTime() + 20_000_000_000L;
    while (System.nanoTime() < warmUntil) {
      for (Supplier<Tally> r : runs) {
        r.get();
      }
    }
    double[][] nsPerRecord = new double[runs.length][rounds];
    for (int i = 0; i < rounds; i++) {
      for (int k = 0; k < runs.length; k++) {
        long start = mx.getCurrentThreadCpuTime();
        runs[k].get();
        nsPerRecord[k][i] = (mx.getCurrentThreadCpuTime() - start) / (double) IngestBenchmark.RECORDS;
      }
    }
    double[] median = new double[runs.length];
    StringBuilder json = new StringBuilder("{\n  \"benchmark\": \"read-ratio (thread CPU time)\",\n  \"rounds\": ")
        .append(rounds).append(",\n");
    for (int k = 0; k < runs.length; k++) {
      median[k] = ColdStart.median(nsPerRecord[k]);
      json.append(String.format(Locale.ROOT, "  \"%sCpuNsPerRecord\": %.0f,%n", names[k], median[k]));
      System.out.printf(Locale.ROOT, "%-20s %10.0f ns CPU per record (median of %d rounds)%n", names[k], median[k],
          rounds);
    }
    double read = median[1] / median[0];
    double ingest = median[2] / median[3];
    json.append(String.format(Locale.ROOT, "  \"readOverReadTree\": %.3f,%n  \"ingestOverJsonSchema\": %.3f%n}%n",
        read, ingest));
    System.out.printf(Locale.ROOT, "strict read / readTree throughput = %.3f; ingest / JSON Schema = %.3f%n", read,
        ingest);
    if (args.length > 1) {
      Files.writeString(Path.of(args[1]), json.toString(), StandardCharsets.UTF_8);
    }
  }
}
