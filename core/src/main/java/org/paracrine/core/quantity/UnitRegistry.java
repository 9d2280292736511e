package org.paracrine.core.quantity;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.fhir.ucum.Decimal;
import org.fhir.ucum.Pair;
import org.fhir.ucum.UcumEssenceService;
import org.fhir.ucum.UcumException;
import org.fhir.ucum.UcumService;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Analyses UCUM unit codes with the UCUM essence file shipped in {@code org.fhir:ucum} and caches the results.
 *
 * <p>The UCUM library's canonical form ignores arbitrary units ({@code [IU]}, {@code [CFU]}, ...) and annotations
 * ({@code {particles}}), so {@code [IU]/mL} and {@code {cells}/mL} would both reduce to {@code m-3}. This class
 * therefore also records the arbitrary atoms and annotations of each code; two units are comparable only when
 * their canonical units, arbitrary atoms and annotations all agree. Temperatures ({@code K}, {@code Cel},
 * {@code [degF]}) are handled here because UCUM's converter does not handle offset units.
 */
final class UnitRegistry {
  /** Upper bound on cached unit analyses so that hostile input cannot grow the cache without limit. */
  private static final int MAX_CACHE = 4096;
  /** Longest unit code accepted at all. */
  static final int MAX_UNIT_LENGTH = 256;

  private static final Pattern BRACKET_ATOM = Pattern.compile("\\[[^\\]]*\\]");
  private static final Pattern ANNOTATION = Pattern.compile("\\{[^}]*\\}");
  private static final Set<String> TEMPERATURES = Set.of("K", "Cel", "[degF]");
  /** Common laboratory spellings that are not UCUM, with the UCUM spelling and why (applied in this order). */
  private static final String[][] LAB_SPELLINGS = {
      {"(?:°|º|deg)C|℃", "Cel", "UCUM writes degree Celsius as Cel"},
      {"(?:°|º|deg)F|℉", "[degF]", "UCUM writes degree Fahrenheit as [degF]"},
      {"[µμ]", "u", "UCUM writes the prefix micro as u"},
      {"(?<![A-Za-z\\[{])([munpk]?)Osm(?![A-Za-z\\]}])", "$1osm", "UCUM writes the osmole as osm, in lower case"},
      {"(?<![A-Za-z\\[{])([munpk]?)(?:IU|EU)(?![A-Za-z\\]}])", "$1[IU]",
          "UCUM writes international units as [IU]; endotoxin units are [IU] too (1 EU = 1 IU, USP <85>)"},
      {"(?<![A-Za-z\\[{])(cells?|particles?|vesicles?)(?![A-Za-z\\]}])", "{$1}",
          "counted things are UCUM annotations in braces"},
  };

  private static final UcumService SERVICE;
  private static final Set<String> ARBITRARY_ATOMS;
  private static final Set<String> SPECIAL_ATOMS;
  private static final Map<String, Info> CACHE = new ConcurrentHashMap<>();

  static {
    try (InputStream in = UcumEssenceService.class.getResourceAsStream("/ucum-essence.xml");
        InputStream again = UcumEssenceService.class.getResourceAsStream("/ucum-essence.xml")) {
      if (in == null || again == null) {
        throw new IllegalStateException("ucum-essence.xml not found on the class path (org.fhir:ucum missing?)");
      }
      SERVICE = new UcumEssenceService(in);
      Set<String> arbitrary = new HashSet<>();
      Set<String> special = new HashSet<>();
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      NodeList units = f.newDocumentBuilder().parse(again).getElementsByTagName("unit");
      for (int i = 0; i < units.getLength(); i++) {
        Element u = (Element) units.item(i);
        if ("yes".equals(u.getAttribute("isArbitrary"))) {
          arbitrary.add(u.getAttribute("Code"));
        }
        if ("yes".equals(u.getAttribute("isSpecial"))) {
          special.add(u.getAttribute("Code"));
        }
      }
      ARBITRARY_ATOMS = Collections.unmodifiableSet(arbitrary);
      SPECIAL_ATOMS = Collections.unmodifiableSet(special);
    } catch (IOException | UcumException | javax.xml.parsers.ParserConfigurationException
        | org.xml.sax.SAXException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private UnitRegistry() {}

  /** What Paracrine knows about one unit code. */
  static final class Info {
    final String code;
    /** Canonical UCUM unit, {@code ""} for dimensionless; {@code K} for temperatures. */
    final String canonical;
    /** Value of one unit in the canonical unit; null for special units that are not temperatures. */
    final BigDecimal factor;
    final List<String> arbitrary;
    final List<String> annotations;
    /** Special (non-ratio) unit such as {@code [pH]} or {@code Cel}. */
    final boolean special;

    Info(String code, String canonical, BigDecimal factor, List<String> arbitrary, List<String> annotations,
        boolean special) {
      this.code = code;
      this.canonical = canonical;
      this.factor = factor;
      this.arbitrary = arbitrary;
      this.annotations = annotations;
      this.special = special;
    }

    boolean isTemperature() {
      return TEMPERATURES.contains(code);
    }
  }

  /**
   * Returns the analysis of a unit code.
   *
   * @param unit the UCUM code
   * @return the analysis
   * @throws InvalidUnitException if the code is not valid UCUM
   */
  static Info info(String unit) {
    Info cached = CACHE.get(unit);
    if (cached != null) {
      return cached;
    }
    Info info = analyse(unit);
    if (CACHE.size() < MAX_CACHE) {
      CACHE.putIfAbsent(unit, info);
    }
    return info;
  }

  /**
   * Rewrites common laboratory spellings ({@code °C}, {@code µL}, {@code mOsm/kg}, {@code IU/mL}, {@code EU/mL},
   * {@code cells/mL}) into UCUM.
   *
   * @param unit a unit that is not valid UCUM
   * @return the valid UCUM spelling and the reasons, or null if the rewrite is not valid UCUM either
   */
  static String[] suggest(String unit) {
    String rewritten = unit;
    List<String> reasons = new ArrayList<>();
    for (String[] rule : LAB_SPELLINGS) {
      String next = Pattern.compile(rule[0]).matcher(rewritten).replaceAll(rule[1]);
      if (!next.equals(rewritten)) {
        reasons.add(rule[2]);
        rewritten = next;
      }
    }
    if (reasons.isEmpty()) {
      return null;
    }
    String problem;
    synchronized (SERVICE) {
      problem = SERVICE.validate(rewritten);
    }
    return problem == null ? new String[] {rewritten, String.join("; ", reasons)} : null;
  }

  private static Info analyse(String unit) {
    if (unit == null) {
      throw new InvalidUnitException("null", "a unit is required (use \"1\" for a pure number)");
    }
    if (unit.length() > MAX_UNIT_LENGTH) {
      throw new InvalidUnitException(unit.substring(0, 32) + "...",
          "longer than " + MAX_UNIT_LENGTH + " characters");
    }
    if (unit.isEmpty() || !unit.strip().equals(unit) || unit.contains(" ")) {
      throw new InvalidUnitException(unit, "expected a UCUM code without spaces, e.g. \"mL\" or \"{particles}/mL\"");
    }
    String problem;
    synchronized (SERVICE) {
      problem = SERVICE.validate(unit);
    }
    if (problem != null) {
      String[] suggestion = suggest(unit);
      if (suggestion != null) {
        throw new InvalidUnitException(unit, problem + "; did you mean '" + suggestion[0] + "'? (" + suggestion[1]
            + ")", suggestion[0]);
      }
      String hint = unit.matches("(?i).*cells?/.*|.*particles?/.*") && !unit.contains("{")
          ? " (counted things are written as annotations, e.g. {cells}/mL)"
          : "";
      throw new InvalidUnitException(unit, problem + hint);
    }
    List<String> arbitrary = new ArrayList<>();
    boolean special = TEMPERATURES.contains(unit);
    String withoutAnnotations = ANNOTATION.matcher(unit).replaceAll("");
    Matcher m = BRACKET_ATOM.matcher(withoutAnnotations);
    while (m.find()) {
      String atom = m.group();
      if (ARBITRARY_ATOMS.contains(atom)) {
        arbitrary.add(atom);
      }
      if (SPECIAL_ATOMS.contains(atom)) {
        special = true;
      }
    }
    for (String atom : SPECIAL_ATOMS) {
      if (!atom.startsWith("[") && withoutAnnotations.equals(atom)) {
        special = true;
      }
    }
    Collections.sort(arbitrary);
    List<String> annotations = new ArrayList<>();
    Matcher a = ANNOTATION.matcher(unit);
    while (a.find()) {
      annotations.add(a.group());
    }
    Collections.sort(annotations);
    if (TEMPERATURES.contains(unit)) {
      return new Info(unit, "K", BigDecimal.ONE, List.of(), List.of(), true);
    }
    if (special) {
      return new Info(unit, unit, null, List.copyOf(arbitrary), List.copyOf(annotations), true);
    }
    try {
      Pair canonical;
      synchronized (SERVICE) {
        canonical = SERVICE.getCanonicalForm(new Pair(new Decimal("1"), unit));
      }
      BigDecimal factor = new BigDecimal(canonical.getValue().asDecimal());
      return new Info(unit, canonical.getCode(), factor, List.copyOf(arbitrary), List.copyOf(annotations), false);
    } catch (UcumException | NumberFormatException e) {
      throw new InvalidUnitException(unit, "UCUM cannot reduce it to base units: " + e.getMessage());
    }
  }

  /**
   * Explains why two units are not comparable, or returns null when they are.
   *
   * @param a first unit analysis
   * @param b second unit analysis
   * @return reason text, or null if comparable
   */
  static String incomparability(Info a, Info b) {
    if (a.code.equals(b.code)) {
      return null;
    }
    if (a.isTemperature() && b.isTemperature()) {
      return null;
    }
    if (a.special || b.special) {
      return "special (non-ratio) units such as [pH] or Cel are comparable only with themselves";
    }
    if (!a.canonical.equals(b.canonical)) {
      return "different dimensions ('" + display(a.canonical) + "' vs '" + display(b.canonical) + "')";
    }
    if (!a.arbitrary.equals(b.arbitrary)) {
      return "different arbitrary units " + a.arbitrary + " vs " + b.arbitrary
          + " (arbitrary units such as [IU] convert only to themselves)";
    }
    if (!a.annotations.equals(b.annotations)) {
      return "different annotations " + a.annotations + " vs " + b.annotations
          + " (Paracrine treats annotations such as {particles} and {cells} as different kinds of things)";
    }
    return null;
  }

  private static String display(String canonical) {
    return canonical.isEmpty() ? "1" : canonical;
  }
}
