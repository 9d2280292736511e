package org.paracrine.core.assay;

import java.util.Optional;
import org.paracrine.core.internal.Check;
import org.paracrine.core.quantity.Quantity;

/** Shared invariant checks for detection limits. */
final class Limits {
  private Limits() {}

  static void check(String type, Quantity value, Optional<Quantity> lod, Optional<Quantity> loq) {
    lod.ifPresent(l -> {
      Check.require(l.isComparableTo(value), type, "lod", l, () -> "a unit comparable with the value " + value);
      Check.nonNegative(l, type, "lod");
    });
    loq.ifPresent(l -> {
      Check.require(l.isComparableTo(value), type, "loq", l, () -> "a unit comparable with the value " + value);
      Check.nonNegative(l, type, "loq");
    });
    Check.ordered(lod, loq, type, "lod", "loq");
  }
}
