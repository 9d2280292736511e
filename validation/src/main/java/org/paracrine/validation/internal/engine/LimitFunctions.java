package org.paracrine.validation.internal.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import org.paracrine.validation.LimitFunction;

/** The computed-limit functions every checker knows. */
public final class LimitFunctions {
  private LimitFunctions() {}

  /**
   * Returns the built-in functions by name: {@code usp85-endotoxin}, {@code particle-protein-purity-bands},
   * {@code cfr1271-80-specimen-window}, {@code stated-shelf-life}.
   *
   * @return a new modifiable map
   */
  public static Map<String, LimitFunction> builtIn() {
    Map<String, LimitFunction> m = new LinkedHashMap<>();
    LimitFunction usp85 = new Usp85EndotoxinLimit();
    m.put(usp85.name(), usp85);
    LimitFunction purity = new PurityBandLimit();
    m.put(purity.name(), purity);
    LimitFunction window = new Cfr1271SpecimenWindow();
    m.put(window.name(), window);
    LimitFunction shelfLife = new StatedShelfLifeLimit();
    m.put(shelfLife.name(), shelfLife);
    return m;
  }
}
