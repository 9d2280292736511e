package org.paracrine.core.process;

import org.paracrine.core.internal.Check;

/** Invariant checks shared by culture steps. */
final class CultureChecks {
  private CultureChecks() {}

  static void check(CultureConditions c, String type) {
    Check.percent(c.oxygen(), type, "oxygen");
    Check.percent(c.carbonDioxide(), type, "carbonDioxide");
    c.supplementConcentration().ifPresent(s -> {
      Check.nonNegative(s, type, "supplementConcentration");
      if ("%".equals(s.unit())) {
        Check.percent(s, type, "supplementConcentration");
      }
    });
    Check.dimension(c.temperature(), "K", "a temperature", type, "temperature");
    Check.dimension(c.duration(), "h", "a time", type, "duration");
    Check.nonNegative(c.duration(), type, "duration");
    c.passage().ifPresent(p -> Check.require(p >= 0, type, "passage", p, "a passage number ≥ 0"));
  }
}
