package org.paracrine.documents.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Shows UCUM unit codes the way laboratories write them on a certificate ({@code [IU]/mL} → {@code IU/mL},
 * {@code Cel} → {@code °C}, {@code ug} → {@code µg}); the data itself stays UCUM. Endotoxin results in {@code [IU]}
 * are shown in EU: the endotoxin unit is defined against the WHO International Standard, 1 EU = 1 IU (USP
 * &lt;85&gt;, Ph. Eur. 2.6.14).
 */
public final class LabUnits {
  private static final Map<String, String> ATOMS = new LinkedHashMap<>();

  static {
    ATOMS.put("Cel", "°C");
    ATOMS.put("[degF]", "°F");
    ATOMS.put("[IU]", "IU");
    ATOMS.put("{EU}", "EU");
    ATOMS.put("[EU]", "EU");
    ATOMS.put("ug", "µg");
    ATOMS.put("um", "µm");
    ATOMS.put("uL", "µL");
    ATOMS.put("[pH]", "");
    ATOMS.put("10*12", "10¹²");
    ATOMS.put("10*9", "10⁹");
    ATOMS.put("10*6", "10⁶");
    ATOMS.put("10*3", "10³");
    ATOMS.put("[ppm]", "ppm");
  }

  private LabUnits() {}

  /**
   * Returns the laboratory spelling of a UCUM unit.
   *
   * @param ucum the UCUM code
   * @param endotoxin whether the value is an endotoxin result (IU shown as EU)
   * @return the display text, e.g. {@code EU/mL}, {@code °C}, {@code pg/µg}
   */
  public static String display(String ucum, boolean endotoxin) {
    if (ucum == null || ucum.isEmpty() || "1".equals(ucum)) {
      return "";
    }
    String s = ucum;
    for (Map.Entry<String, String> e : ATOMS.entrySet()) {
      s = s.replace(e.getKey(), e.getValue());
    }
    if (endotoxin) {
      s = s.replace("IU", "EU");
    }
    // remaining annotations such as {particles} or {cells}
    s = s.replaceAll("\\{([^}]*)}", "$1").replace('.', '·');
    return s.trim();
  }

  /**
   * Joins a number and a unit the way they are printed ({@code 15.6 pg/mL}, {@code 37 °C}, {@code 95 %}).
   *
   * @param number the number as text
   * @param ucum the UCUM unit
   * @param endotoxin whether an endotoxin result
   * @return the text
   */
  public static String quantity(String number, String ucum, boolean endotoxin) {
    String u = display(ucum, endotoxin);
    return u.isEmpty() ? number : number + " " + u;
  }
}
