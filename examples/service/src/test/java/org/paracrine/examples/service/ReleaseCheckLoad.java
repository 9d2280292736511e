package org.paracrine.examples.service;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.paracrine.core.report.ReleaseReport;
import org.paracrine.core.samples.ReferenceLots;
import org.paracrine.core.samples.ReferenceProducts;
import org.paracrine.serialization.ParacrineJson;
import org.paracrine.validation.ReleaseChecker;
import org.paracrine.validation.profiles.BuiltInProfiles;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Bounded load test of {@code POST /release-checks}: starts the service in this JVM on a free loopback port,
 * sends a warm-up and then a fixed number of valid requests (HTTP Basic) from a fixed number of threads, and
 * prints throughput, latency percentiles and the JVM's resident memory; then checks that every report reads back
 * strictly with the same digest as the library's own check, and stops. It measures, it never asserts timings.
 *
 * <p>Arguments: {@code [requests=2000] [concurrency=8] [warmup=200]}. Run it with
 * {@code mvn -B -ntp -pl examples/service -am -Pload-test verify -DskipTests}. The resident memory is that of
 * the whole JVM (service and client); figures depend on the machine and are for comparison only.
 */
public final class ReleaseCheckLoad {
  /** Every report of a run has the same check time, so that all equal the library's own check exactly. */
  private static final java.time.Clock FIXED = java.time.Clock.fixed(java.time.Instant.parse("2026-01-01T00:00:00Z"),
      java.time.ZoneOffset.UTC);

  private ReleaseCheckLoad() {}

  /** What one run measured. */
  record Result(int requests, int concurrency, double seconds, double throughput, double p50Millis,
      double p90Millis, double p99Millis, double maxMillis, long rssKiB, long peakRssKiB, int failures,
      int digestMismatches) {
    String describe() {
      return String.format(Locale.ROOT, "%d requests at concurrency %d in %.2f s: %.1f requests/s, latency p50 "
          + "%.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms; RSS %d MiB (peak %d MiB); %d failed, %d digest "
          + "mismatches", requests, concurrency, seconds, throughput, p50Millis, p90Millis, p99Millis, maxMillis,
          rssKiB / 1024, peakRssKiB / 1024, failures, digestMismatches);
    }
  }

  /**
   * Runs the load test.
   *
   * @param args requests, concurrency, warm-up requests
   * @throws Exception if the service does not start
   */
  public static void main(String[] args) throws Exception {
    int requests = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    int concurrency = args.length > 1 ? Integer.parseInt(args[1]) : 8;
    int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 200;
    Result r = run(requests, concurrency, warmup);
    System.out.println(r.describe());
    if (r.failures() > 0 || r.digestMismatches() > 0) {
      System.exit(1);
    }
  }

  static Result run(int requests, int concurrency, int warmup) throws Exception {
    SpringApplication app = new SpringApplication(ServiceApplication.class);
    try (ConfigurableApplicationContext context = app.run("--server.port=0", "--server.address=127.0.0.1",
        "--service.users.load.password=" + ServiceClient.PASSWORD_HASH, "--logging.level.root=WARN",
        "--paracrine.checker.fixed-clock=" + FIXED.instant(),
        "--spring.main.banner-mode=off")) {
      int port = ((WebServerApplicationContext) context).getWebServer().getPort();
      return drive(port, requests, concurrency, warmup);
    }
  }

  private static Result drive(int port, int requests, int concurrency, int warmup) throws Exception {
    ParacrineJson json = ParacrineJson.strict();
    byte[] body = ServiceClient.request(ReferenceProducts.boneMarrowEvIntravenous(),
        ReferenceLots.boneMarrowEvIntravenous(), null).getBytes(StandardCharsets.UTF_8);
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1)
        .build();
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/release-checks"))
        .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
        .header("Authorization", ServiceClient.basic("load", ServiceClient.PASSWORD))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    ExecutorService pool = Executors.newFixedThreadPool(concurrency);
    try {
      runBatch(pool, http, request, warmup);
      long start = System.nanoTime();
      List<Sample> samples = runBatch(pool, http, request, requests);
      double seconds = (System.nanoTime() - start) / 1e9;
      long[] nanos = samples.stream().mapToLong(Sample::nanos).sorted().toArray();
      int failures = (int) samples.stream().filter(s -> s.status() != 200).count();
      long[] rss = rss();
      ReleaseReport library = ReleaseChecker.builder().addProfiles(BuiltInProfiles.all()).clock(FIXED)
          .checkedBy("load").build().check(ReferenceProducts.boneMarrowEvIntravenous(),
              ReferenceLots.boneMarrowEvIntravenous());
      String expected = json.sha256(library);
      int mismatches = 0;
      for (Sample s : samples) {
        if (s.status() == 200) {
          mismatches += expected.equals(json.sha256(json.readReport(s.body()))) ? 0 : 1;
        }
      }
      return new Result(requests, concurrency, seconds, requests / seconds, percentile(nanos, 50),
          percentile(nanos, 90), percentile(nanos, 99), nanos.length == 0 ? 0 : nanos[nanos.length - 1] / 1e6,
          rss[0], rss[1], failures, mismatches);
    } finally {
      pool.shutdownNow();
      pool.awaitTermination(10, TimeUnit.SECONDS);
    }
  }

  private record Sample(long nanos, int status, String body) {}

  private static List<Sample> runBatch(ExecutorService pool, HttpClient http, HttpRequest request, int count)
      throws Exception {
    List<Future<Sample>> futures = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      futures.add(pool.submit(() -> {
        long t0 = System.nanoTime();
        try {
          HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
          return new Sample(System.nanoTime() - t0, r.statusCode(), r.body());
        } catch (IOException e) {
          return new Sample(System.nanoTime() - t0, -1, "");
        }
      }));
    }
    List<Sample> out = new ArrayList<>(count);
    for (Future<Sample> f : futures) {
      out.add(f.get(120, TimeUnit.SECONDS));
    }
    return out;
  }

  private static double percentile(long[] sorted, int p) {
    if (sorted.length == 0) {
      return 0;
    }
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
  }

  /** Resident and peak resident memory of this JVM in KiB from /proc, or -1 where /proc is not available. */
  private static long[] rss() {
    long[] out = {-1, -1};
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmRSS:")) {
          out[0] = kib(line);
        } else if (line.startsWith("VmHWM:")) {
          out[1] = kib(line);
        }
      }
    } catch (IOException | RuntimeException e) {
      return out;
    }
    return out;
  }

  private static long kib(String line) {
    return Long.parseLong(Arrays.stream(line.split("\\s+")).filter(s -> s.matches("\\d+")).findFirst().orElse("-1"));
  }
}
