package org.paracrine.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.paracrine.core.lot.Lot;
import org.paracrine.core.product.SecretomeProduct;
import org.paracrine.core.report.Verdict;
import org.paracrine.serialization.NdjsonReader;
import org.paracrine.serialization.NdjsonSummary;
import org.paracrine.serialization.ParacrineJson;
import org.paracrine.validation.ReleaseChecker;

/**
 * Figure 4 of the benchmark issue, a runnable program (not JMH): streams {@code N} lot records (default
 * 1 000 000) synthesised on the fly by {@link SyntheticLots} through {@link NdjsonReader} and the release engine
 * ({@link Fixtures#checker()}), counting verdicts, then prints and writes lots/s, peak RSS ({@code VmHWM}) and
 * heap figures. Meant to run under {@code -Xmx64m} to show that memory stays bounded by one record.
 *
 * <pre>{@code
 * java -Xmx64m -cp benchmarks/target/benchmarks.jar org.paracrine.benchmarks.StreamingCheck 1000000 out.json
 * }</pre>
 */
public final class StreamingCheck {
  private StreamingCheck() {}

  /**
   * Runs the stream.
   *
   * @param args optional record count, then optional JSON output file
   * @throws IOException if the output cannot be written
   */
  public static void main(String[] args) throws IOException {
    long count = args.length > 0 ? Long.parseLong(args[0].replace("_", "")) : 1_000_000L;
    Path out = args.length > 1 ? Path.of(args[1]) : null;
    Map<String, SecretomeProduct> products = Fixtures.productsById();
    ReleaseChecker checker = Fixtures.checker();
    NdjsonReader reader = NdjsonReader.of(ParacrineJson.strict());
    SyntheticLots lots = SyntheticLots.create();
    Tally tally = new Tally();
    long progressEvery = Math.max(1, count / 10);
    long start = System.nanoTime();
    NdjsonSummary summary;
    try (InputStream in = lots.stream(count)) {
      summary = reader.read(in, Lot.class, lot -> {
        tally.add(checker.check(products.get(lot.productId()), lot));
        if (tally.records() % progressEvery == 0) {
          System.err.printf(Locale.ROOT, "  %,d lots, %.0f lots/s%n", tally.records(),
              tally.records() / ((System.nanoTime() - start) / 1e9));
        }
      }, error -> tally.addRejectedLine());
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long gcCount = 0;
    long gcMillis = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      gcCount += Math.max(0, gc.getCollectionCount());
      gcMillis += Math.max(0, gc.getCollectionTime());
    }
    long maxHeap = Runtime.getRuntime().maxMemory();
    String json = String.format(Locale.ROOT, "{%n"
        + "  \"benchmark\": \"streaming\",%n"
        + "  \"records\": %d,%n"
        + "  \"read\": %d,%n"
        + "  \"rejectedLines\": %d,%n"
        + "  \"verdicts\": {\"RELEASE\": %d, \"REJECT\": %d, \"INCOMPLETE\": %d},%n"
        + "  \"findings\": %d,%n"
        + "  \"seconds\": %.3f,%n"
        + "  \"lotsPerSecond\": %.1f,%n"
        + "  \"maxHeapBytes\": %d,%n"
        + "  \"heapPeakBytes\": %d,%n"
        + "  \"heapAfterLastGcBytes\": %d,%n"
        + "  \"peakRssKb\": %d,%n"
        + "  \"finalRssKb\": %d,%n"
        + "  \"gcCount\": %d,%n"
        + "  \"gcMillis\": %d,%n"
        + "  \"completed\": %b,%n"
        + "  \"jvm\": \"%s %s\",%n"
        + "  \"jvmArgs\": \"%s\"%n"
        + "}%n",
        count, summary.read(), tally.rejectedLines(), tally.count(Verdict.RELEASE), tally.count(Verdict.REJECT),
        tally.count(Verdict.INCOMPLETE), tally.findings(), seconds, tally.records() / seconds, maxHeap,
        Memory.heapPeakBytes(), Memory.heapUsedAfterLastGcBytes(), Memory.procStatusKb("VmHWM"),
        Memory.procStatusKb("VmRSS"), gcCount, gcMillis,
        summary.read() == count && tally.records() == count && tally.rejectedLines() == 0,
        System.getProperty("java.vm.name"), System.getProperty("java.version"),
        String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()).replace("\"", "'"));
    System.out.print(json);
    if (out != null) {
      Files.writeString(out, json, StandardCharsets.UTF_8);
    }
  }
}
