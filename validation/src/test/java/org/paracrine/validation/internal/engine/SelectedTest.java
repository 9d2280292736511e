package org.paracrine.validation.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.vocabulary.QualitativeOutcome;

class SelectedTest {

  @Test
  void aNameGivenAsARecipeIsWrittenOnceAndOnlyWhenAskedFor() {
    AtomicInteger written = new AtomicInteger();
    Quantity q = Quantity.of("3", "d");
    Selected lazy = Selected.named("/a/0/specimenDate", "/a/0/specimenDate", () -> {
      written.incrementAndGet();
      return "HIV-1 specimen 2026-01-02";
    }, "/a/0/specimenDate", q, null);
    assertThat(lazy.quantity()).isEqualTo(q);
    assertThat(lazy.observed()).isEqualTo("3 d");
    assertThat(lazy.reported()).isTrue();
    assertThat(written).hasValue(0);
    assertThat(lazy.label()).isEqualTo("HIV-1 specimen 2026-01-02");
    assertThat(lazy.label()).isSameAs(lazy.label());
    assertThat(written).hasValue(1);
  }

  @Test
  void aValueNamedByRecipeEqualsTheSameValueNamedAtOnce() {
    Selected eager = new Selected("/p", "/e", "name", "/p", null, null, QualitativeOutcome.CONFORMS.term(), null);
    Selected lazy = Selected.named("/p", "/e", () -> "name", "/p", null, QualitativeOutcome.CONFORMS.term());
    assertThat(lazy).isEqualTo(eager);
    assertThat(eager).isEqualTo(lazy);
    assertThat(lazy.hashCode()).isEqualTo(eager.hashCode());
    assertThat(lazy.toString()).isEqualTo(eager.toString()).contains("label=name");
    assertThat(lazy).isNotEqualTo(Selected.named("/p", "/e", () -> "other", "/p", null,
        QualitativeOutcome.CONFORMS.term()));
    assertThat(lazy).isNotEqualTo(Selected.named("/p", "/e", () -> "name", "/q", null,
        QualitativeOutcome.CONFORMS.term()));
  }

  @Test
  void sharedDayCountsAreTheQuantitiesOfThoseDays() {
    for (long n = -1_200; n <= 1_200; n++) {
      assertThat(SelectorResolver.days(n)).as("%d d", n).isEqualTo(Quantity.of(n, "d"));
      assertThat(SelectorResolver.days(n).toString()).isEqualTo(n + " d");
    }
    assertThat(SelectorResolver.days(7)).isSameAs(SelectorResolver.days(7));
    assertThat(SelectorResolver.days(Long.MIN_VALUE)).isEqualTo(Quantity.of(Long.MIN_VALUE, "d"));
  }
}
