package org.paracrine.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.paracrine.core.lot.Lot;
import org.paracrine.core.report.ReleaseReport;
import org.paracrine.serialization.ParacrineJson;
import org.paracrine.validation.ReleaseChecker;

/**
 * The program a cold-start measurement launches in a fresh JVM: reads one lot record from a file with the strict
 * reader, builds the checker (all built-in profiles plus the 25-criterion specification), checks the lot and
 * prints one JSON line with the verdict and the milliseconds each step took. {@link ColdStart} launches it
 * several times and takes the median.
 */
public final class ColdStartProbe {
  private ColdStartProbe() {}

  /**
   * Reads, checks and prints.
   *
   * @param args the path of a lot JSON file
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    long uptimeAtMain = ManagementFactory.getRuntimeMXBean().getUptime();
    long t0 = System.nanoTime();
    byte[] json = Files.readAllBytes(Path.of(args[0]));
    Lot lot = ParacrineJson.strict().readLot(json);
    long t1 = System.nanoTime();
    ReleaseChecker checker = Fixtures.checker();
    long t2 = System.nanoTime();
    ReleaseReport report = checker.check(Fixtures.product(), lot);
    long t3 = System.nanoTime();
    System.out.printf(Locale.ROOT, "{\"verdict\": \"%s\", \"findings\": %d, \"jvmUptimeAtMainMs\": %d, "
        + "\"readLotMs\": %.1f, \"buildCheckerMs\": %.1f, \"firstCheckMs\": %.1f, \"mainToReportMs\": %.1f}%n",
        report.verdict(), report.findings().size(), uptimeAtMain, (t1 - t0) / 1e6, (t2 - t1) / 1e6,
        (t3 - t2) / 1e6, (t3 - t0) / 1e6);
    System.out.flush();
  }
}
