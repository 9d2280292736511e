package org.paracrine.validation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.paracrine.core.report.Outcome;
import org.paracrine.core.spec.AcceptanceCriterion;
import org.paracrine.core.spec.Quantifier;
import org.paracrine.core.spec.ReleaseSpecification;
import org.paracrine.validation.internal.engine.LimitFunctions;

/**
 * The finding codes a data specification (a user's, or a built-in data profile's) can give, derived from its
 * criteria, and their documentation table. Codes of data criteria are the criterion's code stem plus a result suffix,
 * so they are listed from the data rather than kept by hand: {@code docs/profiles.md} is generated from it and a
 * test keeps it current.
 */
public final class FindingCodes {
  private FindingCodes() {}

  /**
   * Returns every code the specification can give, in criterion order, with the built-in computed-limit functions.
   *
   * @param spec the specification
   * @return the codes, e.g. {@code COMPENDIAL.STERILITY.PASS}
   */
  public static Set<String> of(ReleaseSpecification spec) {
    Set<String> out = new LinkedHashSet<>();
    spec.scope().ifPresent(s -> out.add("PROFILE.NOT_APPLICABLE"));
    for (AcceptanceCriterion c : spec.criteria()) {
      for (String suffix : suffixes(c, LimitFunctions.builtIn())) {
        out.add(c.code() + "." + suffix);
      }
    }
    return out;
  }

  /**
   * Returns the result suffixes one criterion can give.
   *
   * @param c the criterion
   * @param functions the computed-limit functions by name
   * @return the suffixes
   */
  static List<String> suffixes(AcceptanceCriterion c, Map<String, LimitFunction> functions) {
    List<String> s = new ArrayList<>();
    if (c.consistency().isPresent()) {
      return s;
    }
    if (c.scope().isPresent() || c.ifNoneSelected().orElse(Outcome.MISSING) == Outcome.NOT_APPLICABLE) {
      s.add("NOT_APPLICABLE");
    }
    boolean numeric = c.limit().isPresent() || c.computedLimit().isPresent();
    boolean outcomes = !c.acceptableOutcomes().isEmpty() || !c.acceptableClasses().isEmpty();
    if (c.quantifier() == Quantifier.AT_LEAST) {
      s.add("PASS");
      s.add("TOO_FEW");
      s.add("COUNT_INCONCLUSIVE");
    } else {
      s.add("PASS");
      if (c.warningBand().isPresent()) {
        s.add("WARNING_BAND");
      }
      if (numeric) {
        s.add("OUT_OF_LIMIT");
        s.add("UNITS_INCOMPARABLE");
        s.add("CENSORED_INCONCLUSIVE");
      }
      if (outcomes) {
        s.add("OUTCOME_NOT_ACCEPTABLE");
      }
      if (c.quantitative().orElse(false)) {
        s.add("NOT_QUANTITATIVE");
      }
    }
    s.add("NO_COMPARABLE_RESULT");
    if (c.ifNoneSelected().orElse(Outcome.MISSING) == Outcome.MISSING) {
      s.add("MISSING");
    }
    if (!c.effectiveSelector().methods().isEmpty()) {
      s.add("METHOD_NOT_ALLOWED");
    }
    if (c.effectiveSelector().maternalSpecimenAge().isPresent()) {
      s.add("MATERNAL_SPECIMEN_MISSING");
    }
    c.computedLimit().map(l -> functions.get(l.function())).ifPresent(f -> f.codeSuffixes().stream()
        .filter(x -> !s.contains(x)).forEach(s::add));
    return s;
  }

  /**
   * Writes the documentation of data profiles as Markdown: per profile its id, version, title, sources, scope, and
   * per criterion its id, selector, predicate, quantifier, scope, severity, source with confidence, how many
   * findings it gives and the codes it can give.
   *
   * @param profiles the profiles; code profiles are listed by id only
   * @return the Markdown text
   */
  public static String markdown(List<? extends ReleaseProfile> profiles) {
    StringBuilder sb = new StringBuilder();
    sb.append("# Built-in profiles\n\n")
        .append("Generated from the profile data by `ProfileDocumentationTest` (module `paracrine-validation`);")
        .append(" do not edit by hand. Each data profile is a specification document: print it with")
        .append(" `paracrine profiles --show <id>`.\n\n");
    for (ReleaseProfile p : profiles) {
      sb.append("## `").append(p.id()).append("` ").append(p.version()).append("\n\n").append(p.title())
          .append("\n\nPurpose: ").append(p.purpose()).append(" (failed or missing items default to ")
          .append(p.purpose().defaultSeverity()).append(").\n\n");
      if (p.specification().isEmpty()) {
        sb.append("Written in code (see its javadoc); its codes are listed in `docs/finding-codes.md`.\n\n");
        continue;
      }
      ReleaseSpecification spec = p.specification().get();
      sb.append("Sources: ").append(spec.sources().stream().map(c -> c.toString() + " (" + c.confidence()
          .name().toLowerCase(java.util.Locale.ROOT) + ")").collect(Collectors.joining("; "))).append(".\n\n");
      spec.scope().ifPresent(s -> sb.append("Applies when: ").append(scope(s)).append(".\n\n"));
      sb.append("| Criterion | Selects | Requirement | Findings | Severity | Source | Codes |\n")
          .append("|---|---|---|---|---|---|---|\n");
      for (AcceptanceCriterion c : spec.criteria()) {
        sb.append("| `").append(c.id()).append("` | ").append(c.effectiveSelector().describe()).append(" | ")
            .append(requirement(c)).append(" | ")
            .append(c.computedLimit().filter(l -> l.function().equals("usp85-endotoxin")).isPresent()
                ? "one per dosing regimen" : "1").append(" | ")
            .append(c.severity()).append(c.required() ? "" : " (optional)")
            .append(c.missingSeverity().map(m -> "; missing: " + m).orElse("")).append(" | ")
            .append(c.source().map(x -> x.label() + " (" + x.confidence().name().toLowerCase(java.util.Locale.ROOT)
                + ")").orElse("")).append(" | ")
            .append(suffixes(c, LimitFunctions.builtIn()).stream().map(x -> "`" + c.code() + "." + x + "`")
                .collect(Collectors.joining(", ")))
            .append(" |\n");
      }
      sb.append('\n');
    }
    return sb.toString().replace("<", "&lt;").replace(">", "&gt;").replace("&lt;br&gt;", "<br>");
  }

  private static String scope(org.paracrine.core.spec.Scope s) {
    List<String> parts = new ArrayList<>();
    if (!s.productTypes().isEmpty()) {
      parts.add("product type " + s.productTypes());
    }
    if (!s.sourceMaterialTypes().isEmpty()) {
      parts.add("source material " + s.sourceMaterialTypes());
    }
    if (!s.tissues().isEmpty()) {
      parts.add("tissue " + s.tissues());
    }
    if (!s.routeCategories().isEmpty()) {
      parts.add("a route in " + s.routeCategories());
    }
    if (!s.guidelineVersions().isEmpty()) {
      parts.add("guideline " + s.guidelineVersions());
    }
    if (!s.conditioningSupplements().isEmpty()) {
      parts.add("conditioning supplement " + s.conditioningSupplements());
    }
    if (!s.yieldsTo().isEmpty()) {
      parts.add("no user specification covers " + s.yieldsTo());
    }
    if (!s.donorRelationships().isEmpty()) {
      parts.add("donor " + s.donorRelationships());
    }
    s.recoveryFrom().ifPresent(from -> parts.add("recovery from " + from + " to " + s.recoveryTo().orElse("")));
    return String.join(", ", parts);
  }

  private static String requirement(AcceptanceCriterion c) {
    List<String> parts = new ArrayList<>();
    c.limit().ifPresent(l -> parts.add(l.describe()));
    c.warningBand().ifPresent(b -> parts.add("warning outside " + b.describe()));
    c.computedLimit().ifPresent(l -> parts.add("computed: " + l.function() + " " + l.parameters().stream()
        .map(p -> p.name() + "=" + p.quantity().map(Object::toString).orElseGet(() -> p.text().orElse("")))
        .collect(Collectors.joining(", "))));
    if (!c.acceptableOutcomes().isEmpty()) {
      parts.add("outcome like " + c.acceptableOutcomes());
    }
    if (!c.acceptableClasses().isEmpty()) {
      parts.add("outcome class " + c.acceptableClasses());
    }
    if (parts.isEmpty()) {
      parts.add("reported");
    }
    if (c.quantifier() != Quantifier.ALL) {
      parts.add(c.quantifier() + c.minimumCount().map(n -> " " + n).orElse(""));
    }
    c.scope().ifPresent(s -> parts.add("applies when " + scope(s)));
    if (c.ifNoneSelected().orElse(Outcome.MISSING) == Outcome.NOT_APPLICABLE) {
      parts.add("not applicable when nothing is selected");
    }
    return String.join("; ", parts);
  }
}
