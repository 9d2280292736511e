package org.paracrine.validation.internal;

import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.quantity.QuantityRange;

/**
 * Treats the annotation {@code {EU}} as the arbitrary unit {@code [IU]} (1 USP endotoxin unit = 1 IU, USP
 * &lt;85&gt;), so that {@code 0.3 {EU}/mL} compares with a limit in {@code [IU]/mL}. Other units are unchanged.
 */
public final class EndotoxinUnits {
  private EndotoxinUnits() {}

  /**
   * Rewrites {@code {EU}} to {@code [IU]}.
   *
   * @param q a quantity
   * @return the same amount in {@code [IU]}-based units, or {@code q} itself
   */
  public static Quantity normalise(Quantity q) {
    return q.unit().contains("{EU}") ? Quantity.of(q.value(), q.unit().replace("{EU}", "[IU]")) : q;
  }

  /**
   * Rewrites the bounds of a range.
   *
   * @param r a range
   * @return the range with {@code {EU}} rewritten, or {@code r} itself
   */
  public static QuantityRange normalise(QuantityRange r) {
    if (!r.unit().contains("{EU}")) {
      return r;
    }
    return QuantityRange.builder().from(r).lower(r.lower().map(EndotoxinUnits::normalise))
        .upper(r.upper().map(EndotoxinUnits::normalise)).build();
  }
}
