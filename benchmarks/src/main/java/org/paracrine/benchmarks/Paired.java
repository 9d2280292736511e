package org.paracrine.benchmarks;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Compares two builds of the benchmarks in one JVM, for a machine whose speed changes from minute to minute (a
 * shared VM): each build's {@code benchmarks.jar} is loaded by its own class loader (its own copy of Paracrine and of
 * every dependency), and the benchmark methods of both run in alternating rounds on one thread, each round timed with
 * the thread's CPU clock. A slow minute then slows both builds alike, and the ratio of their medians holds where the
 * figures of two separate runs do not.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar org.paracrine.benchmarks.Paired before.jar after.jar 30 \
 *     IngestBenchmark:paracrineIngest,paracrineRead,jacksonReadTree EvaluateBenchmark:evaluate
 * }</pre>
 *
 * <p>Each argument after the round count names a benchmark class of this package and its methods without
 * arguments; the class must have a public no-argument constructor and a public {@code setup()} method, as the JMH
 * benchmarks here have. After 15 s of warm-up of every method, each round runs every method once per build, the
 * builds in turn (the first build first in even rounds, second in odd ones). Prints, per method, the median CPU time
 * of each build, the ratio after/before of the medians and of the tenth percentiles; with
 * {@code -Dpaired.out=FILE} also writes that text to a file.
 */
public final class Paired {
  private static final long WARM_UP_NANOS = 15_000_000_000L;

  private Paired() {}

  /** The benchmark instances and methods of one build. */
  private static final class Build {
    final Object[] instances;
    final Method[] methods;

    Build(Object[] instances, Method[] methods) {
      this.instances = instances;
      this.methods = methods;
    }

    void run(int k) throws ReflectiveOperationException {
      try {
        methods[k].invoke(instances[k]);
      } catch (InvocationTargetException e) {
        throw new IllegalStateException("benchmark " + methods[k].getName() + " failed", e.getCause());
      }
    }
  }

  /**
   * Runs the comparison.
   *
   * @param args the jar before, the jar after, the number of rounds, then one or more {@code Class:method,method}
   * @throws Exception if a jar cannot be loaded or a benchmark fails
   */
  public static void main(String[] args) throws Exception {
    if (args.length < 4) {
      System.err.println("usage: Paired BEFORE.jar AFTER.jar ROUNDS Class:method[,method...] ...");
      System.exit(2);
    }
    int rounds = Integer.parseInt(args[2]);
    String[] specs = Arrays.copyOfRange(args, 3, args.length);
    Build before = load(Path.of(args[0]), specs);
    Build after = load(Path.of(args[1]), specs);
    Build[] builds = {before, after};
    int n = before.methods.length;
    long warmUntil = System.nanoTime() + WARM_UP_NANOS;
    while (System.nanoTime() < warmUntil) {
      for (Build b : builds) {
        for (int k = 0; k < n; k++) {
          b.run(k);
        }
      }
    }
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    double[][][] micros = new double[2][n][rounds];
    for (int r = 0; r < rounds; r++) {
      for (int k = 0; k < n; k++) {
        for (int turn = 0; turn < 2; turn++) {
          int i = r % 2 == 0 ? turn : 1 - turn;
          long start = mx.getCurrentThreadCpuTime();
          builds[i].run(k);
          micros[i][k][r] = (mx.getCurrentThreadCpuTime() - start) / 1000.0;
        }
      }
    }
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
        "paired thread CPU time per call, %d alternating rounds%nbefore %s%nafter  %s%n", rounds, args[0], args[1]));
    for (int k = 0; k < n; k++) {
      double[] a = sorted(micros[0][k]);
      double[] b = sorted(micros[1][k]);
      out.append(String.format(Locale.ROOT,
          "%-40s before %10.1f us  after %10.1f us  after/before %.3f  (10th percentiles %.3f)%n",
          before.methods[k].getDeclaringClass().getSimpleName() + "." + before.methods[k].getName(),
          a[rounds / 2], b[rounds / 2], b[rounds / 2] / a[rounds / 2], b[rounds / 10] / a[rounds / 10]));
    }
    System.out.print(out);
    String file = System.getProperty("paired.out");
    if (file != null) {
      Files.writeString(Path.of(file), out, StandardCharsets.UTF_8);
    }
  }

  private static double[] sorted(double[] values) {
    double[] copy = values.clone();
    Arrays.sort(copy);
    return copy;
  }

  private static Build load(Path jar, String[] specs) throws Exception {
    File file = jar.toFile();
    if (!file.isFile()) {
      throw new IllegalArgumentException("no such jar: " + jar);
    }
    // the platform loader as parent: the build's own classes come from its jar, never from this one
    URLClassLoader loader = new URLClassLoader(new URL[] {file.toURI().toURL()},
        ClassLoader.getPlatformClassLoader());
    int count = 0;
    for (String spec : specs) {
      count += spec.substring(spec.indexOf(':') + 1).split(",").length;
    }
    Object[] instances = new Object[count];
    Method[] methods = new Method[count];
    int k = 0;
    for (String spec : specs) {
      int colon = spec.indexOf(':');
      if (colon < 1) {
        throw new IllegalArgumentException("expected Class:method[,method...], got " + spec);
      }
      Class<?> type = loader.loadClass(Paired.class.getPackageName() + "." + spec.substring(0, colon));
      Object instance = type.getConstructor().newInstance();
      type.getMethod("setup").invoke(instance);
      for (String name : spec.substring(colon + 1).split(",")) {
        instances[k] = instance;
        methods[k] = type.getMethod(name);
        k++;
      }
    }
    return new Build(instances, methods);
  }
}
