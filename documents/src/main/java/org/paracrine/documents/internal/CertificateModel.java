package org.paracrine.documents.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.paracrine.core.assay.AnalyteResult;
import org.paracrine.core.assay.Censoring;
import org.paracrine.core.assay.MarkerResult;
import org.paracrine.core.assay.TestResult;
import org.paracrine.core.lot.Lot;
import org.paracrine.core.product.SecretomeProduct;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.quantity.QuantityRange;
import org.paracrine.core.report.Finding;
import org.paracrine.core.report.Outcome;
import org.paracrine.core.report.ReleaseReport;
import org.paracrine.core.report.Severity;
import org.paracrine.core.report.SpecificationRef;
import org.paracrine.core.report.Verdict;
import org.paracrine.core.source.DifferentiationResult;
import org.paracrine.core.source.Donor;
import org.paracrine.core.source.MscIdentity;
import org.paracrine.core.spec.AcceptanceCriterion;
import org.paracrine.core.spec.ConsistencyCheck;
import org.paracrine.core.spec.ControlChartTest;
import org.paracrine.core.spec.ReleaseSpecification;
import org.paracrine.core.vocabulary.QualityAttribute;

/**
 * Turns a release report (with the product, the lot and the specifications) into the content of a certificate of
 * analysis: one line per criterion, the warnings set apart, the verdict wording, the source summary and the
 * provenance. Pure: the same inputs give the same content, no clock is read.
 *
 * <p>Lines: findings of a specification criterion (same specification and criterion id) make one line; a
 * finding without a criterion id (built-in profiles) is one line per checked value (code and JSON Pointer).
 * Not-applicable findings and informational findings make no line. A line's conclusion: "does not conform" when an
 * ERROR finding failed, "not tested" when an ERROR finding is missing its data (or every finding of the line is),
 * otherwise "conforms". Failed or warning findings of lower severity are listed under warnings.
 */
public final class CertificateModel {
  /** A line's conclusion. */
  public enum Conclusion {
    /** The criterion is met. */
    CONFORMS,
    /** An ERROR-severity check of the criterion failed. */
    DOES_NOT_CONFORM,
    /** The data needed was missing. */
    NOT_TESTED
  }

  /**
   * One certificate line.
   *
   * @param test the test (attribute, analyte or marker)
   * @param method the method, or "—"
   * @param specification the specification id@version
   * @param limit the limit as written
   * @param result the result as reported
   * @param conclusion the conclusion
   * @param criterion the criterion id or finding code (for traceability)
   */
  public record Line(String test, String method, String specification, String limit, String result,
      Conclusion conclusion, String criterion) {}

  private static final String DASH = "—";

  private final ReleaseReport report;
  private final SecretomeProduct product;
  private final Lot lot;
  private final List<ReleaseSpecification> specifications;
  private final Messages m;

  /**
   * Creates the model builder.
   *
   * @param report the report
   * @param product the product
   * @param lot the lot
   * @param specifications the specifications the report names (for limits as written), possibly empty
   * @param m labels
   */
  public CertificateModel(ReleaseReport report, SecretomeProduct product, Lot lot,
      List<ReleaseSpecification> specifications, Messages m) {
    this.report = report;
    this.product = product;
    this.lot = lot;
    this.specifications = specifications;
    this.m = m;
  }

  /**
   * Builds the certificate lines, in the order of the report's findings.
   *
   * @return the lines
   */
  public List<Line> lines() {
    Map<String, List<Finding>> groups = new LinkedHashMap<>();
    for (Finding f : report.findings()) {
      if (f.outcome() == Outcome.NOT_APPLICABLE) {
        continue;
      }
      String key = f.specification().map(SpecificationRef::toString).orElse("") + "#"
          + f.criterionId().orElse(baseCode(f.code()) + " " + f.path());
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
    }
    List<Line> lines = new ArrayList<>();
    for (List<Finding> g : groups.values()) {
      boolean substantive = g.stream().anyMatch(f -> f.severity() != Severity.INFO);
      if (!substantive) {
        continue;
      }
      lines.add(line(g));
    }
    return lines;
  }

  /**
   * Returns the warnings: failed or warning findings that do not decide the verdict, and informational findings
   * about missing data.
   *
   * @return one text per warning
   */
  public List<String> warnings() {
    List<String> out = new ArrayList<>();
    for (Finding f : report.findings()) {
      boolean decisive = f.severity() == Severity.ERROR
          && (f.outcome() == Outcome.FAIL || f.outcome() == Outcome.MISSING);
      boolean noteworthy = f.outcome() == Outcome.WARN || f.outcome() == Outcome.FAIL
          || (f.outcome() == Outcome.MISSING && f.severity() != Severity.ERROR);
      if (!decisive && noteworthy) {
        out.add(f.code() + ": " + f.message());
      }
    }
    return out;
  }

  private Line line(List<Finding> g) {
    Finding first = g.stream().filter(f -> f.severity() != Severity.INFO).findFirst().orElse(g.get(0));
    Optional<AcceptanceCriterion> criterion = criterion(first);
    Optional<Object> source = resolve(g);
    String test = testName(first, criterion, source);
    String method = method(criterion, source);
    String spec = first.specification().map(SpecificationRef::toString).orElse(DASH);
    String limit = limit(g, criterion);
    String result = result(g, source);
    Conclusion c = conclusion(g);
    return new Line(test, method, spec, limit, result, c, first.criterionId().orElse(first.code()));
  }

  private static Conclusion conclusion(List<Finding> g) {
    boolean missing = false;
    boolean allMissing = true;
    for (Finding f : g) {
      if (f.severity() == Severity.ERROR && f.outcome() == Outcome.FAIL) {
        return Conclusion.DOES_NOT_CONFORM;
      }
      if (f.outcome() == Outcome.MISSING && f.severity() == Severity.ERROR) {
        missing = true;
      }
      if (f.outcome() != Outcome.MISSING && f.severity() != Severity.INFO) {
        allMissing = false;
      }
    }
    return missing || allMissing ? Conclusion.NOT_TESTED : Conclusion.CONFORMS;
  }

  private Optional<AcceptanceCriterion> criterion(Finding f) {
    if (f.specification().isEmpty() || f.criterionId().isEmpty()) {
      return Optional.empty();
    }
    SpecificationRef ref = f.specification().get();
    return specifications.stream().filter(s -> s.id().equals(ref.id()) && s.version().equals(ref.version()))
        .findFirst().flatMap(s -> s.criterion(f.criterionId().get()));
  }

  /** The lot or product element a finding's pointer names: a test result, an analyte result or a marker. */
  private Optional<Object> resolve(List<Finding> g) {
    for (Finding f : g) {
      String[] p = f.path().split("/");
      // ["", "lot", "testResults", "2", "value"]
      if (p.length >= 4 && "lot".equals(p[1])) {
        int i = index(p[3]);
        if ("testResults".equals(p[2]) && i >= 0 && i < lot.testResults().size()) {
          return Optional.of(lot.testResults().get(i));
        }
        if ("composition".equals(p[2]) && i >= 0 && i < lot.composition().size()) {
          return Optional.of(lot.composition().get(i));
        }
      }
      int lineage = indexOf(p, "differentiation");
      if (lineage > 0 && lineage + 1 < p.length) {
        Optional<MscIdentity> identity = "lot".equals(p[1]) ? lot.cellIdentity() : product.source().identity();
        int i = index(p[lineage + 1]);
        if (identity.isPresent() && i >= 0 && i < identity.get().differentiation().size()) {
          return Optional.of(identity.get().differentiation().get(i));
        }
      }
      int markers = indexOf(p, "markers");
      if (markers > 0 && markers + 1 < p.length) {
        Optional<MscIdentity> identity = "lot".equals(p[1]) ? lot.cellIdentity() : product.source().identity();
        int i = index(p[markers + 1]);
        if (identity.isPresent() && i >= 0 && i < identity.get().markers().size()) {
          return Optional.of(identity.get().markers().get(i));
        }
      }
    }
    return Optional.empty();
  }

  private static int indexOf(String[] p, String segment) {
    for (int i = 0; i < p.length; i++) {
      if (segment.equals(p[i])) {
        return i;
      }
    }
    return -1;
  }

  private static int index(String s) {
    if (s.isEmpty() || s.length() > 6 || !s.chars().allMatch(Character::isDigit)) {
      return -1;
    }
    return Integer.parseInt(s);
  }

  private String testName(Finding f, Optional<AcceptanceCriterion> criterion, Optional<Object> source) {
    if (source.isPresent() && source.get() instanceof TestResult t) {
      return t.attribute().display() + t.analyte().map(a -> " (" + a + ")").orElse("");
    }
    if (source.isPresent() && source.get() instanceof AnalyteResult a) {
      return a.analyte().display() + " (" + a.normalisation().display() + ")";
    }
    if (source.isPresent() && source.get() instanceof MarkerResult mr) {
      return m.get("test.marker", mr.marker().display());
    }
    if (source.isPresent() && source.get() instanceof DifferentiationResult dr) {
      return m.get("test.differentiation", dr.lineage().display());
    }
    if (criterion.isPresent()) {
      return criterion.get().description().orElseGet(() -> criterion.get().effectiveSelector().attribute()
          .map(a -> a.display()).orElse(criterion.get().effectiveSelector().describe()));
    }
    String label = m.get("code." + baseCode(f.code()));
    return label.startsWith("??") ? humanise(baseCode(f.code())) : label;
  }

  private static String humanise(String code) {
    String s = code.replace('.', ' ').replace('_', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String baseCode(String code) {
    int dot = code.lastIndexOf('.');
    return dot > 0 ? code.substring(0, dot) : code;
  }

  private static String method(Optional<AcceptanceCriterion> criterion, Optional<Object> source) {
    if (source.isPresent() && source.get() instanceof TestResult t && t.method().isPresent()) {
      return t.method().get().display();
    }
    if (source.isPresent() && source.get() instanceof AnalyteResult a && a.method().isPresent()) {
      return a.method().get().display();
    }
    if (source.isPresent() && source.get() instanceof MarkerResult mr && mr.method().isPresent()) {
      return mr.method().get().display();
    }
    if (criterion.isPresent() && !criterion.get().effectiveSelector().methods().isEmpty()) {
      return criterion.get().effectiveSelector().methods().stream().map(t -> t.display())
          .collect(Collectors.joining(", "));
    }
    return DASH;
  }

  private String limit(List<Finding> g, Optional<AcceptanceCriterion> criterion) {
    boolean endotoxin = criterion.flatMap(c -> c.effectiveSelector().attribute())
        .map(a -> a.is(QualityAttribute.ENDOTOXIN)).orElse(false);
    if (criterion.isPresent()) {
      AcceptanceCriterion c = criterion.get();
      if (c.consistency().isPresent()) {
        return consistencyLimit(c.consistency().get());
      }
      if (c.limit().isPresent()) {
        return range(c.limit().get(), endotoxin);
      }
      if (!c.acceptableOutcomes().isEmpty()) {
        return c.acceptableOutcomes().stream().map(t -> t.display()).collect(Collectors.joining(" / "));
      }
    }
    for (Finding f : g) {
      if (f.limit().isPresent()) {
        return range(f.limit().get(), f.code().contains("ENDOTOXIN"));
      }
    }
    for (Finding f : g) {
      if (f.expected().isPresent()) {
        return f.expected().get();
      }
    }
    return DASH;
  }

  private String consistencyLimit(ConsistencyCheck k) {
    List<String> parts = new ArrayList<>();
    if (!k.rules().isEmpty()) {
      parts.add(m.get("limit.rules", k.rules().stream().map(ControlChartTest::rule)
          .map(r -> Integer.toString(r.number())).collect(Collectors.joining(", ")), k.rules().size()));
    }
    k.equivalenceMargin().ifPresent(q -> parts.add(m.get("limit.margin", q.value().toPlainString())));
    if (k.withinReferenceRange()) {
      parts.add(m.get("limit.range"));
    }
    return String.join("; ", parts);
  }

  /**
   * Describes a range with lab units: {@code ≤ 1.0 EU/mL}, {@code ≥ 7.0 and ≤ 7.6}.
   *
   * @param r the range
   * @param endotoxin whether endotoxin (IU shown as EU)
   * @return the text
   */
  public static String range(QuantityRange r, boolean endotoxin) {
    StringBuilder sb = new StringBuilder();
    r.lower().ifPresent(l -> sb.append(r.lowerInclusive() ? "≥ " : "> ").append(quantity(l, endotoxin)));
    r.upper().ifPresent(u -> {
      if (sb.length() > 0) {
        sb.append(" and ");
      }
      sb.append(r.upperInclusive() ? "≤ " : "< ").append(quantity(u, endotoxin));
    });
    return sb.toString();
  }

  private static String quantity(Quantity q, boolean endotoxin) {
    return LabUnits.quantity(q.value().toPlainString(), q.unit(), endotoxin);
  }

  private String result(List<Finding> g, Optional<Object> source) {
    if (source.isPresent() && source.get() instanceof TestResult t) {
      boolean endotoxin = t.attribute().is(QualityAttribute.ENDOTOXIN);
      if (t.value().isPresent()) {
        return reported(t.value().get(), t.censoring(), t.lod(), t.loq(), endotoxin);
      }
      if (t.outcome().isPresent()) {
        return t.outcome().get().display();
      }
    }
    if (source.isPresent() && source.get() instanceof AnalyteResult a) {
      return reported(a.value(), a.censoring(), a.lod(), a.loq(), false);
    }
    for (Finding f : g) {
      if (f.observedQuantity().isPresent()) {
        return quantity(f.observedQuantity().get(), f.code().contains("ENDOTOXIN"));
      }
    }
    for (Finding f : g) {
      if (f.severity() != Severity.INFO && f.observed().isPresent()) {
        return f.observed().get();
      }
    }
    return g.stream().anyMatch(f -> f.outcome() == Outcome.MISSING) ? m.get("result.none") : DASH;
  }

  /**
   * Writes a result as reported: the number with its reported scale, or for a censored value the limit it is
   * censored at with LOD/LOQ wording ({@code < LOQ 15.6 pg/mL}), never a substituted number such as 0.
   */
  private String reported(Quantity value, Optional<Censoring> censoring, Optional<Quantity> lod,
      Optional<Quantity> loq, boolean endotoxin) {
    if (censoring.isEmpty()) {
      return quantity(value, endotoxin);
    }
    switch (censoring.get()) {
      case BELOW_LOD:
        return m.get("result.belowLod", quantity(lod.orElse(value), endotoxin));
      case BELOW_LOQ:
        return m.get("result.belowLoq", quantity(loq.orElse(value), endotoxin));
      default:
        return m.get("result.aboveUloq", quantity(value, endotoxin));
    }
  }

  /**
   * Returns the verdict wording: conformance to the specifications, never "released" (a person releases).
   *
   * @return the verdict sentence
   */
  public String verdict() {
    List<String> applied = appliedSpecifications();
    if (report.verdict() == Verdict.RELEASE) {
      return m.get("verdict.conforms", String.join(", ", applied), applied.size());
    }
    List<String> failing = new ArrayList<>();
    for (Finding f : report.findings()) {
      boolean decisive = f.severity() == Severity.ERROR
          && (report.verdict() == Verdict.REJECT ? f.outcome() == Outcome.FAIL : f.outcome() == Outcome.MISSING);
      if (decisive) {
        String s = f.specification().map(SpecificationRef::toString).orElse(m.get("verdict.structure"));
        if (!failing.contains(s)) {
          failing.add(s);
        }
      }
    }
    return m.get(report.verdict() == Verdict.REJECT ? "verdict.doesNotConform" : "verdict.notDetermined",
        String.join(", ", failing), failing.size());
  }

  /**
   * Returns the specifications that applied to the lot: those of the report with at least one finding that is
   * not "not applicable", in report order.
   *
   * @return id@version texts
   */
  public List<String> appliedSpecifications() {
    List<String> out = new ArrayList<>();
    for (SpecificationRef ref : report.specifications()) {
      boolean applied = report.findings().stream().anyMatch(f -> f.outcome() != Outcome.NOT_APPLICABLE
          && f.specification().isPresent() && f.specification().get().equals(ref));
      if (applied) {
        out.add(ref.toString());
      }
    }
    return out;
  }

  /**
   * Returns the source and donor summary rows (label, value).
   *
   * @return rows
   */
  public List<Map<String, String>> sourceRows() {
    List<Map<String, String>> rows = new ArrayList<>();
    row(rows, m.get("source.type"), product.source().type().display());
    product.source().tissue().ifPresent(t -> row(rows, m.get("source.tissue"), t.display()));
    Optional<Donor> donor = lot.donor().or(() -> product.source().donor());
    donor.ifPresent(d -> {
      StringBuilder sb = new StringBuilder(d.id()).append(" · ").append(d.relationship().display());
      d.sex().ifPresent(s -> sb.append(" · ").append(s.display()));
      d.recoveryDate().ifPresent(r -> sb.append(" · ").append(m.get("source.recovered", r.toString())));
      row(rows, m.get("source.donor"), sb.toString());
    });
    product.source().cellBank().ifPresent(b -> row(rows, m.get("source.cellBank"), b.id() + " · "
        + b.type().display() + b.passage().map(p -> " · " + m.get("source.passage", Integer.toString(p)))
            .orElse("")));
    return rows;
  }

  private static void row(List<Map<String, String>> rows, String label, String value) {
    Map<String, String> r = new LinkedHashMap<>();
    r.put("label", label);
    r.put("value", value);
    rows.add(r);
  }

  /**
   * Formats an instant for the certificate (ISO date and time with offset, in the given zone).
   *
   * @param at the instant
   * @param zone the zone
   * @return the text
   */
  public static String time(Instant at, ZoneId zone) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.atZone(zone).withNano(0));
  }
}
