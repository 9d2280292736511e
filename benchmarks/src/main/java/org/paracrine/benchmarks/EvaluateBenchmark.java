package org.paracrine.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.paracrine.core.lot.Lot;
import org.paracrine.core.product.SecretomeProduct;
import org.paracrine.core.report.ReleaseReport;
import org.paracrine.validation.ReleaseChecker;

/**
 * Figure 1 of the benchmark issue: one realistic lot ({@link Fixtures#releaseLot()}, 22 results) checked against
 * every built-in profile plus the 25-criterion {@link Fixtures#specification()}, with structural validation and
 * the EV reporting checklist, on one thread. Run with {@code -prof gc} for allocated bytes per check. The checker
 * validates and digests a record instance once ({@code evaluate} re-checks one instance: the cost of the rules);
 * {@link #evaluateNewLotInstance} pays both on every check.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EvaluateBenchmark {
  private ReleaseChecker checker;
  private SecretomeProduct product;
  private Lot lot;

  /** Builds the checker, product and lot once per fork. */
  @Setup
  public void setup() {
    checker = Fixtures.checker();
    product = Fixtures.product();
    lot = Fixtures.releaseLot();
  }

  /**
   * Checks the lot: the complete release decision a service makes per lot.
   *
   * @return the report (consumed by JMH)
   */
  @Benchmark
  public ReleaseReport evaluate() {
    return checker.check(product, lot);
  }

  /**
   * Checks a new instance of the same lot each time, so the per-instance work that {@link #evaluate} does once
   * (structural validation and the canonical digest of the lot) is paid on every check, as for a lot that is read
   * once and checked once. The copy itself is a shallow rebuild of the lot's top level.
   *
   * @return the report (consumed by JMH)
   */
  @Benchmark
  public ReleaseReport evaluateNewLotInstance() {
    return checker.check(product, org.paracrine.core.lot.ImmutableLot.builder().from(lot).build());
  }
}
