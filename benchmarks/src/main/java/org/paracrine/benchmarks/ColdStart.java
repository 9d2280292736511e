package org.paracrine.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.paracrine.serialization.ParacrineJson;

/**
 * Figure 5 of the benchmark issue: launches {@link ColdStartProbe} in a fresh JVM several times (default 7) and
 * reports the median wall time from process launch to the first report printed, with the probe's own split
 * (JVM start to {@code main}, reading the lot, building the checker, the first check).
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar org.paracrine.benchmarks.ColdStart 7 coldstart.json
 * }</pre>
 */
public final class ColdStart {
  private ColdStart() {}

  /**
   * Runs the launches.
   *
   * @param args optional number of launches, then optional JSON output file
   * @throws IOException if a launch or the output fails
   * @throws InterruptedException if interrupted while waiting for a launch
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
    Path out = args.length > 1 ? Path.of(args[1]) : null;
    Path lotFile = Files.createTempFile("paracrine-coldstart-lot", ".json");
    try {
      Files.writeString(lotFile, ParacrineJson.strict().writePretty(Fixtures.releaseLot()), StandardCharsets.UTF_8);
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      List<String> command = List.of(java, "-cp", System.getProperty("java.class.path"),
          ColdStartProbe.class.getName(), lotFile.toString());
      double[] toReport = new double[runs];
      double[] toExit = new double[runs];
      List<String> probes = new ArrayList<>();
      for (int i = 0; i < runs; i++) {
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String line;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
            StandardCharsets.UTF_8))) {
          line = r.readLine();
          toReport[i] = (System.nanoTime() - start) / 1e6;
          while (r.readLine() != null) {
            // drain
          }
        }
        int exit = p.waitFor();
        toExit[i] = (System.nanoTime() - start) / 1e6;
        if (exit != 0 || line == null || !line.startsWith("{\"verdict\"")) {
          throw new IllegalStateException("cold-start probe failed (exit " + exit + "): " + line);
        }
        probes.add(line);
        System.err.printf(Locale.ROOT, "  run %d: %.0f ms to first report, %s%n", i + 1, toReport[i], line);
      }
      String json = String.format(Locale.ROOT, "{%n"
          + "  \"benchmark\": \"coldstart\",%n"
          + "  \"runs\": %d,%n"
          + "  \"medianLaunchToFirstReportMs\": %.1f,%n"
          + "  \"minLaunchToFirstReportMs\": %.1f,%n"
          + "  \"maxLaunchToFirstReportMs\": %.1f,%n"
          + "  \"medianLaunchToExitMs\": %.1f,%n"
          + "  \"launchToFirstReportMs\": %s,%n"
          + "  \"probes\": [%n    %s%n  ]%n"
          + "}%n",
          runs, median(toReport), Arrays.stream(toReport).min().orElse(0), Arrays.stream(toReport).max().orElse(0),
          median(toExit), Arrays.toString(round(toReport)), String.join(",\n    ", probes));
      System.out.print(json);
      if (out != null) {
        Files.writeString(out, json, StandardCharsets.UTF_8);
      }
    } finally {
      Files.deleteIfExists(lotFile);
    }
  }

  static double median(double[] values) {
    double[] s = values.clone();
    Arrays.sort(s);
    int n = s.length;
    return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  }

  private static double[] round(double[] values) {
    return Arrays.stream(values).map(v -> Math.round(v * 10) / 10.0).toArray();
  }
}
