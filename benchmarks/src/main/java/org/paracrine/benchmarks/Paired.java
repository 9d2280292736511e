package org.paracrine.benchmarks;

import java.io.File;
import java.lang.annotation.Annotation;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Field;
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
 * benchmarks here have, and its String {@code @Param} fields are set to their first value. After 15 s of warm-up of
 * every method, each round runs every method for at least 20 ms per build (a short method many times over), the
 * builds in turn (the first build first in even rounds, second in odd ones). Prints, per method, the median CPU time
 * of each build, the ratio after/before of the medians and of the tenth percentiles; with
 * {@code -Dpaired.out=FILE} also writes that text to a file.
 */
public final class Paired {
  private static final long WARM_UP_NANOS = 15_000_000_000L;
  private static final long ROUND_NANOS = 20_000_000L;

  private Paired() {}

  /** The benchmark instances and methods of one build. */
  private static final class Build {
    final ClassLoader loader;
    final Object[] instances;
    final Method[] methods;

    Build(ClassLoader loader, Object[] instances, Method[] methods) {
      this.loader = loader;
      this.instances = instances;
      this.methods = methods;
    }

    void run(int k) throws ReflectiveOperationException {
      // libraries that look services up through the context class loader (Hibernate Validator) must see this
      // build's jar, not the other one's
      Thread.currentThread().setContextClassLoader(loader);
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
    long[] calls = new long[n];
    long[] nanos = new long[n];
    long warmUntil = System.nanoTime() + WARM_UP_NANOS;
    while (System.nanoTime() < warmUntil) {
      for (Build b : builds) {
        for (int k = 0; k < n; k++) {
          long start = System.nanoTime();
          b.run(k);
          nanos[k] += System.nanoTime() - start;
          calls[k]++;
        }
      }
    }
    // a round of a method lasts at least ROUND_NANOS: reading the thread's CPU clock can cost more than a short call
    int[] repeats = new int[n];
    for (int k = 0; k < n; k++) {
      repeats[k] = (int) Math.max(1, Math.min(1_000_000, ROUND_NANOS * calls[k] / Math.max(1, nanos[k])));
    }
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    double[][][] micros = new double[2][n][rounds];
    for (int r = 0; r < rounds; r++) {
      for (int k = 0; k < n; k++) {
        for (int turn = 0; turn < 2; turn++) {
          int i = r % 2 == 0 ? turn : 1 - turn;
          long start = mx.getCurrentThreadCpuTime();
          for (int c = 0; c < repeats[k]; c++) {
            builds[i].run(k);
          }
          micros[i][k][r] = (mx.getCurrentThreadCpuTime() - start) / 1000.0 / repeats[k];
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

  /**
   * Sets each JMH {@code @Param} field of a benchmark to the first of its values (as JMH's first run would), e.g.
   * {@code DigestBenchmark.record} to {@code lot}.
   */
  private static void firstParameterValues(Object instance) throws ReflectiveOperationException {
    for (Field f : instance.getClass().getFields()) {
      for (Annotation a : f.getAnnotations()) {
        if (a.annotationType().getName().equals("org.openjdk.jmh.annotations.Param")) {
          String[] values = (String[]) a.annotationType().getMethod("value").invoke(a);
          if (values.length > 0 && f.getType() == String.class) {
            f.set(instance, values[0]);
          }
        }
      }
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
    Thread.currentThread().setContextClassLoader(loader);
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
      firstParameterValues(instance);
      type.getMethod("setup").invoke(instance);
      for (String name : spec.substring(colon + 1).split(",")) {
        instances[k] = instance;
        methods[k] = type.getMethod(name);
        k++;
      }
    }
    return new Build(loader, instances, methods);
  }
}
