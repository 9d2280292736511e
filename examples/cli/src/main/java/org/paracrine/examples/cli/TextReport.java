package org.paracrine.examples.cli;

import java.io.PrintWriter;
import java.util.stream.Collectors;
import org.paracrine.core.quantity.QuantityRange;
import org.paracrine.core.report.CompletenessScore;
import org.paracrine.core.report.Finding;
import org.paracrine.core.report.Outcome;
import org.paracrine.core.report.ReleaseReport;
import org.paracrine.core.report.SpecificationRef;

/**
 * Formats a {@link ReleaseReport} for people: the verdict first, then one line per finding with outcome, code,
 * JSON Pointer path, observed value, limit or expectation, and source. Passing findings are counted, and listed
 * only when asked for.
 */
final class TextReport {
  private TextReport() {}

  static void print(ReleaseReport report, String origin, boolean all, java.util.Set<SpecificationRef> builtIn,
      PrintWriter out) {
    out.printf("%-10s lot %s  product %s  (%s)%n", report.verdict(), esc(report.lotId()),
        esc(report.productId().orElse("?")), esc(origin));
    long passed = 0;
    long notApplicable = 0;
    for (Finding f : report.findings()) {
      boolean quiet = f.outcome() == Outcome.PASS || f.outcome() == Outcome.NOT_APPLICABLE;
      if (f.outcome() == Outcome.PASS) {
        passed++;
      } else if (f.outcome() == Outcome.NOT_APPLICABLE) {
        notApplicable++;
      }
      if (all || !quiet) {
        out.println("  " + line(f));
      }
    }
    out.printf("  %d passed, %d not applicable, %d other findings%n", passed, notApplicable,
        report.findings().size() - passed - notApplicable);
    String user = report.specifications().stream().filter(r -> !builtIn.contains(r)).map(r -> esc(r.toString()))
        .collect(Collectors.joining(", "));
    out.printf("  specifications: built-in profiles%s%n", user.isEmpty() ? "" : ", " + user);
    for (CompletenessScore c : report.completeness()) {
      out.printf("  reporting completeness %s@%s: %d/%d (%s), beside the verdict%n", esc(c.checklistId()),
          esc(c.checklistVersion()), c.satisfiedCount(), c.applicableCount(), c.score().toPlainString());
    }
  }

  /** Escapes control and formatting characters so untrusted text prints as what it is, on its own line. */
  static String esc(String s) {
    return org.paracrine.serialization.Problem.escape(s);
  }

  static void header(java.util.List<SpecificationRef> builtIn, PrintWriter out) {
    out.println("built-in profiles: " + (builtIn.isEmpty() ? "none"
        : builtIn.stream().map(Object::toString).collect(Collectors.joining(", "))));
  }

  static String line(Finding f) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format("%-7s %-8s %s  %s", f.outcome(), f.severity(), esc(f.code()),
        f.path().isEmpty() ? "/" : esc(f.path())));
    f.observed().ifPresent(o -> sb.append("  observed=").append(esc(o)));
    f.convertedQuantity().filter(c -> !f.observedQuantity().map(c::equals).orElse(false))
        .ifPresent(c -> sb.append(" (= ").append(c.stripTrailingZeros()).append(')'));
    f.limit().map(QuantityRange::describe).ifPresent(l -> sb.append("  limit ").append(l));
    if (f.limit().isEmpty()) {
      f.expected().ifPresent(e -> sb.append("  expected ").append(esc(e)));
    }
    f.band().ifPresent(b -> sb.append("  band=").append(b));
    f.source().ifPresent(s -> sb.append("  [").append(esc(s.label())).append(']'));
    if (f.outcome() != Outcome.PASS) {
      sb.append("\n            ").append(esc(f.message()));
    }
    return sb.toString();
  }
}
