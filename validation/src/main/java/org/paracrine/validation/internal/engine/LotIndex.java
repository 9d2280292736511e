package org.paracrine.validation.internal.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.paracrine.core.assay.TestResult;
import org.paracrine.core.lot.Lot;
import org.paracrine.core.vocabulary.QualityAttribute;
import org.paracrine.core.vocabulary.Term;

/**
 * Per-check index of a lot: test-result positions by attribute code, built once on first use, so that matching
 * results to criteria costs one pass over the results instead of one per criterion. Not thread-safe; one per check.
 */
public final class LotIndex {
  private final Lot lot;
  private Map<String, List<Integer>> byAttribute;

  /**
   * Creates an index.
   *
   * @param lot the lot
   */
  public LotIndex(Lot lot) {
    this.lot = lot;
  }

  /**
   * Returns the positions of the test results of an attribute, in record order.
   *
   * @param attribute the attribute
   * @return the indexes, possibly empty
   */
  public List<Integer> resultsOf(Term<QualityAttribute> attribute) {
    if (byAttribute == null) {
      byAttribute = new HashMap<>();
      List<TestResult> results = lot.testResults();
      for (int i = 0; i < results.size(); i++) {
        byAttribute.computeIfAbsent(results.get(i).attribute().code(), k -> new ArrayList<>(2)).add(i);
      }
    }
    return byAttribute.getOrDefault(attribute.code(), List.of());
  }
}
