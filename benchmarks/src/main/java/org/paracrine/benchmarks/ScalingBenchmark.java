package org.paracrine.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.paracrine.core.assay.TestResult;
import org.paracrine.core.lot.Lot;
import org.paracrine.core.product.SecretomeProduct;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.quantity.QuantityRange;
import org.paracrine.core.report.ReleaseReport;
import org.paracrine.core.samples.ReferenceLots;
import org.paracrine.core.spec.AcceptanceCriterion;
import org.paracrine.core.spec.ReleaseSpecification;
import org.paracrine.core.vocabulary.AnalyticalMethod;
import org.paracrine.core.vocabulary.QualityAttribute;
import org.paracrine.core.vocabulary.Term;
import org.paracrine.validation.ReleaseChecker;

/**
 * Figure 7 of the speed issue: how the cost of one check grows with the size of its input. A lot with {@code size}
 * analyte results (ELISA, one distinct analyte each) is checked against specifications whose {@code size}
 * criteria each name one of those analytes with a lower limit, so every criterion finds exactly one result. No
 * built-in profile runs and structural validation is off, so the figures are the criterion engine's alone.
 *
 * <ul>
 *   <li>{@link #check()}: one specification of {@code size} criteria, checker built once (the scaling table for
 *       10, 100 and 1,000 criteria × results); linear cost means time per check × 10 for size × 10;
 *   <li>{@link #buildAndCheck()}: the same with the checker built per check, as a service does per request;
 *   <li>{@link #fiftySpecifications()}: 50 specifications of {@code size} criteria each, checker built per
 *       request; at {@code size = 1000} this is the service's worst request of the issue (1,000 results against 50
 *       specifications of 1,000 criteria).
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ScalingBenchmark {
  /** Number of test results in the lot and of criteria in each specification. */
  @Param({"10", "100", "1000"})
  public int size;

  private SecretomeProduct product;
  private Lot lot;
  private ReleaseSpecification specification;
  private List<ReleaseSpecification> fifty;
  private ReleaseChecker checker;

  /** Builds the lot, the specifications and the checker once per fork and parameter. */
  @Setup
  public void setup() {
    product = Fixtures.product();
    lot = lot(size);
    specification = specification("scaling", size);
    fifty = new ArrayList<>();
    for (int s = 0; s < 50; s++) {
      fifty.add(specification("scaling-" + s, size));
    }
    checker = checker(List.of(specification));
  }

  /**
   * A lot of the reference product holding {@code n} analyte results, one per analyte.
   *
   * @param n the number of results
   * @return the lot
   */
  static Lot lot(int n) {
    Lot base = ReferenceLots.boneMarrowEvIntravenous();
    List<TestResult> results = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      results.add(TestResult.builder().attribute(Term.of(QualityAttribute.ANALYTE))
          .method(Term.of(AnalyticalMethod.ELISA)).analyte(analyte(i))
          .value(Quantity.of(String.valueOf(100 + i % 50), "pg/mL")).build());
    }
    return Lot.builder().from(base).testResults(results).build();
  }

  /**
   * A specification of {@code n} criteria, criterion {@code i} requiring at least 10 pg/mL of analyte {@code i}.
   *
   * @param id the specification id
   * @param n the number of criteria
   * @return the specification, for the reference product
   */
  static ReleaseSpecification specification(String id, int n) {
    List<AcceptanceCriterion> criteria = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      criteria.add(AcceptanceCriterion.builder().id("c" + i).attribute(Term.of(QualityAttribute.ANALYTE))
          .analyte(analyte(i)).limit(QuantityRange.atLeast(Quantity.of("10", "pg/mL"))).build());
    }
    return ReleaseSpecification.builder().id(id).version("1.0").title("Scaling benchmark, " + n + " criteria")
        .addProducts(Fixtures.product().id()).criteria(criteria).build();
  }

  private static String analyte(int i) {
    return "analyte-" + i;
  }

  private static ReleaseChecker checker(List<ReleaseSpecification> specifications) {
    return ReleaseChecker.builder().addSpecifications(specifications).structuralValidation(false)
        .checklists(List.of()).build();
  }

  /**
   * One check with a checker built beforehand.
   *
   * @return the report
   */
  @Benchmark
  public ReleaseReport check() {
    return checker.check(product, lot);
  }

  /**
   * Building the checker (compiling the specification) and one check.
   *
   * @return the report
   */
  @Benchmark
  public ReleaseReport buildAndCheck() {
    return checker(List.of(specification)).check(product, lot);
  }

  /**
   * Fifty specifications of {@code size} criteria against {@code size} results, checker built per request.
   *
   * @return the report
   */
  @Benchmark
  public ReleaseReport fiftySpecifications() {
    return checker(fifty).check(product, lot);
  }
}
