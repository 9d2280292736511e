package org.paracrine.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.paracrine.core.InvariantViolationException;

class CheckTest {

  /** The keys that occur more than once, each once, in order of their second occurrence. */
  private static List<String> duplicates(List<String> keys) {
    Set<String> seen = new java.util.HashSet<>();
    Set<String> reported = new LinkedHashSet<>();
    for (String k : keys) {
      if (!seen.add(k)) {
        reported.add(k);
      }
    }
    return new ArrayList<>(reported);
  }

  @Test
  void uniqueReportsEveryRepeatedKeyOnceForGeneratedListsShortAndLong() {
    SplittableRandom r = new SplittableRandom(262);
    for (int i = 0; i < 5_000; i++) {
      int n = r.nextInt(0, 40); // both sides of the pairwise comparison of short lists
      int alphabet = r.nextInt(1, 60);
      List<String> keys = new ArrayList<>();
      for (int k = 0; k < n; k++) {
        keys.add(r.nextInt(12) == 0 ? null : "k" + r.nextInt(alphabet));
      }
      List<String> expected = duplicates(keys);
      List<String> elements = r.nextBoolean() ? keys : new java.util.LinkedList<>(keys);
      if (expected.isEmpty()) {
        Check.all(() -> Check.unique(elements, k -> k, "T", "items"));
      } else {
        assertThatThrownBy(() -> Check.all(() -> Check.unique(elements, k -> k, "T", "items")))
            .isInstanceOf(InvariantViolationException.class)
            .satisfies(e -> assertThat(((InvariantViolationException) e).violations())
                .extracting(InvariantViolationException.Violation::value)
                .containsExactlyElementsOf(expected.stream().map(String::valueOf).toList()));
      }
    }
  }
}
