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

  @Test
  void allReportsEveryViolationInOrderAndAnUnexpectedExceptionOnlyWhenNothingWasFound() {
    Runnable checks = () -> {
      Check.require(true, "T", "a", 1, "fine");
      Check.require(false, "T", "b", 2, "more than 2");
      Check.require(false, "T", "c", 3, "more than 3");
    };
    assertThatThrownBy(() -> Check.all(checks)).isInstanceOf(InvariantViolationException.class)
        .satisfies(e -> assertThat(((InvariantViolationException) e).violations())
            .extracting(InvariantViolationException.Violation::attribute).containsExactly("b", "c"));
    // a check that cannot run after a failed one ends the checks; what was found is reported
    assertThatThrownBy(() -> Check.all(() -> {
      Check.require(false, "T", "b", 2, "more than 2");
      throw new IllegalStateException("cannot compare");
    })).isInstanceOf(InvariantViolationException.class)
        .satisfies(e -> assertThat(((InvariantViolationException) e).violations()).hasSize(1));
    assertThatThrownBy(() -> Check.all(() -> {
      throw new IllegalStateException("unexpected");
    })).isInstanceOf(IllegalStateException.class).hasMessage("unexpected");
    // outside all, the first failed check throws at once
    assertThatThrownBy(() -> Check.require(false, "T", "d", 4, "x")).isInstanceOf(InvariantViolationException.class)
        .satisfies(e -> assertThat(((InvariantViolationException) e).violations()).hasSize(1));
    Check.all(() -> Check.require(true, "T", "a", 1, "fine"));
  }

  @Test
  void aNestedRunReportsItsViolationsToTheOuterOne() {
    assertThatThrownBy(() -> Check.all(() -> {
      Check.require(false, "Outer", "x", 1, "y");
      Check.all(() -> {
        Check.require(false, "Inner", "p", 1, "q");
        Check.require(false, "Inner", "r", 2, "s");
      });
    })).isInstanceOf(InvariantViolationException.class)
        .satisfies(e -> assertThat(((InvariantViolationException) e).violations())
            .extracting(v -> v.type() + "." + v.attribute()).containsExactly("Outer.x", "Inner.p", "Inner.r"));
    assertThatThrownBy(() -> Check.all(() -> Check.all(() -> Check.require(false, "Inner", "p", 1, "q"))))
        .isInstanceOf(InvariantViolationException.class)
        .satisfies(e -> assertThat(((InvariantViolationException) e).violations()).hasSize(1));
  }

  @Test
  void threadsCollectingAndThreadsPassingDoNotMix() throws Exception {
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<Integer>> runs = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        boolean failing = t % 2 == 0;
        runs.add(pool.submit(() -> {
          int reported = 0;
          for (int i = 0; i < 2_000; i++) {
            try {
              Check.all(() -> {
                Check.require(!failing, "T", "a", 1, "x");
                Check.require(!failing, "T", "b", 2, "y");
              });
            } catch (InvariantViolationException e) {
              assertThat(e.violations()).hasSize(2);
              reported++;
            }
          }
          return reported;
        }));
      }
      for (int t = 0; t < runs.size(); t++) {
        assertThat(runs.get(t).get()).isEqualTo(t % 2 == 0 ? 2_000 : 0);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
