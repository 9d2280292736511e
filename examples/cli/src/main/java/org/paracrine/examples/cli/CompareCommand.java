package org.paracrine.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.paracrine.core.lot.Lot;
import org.paracrine.core.lot.ReferenceSeries;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.report.Finding;
import org.paracrine.core.report.Outcome;
import org.paracrine.core.report.ReleaseReport;
import org.paracrine.core.report.SpecificationRef;
import org.paracrine.core.report.Verdict;
import org.paracrine.core.spec.ReleaseSpecification;
import org.paracrine.serialization.JsonRecord;
import org.paracrine.serialization.ParacrineJson;
import org.paracrine.serialization.RecordFormatException;
import org.paracrine.validation.consistency.AnalyteComparison;
import org.paracrine.validation.consistency.ConsistencyAnalyzer;
import org.paracrine.validation.consistency.ConsistencyReport;
import org.paracrine.validation.consistency.SummaryStatistics;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code paracrine compare}: compares the composition of lots with a reference series (kind
 * {@code reference-series}) under the consistency criteria of one or more specifications, and prints per-analyte
 * statistics (n, mean, SD, CV, min, max, the lot's value, z-score and ratio to the mean) and the findings — which
 * control-chart rule fired, which margin was exceeded, what is incomplete.
 *
 * <p>Exit codes as for {@code check}: {@value ExitCodes#RELEASED} every lot consistent, {@value ExitCodes#REJECTED}
 * at least one lot failed an ERROR criterion, {@value ExitCodes#INCOMPLETE} at least one lot incomplete (e.g. fewer
 * than three reference values) and none failed, {@value ExitCodes#BAD_INPUT} bad input.
 *
 * <pre>
 * paracrine compare --reference examples/data/composition/reference-series.json \
 *     --spec examples/data/composition/consistency-specification.json \
 *     examples/data/composition/drifting-lot.json
 * </pre>
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = "Compares lots' composition with a reference series (lot-to-lot consistency) and prints"
        + " per-analyte statistics and findings.")
final class CompareCommand implements Callable<Integer> {
  /** Output formats. */
  enum Format { text, json }

  private static final MathContext SHOW = new MathContext(6, RoundingMode.HALF_EVEN);
  private static final MathContext SHOW4 = new MathContext(4, RoundingMode.HALF_EVEN);

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "<lot.json>", description = "Lot documents (JSON) to compare.")
  private List<Path> lotFiles = new ArrayList<>();

  @Option(names = "--reference", paramLabel = "FILE",
      description = "The reference series (JSON, kind reference-series) of the lots' product. Optional when every"
          + " consistency criterion carries stored reference statistics.")
  private Path referenceFile;

  @Option(names = "--spec", paramLabel = "FILE", required = true,
      description = "A specification (JSON) with consistency criteria (repeatable).")
  private List<Path> specFiles = new ArrayList<>();

  @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
      description = "text: statistics table and findings per lot; json: one release report per lot (NDJSON).")
  private Format format;

  @Option(names = "--all", description = "Also list passing findings in text output.")
  private boolean all;

  @Option(names = "--chart", paramLabel = "FILE",
      description = "Also write the control charts (SVG) of each lot: all criteria stacked in FILE; with several"
          + " lots one file each, FILE with the lot id before the extension.")
  private Path chartFile;

  private final ParacrineJson json = ParacrineJson.strict();
  private int inputProblems;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<ReferenceSeries> reference = Optional.empty();
    if (referenceFile != null) {
      reference = read(referenceFile, ReferenceSeries.class, err);
      if (reference.isEmpty()) {
        return finish(out, err, 0, 0, 0);
      }
    }
    List<ReleaseSpecification> specs = new ArrayList<>();
    for (Path f : specFiles) {
      read(f, ReleaseSpecification.class, err).ifPresent(specs::add);
    }
    if (inputProblems > 0) {
      return finish(out, err, 0, 0, 0);
    }
    int released = 0;
    int rejected = 0;
    int incomplete = 0;
    for (Path f : lotFiles) {
      Optional<Lot> lot = read(f, Lot.class, err);
      if (lot.isEmpty()) {
        continue;
      }
      Optional<Verdict> v = compare(lot.get(), f, reference, specs, out, err);
      if (v.isEmpty()) {
        continue;
      }
      switch (v.get()) {
        case RELEASE:
          released++;
          break;
        case REJECT:
          rejected++;
          break;
        default:
          incomplete++;
      }
    }
    return finish(out, err, released, rejected, incomplete);
  }

  private Optional<Verdict> compare(Lot lot, Path origin, Optional<ReferenceSeries> reference,
      List<ReleaseSpecification> specs, PrintWriter out, PrintWriter err) {
    if (reference.isPresent() && !reference.get().productId().equals(lot.productId())) {
      problem(err, origin + ": lot " + lot.id() + " is of product " + lot.productId() + ", the reference series "
          + reference.get().id() + "@" + reference.get().version() + " of product " + reference.get().productId());
      return Optional.empty();
    }
    List<ConsistencyReport> reports = new ArrayList<>();
    for (ReleaseSpecification s : specs) {
      if (s.appliesTo(lot.productId()) && s.criteria().stream().anyMatch(c -> c.consistency().isPresent())) {
        reports.add(reference.isPresent() ? ConsistencyAnalyzer.compare(reference.get(), lot, s)
            : ConsistencyAnalyzer.compare(lot, s));
      }
    }
    if (reports.isEmpty()) {
      problem(err, origin + ": no specification with consistency criteria applies to product " + lot.productId());
      return Optional.empty();
    }
    if (chartFile != null) {
      writeCharts(lot, reports, specs, err);
    }
    List<Finding> findings = reports.stream().flatMap(r -> r.findings().stream()).collect(Collectors.toList());
    ReleaseReport report = ReleaseReport.builder().lotId(lot.id()).productId(lot.productId())
        .specifications(reports.stream().map(ConsistencyReport::specification).collect(Collectors.toList()))
        .referenceSeries(reference.map(r -> SpecificationRef.of(r.id(), r.version()))).findings(findings).build();
    if (format == Format.json) {
      out.println(json.write(report));
    } else {
      print(report, reports, reference, origin, out);
    }
    return Optional.of(report.verdict());
  }

  private void print(ReleaseReport report, List<ConsistencyReport> reports, Optional<ReferenceSeries> reference,
      Path origin, PrintWriter out) {
    out.printf("%-10s lot %s  product %s  (%s)%n", report.verdict(), TextReport.esc(report.lotId()),
        TextReport.esc(report.productId().orElse("?")), TextReport.esc(origin.toString()));
    out.printf("  reference: %s; specifications: %s%n",
        reference.map(r -> TextReport.esc(r.id() + "@" + r.version()) + " (" + r.entries().size() + " lots)")
            .orElse("stored statistics only"),
        TextReport.esc(report.specifications().stream().map(Object::toString).collect(Collectors.joining(", "))));
    out.printf("  %-8s %-15s %-6s %3s %10s %10s %7s %10s %10s %16s %8s %7s%n", "analyte", "basis", "unit", "n", "mean",
        "SD", "CV %", "min", "max", "lot", "z", "ratio");
    for (ConsistencyReport r : reports) {
      for (AnalyteComparison c : r.comparisons()) {
        Optional<SummaryStatistics> s = c.statistics();
        out.printf("  %-8s %-15s %-6s %3s %10s %10s %7s %10s %10s %16s %8s %7s%n", TextReport.esc(c.analyte()),
            c.normalisation(), TextReport.esc(c.unit()), s.isPresent() ? Integer.toString(c.referenceSize()) : "<" + c.referenceSize() + ">",
            s.map(x -> show(x.mean())).orElse("-"), s.map(x -> show(x.standardDeviation())).orElse("-"),
            s.flatMap(SummaryStatistics::coefficientOfVariation).map(q -> show4(q.value())).orElse("-"),
            s.flatMap(SummaryStatistics::min).map(CompareCommand::show).orElse("-"),
            s.flatMap(SummaryStatistics::max).map(CompareCommand::show).orElse("-"),
            c.observed().map(q -> c.censoring().map(x -> "<" + abbreviation(x) + " ").orElse("") + show(q))
                .orElse("-"),
            c.zScore().map(CompareCommand::show4).orElse("-"), c.ratioToMean().map(CompareCommand::show4).orElse("-"));
      }
    }
    long passed = report.findings().stream().filter(f -> f.outcome() == Outcome.PASS).count();
    for (Finding f : report.findings()) {
      if (all || f.outcome() != Outcome.PASS) {
        out.printf("  %-7s %-8s %s  %s%n", f.outcome(), f.severity(), TextReport.esc(f.code()),
            f.path().isEmpty() ? "/" : TextReport.esc(f.path()));
        out.println("          " + TextReport.esc(f.message()));
        f.source().ifPresent(src -> out.println("          source: " + TextReport.esc(src.label())
            + (src.confidence() == org.paracrine.core.spec.Confidence.CONFIRMED ? ""
                : " (confidence " + src.confidence() + ")")));
      }
    }
    out.printf("  %d passed, %d other findings%n", passed, report.findings().size() - passed);
  }

  private static String abbreviation(org.paracrine.core.assay.Censoring c) {
    switch (c) {
      case BELOW_LOD:
        return "LOD";
      case BELOW_LOQ:
        return "LOQ";
      default:
        return "ULOQ>";
    }
  }

  private static String show(Quantity q) {
    return show(q.value());
  }

  private static String show(BigDecimal v) {
    BigDecimal s = v.round(SHOW).stripTrailingZeros();
    return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
  }

  private static String show4(BigDecimal v) {
    BigDecimal s = v.round(SHOW4).stripTrailingZeros();
    return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
  }

  private <T> Optional<T> read(Path f, Class<T> type, PrintWriter err) {
    try {
      long max = json.limits().maxDocumentLength();
      byte[] bytes = CliFiles.readBounded(f, max);
      if (bytes.length > max) {
        problem(err, f + ": longer than " + max + " bytes, the document-length limit; not read further");
        return Optional.empty();
      }
      JsonRecord<?> r = json.readAny(bytes);
      if (!type.isInstance(r.value())) {
        problem(err, f + ": expected a " + type.getSimpleName() + " document, found kind " + r.kind().kind());
        return Optional.empty();
      }
      return Optional.of(type.cast(r.value()));
    } catch (RecordFormatException e) {
      problem(err, f + ": " + e.problems().size() + " problem" + (e.problems().size() == 1 ? "" : "s") + ":");
      e.problems().forEach(p -> err.println("    " + p));
      return Optional.empty();
    } catch (IOException e) {
      problem(err, "cannot read: " + f + ": " + CliFiles.reason(e));
      return Optional.empty();
    }
  }

  private int finish(PrintWriter out, PrintWriter err, int released, int rejected, int incomplete) {
    int compared = released + rejected + incomplete;
    String summary = String.format("compared %d lot%s: %d consistent, %d rejected, %d incomplete; %d input problem%s",
        compared, compared == 1 ? "" : "s", released, rejected, incomplete, inputProblems,
        inputProblems == 1 ? "" : "s");
    (format == Format.text ? out : err).println(summary);
    String failure = Output.failure(out);
    if (failure != null) {
      err.println("error: cannot write to standard output: " + failure + "; the reports are incomplete");
      err.flush();
      return ExitCodes.BAD_INPUT;
    }
    err.flush();
    if (inputProblems > 0) {
      return ExitCodes.BAD_INPUT;
    }
    return rejected > 0 ? ExitCodes.REJECTED : incomplete > 0 ? ExitCodes.INCOMPLETE : ExitCodes.RELEASED;
  }

  private void writeCharts(Lot lot, List<ConsistencyReport> reports, List<ReleaseSpecification> specs,
      PrintWriter err) {
    List<ReleaseSpecification> used = new ArrayList<>();
    for (ConsistencyReport r : reports) {
      specs.stream().filter(s -> s.id().equals(r.specification().id())
          && s.version().equals(r.specification().version())).findFirst().ifPresent(used::add);
    }
    Path target = ChartFiles.fileFor(chartFile, lot.id(), lotFiles.size() > 1);
    try {
      if (ChartFiles.write(target, lot.id(), reports, used) == 0) {
        err.println("note: lot " + lot.id() + ": no consistency criterion has reference statistics; no chart"
            + " written");
      } else {
        err.println("wrote control charts of lot " + lot.id() + " to " + target);
      }
    } catch (IOException e) {
      problem(err, target + ": cannot write the control charts: " + e.getMessage());
    }
  }

  private void problem(PrintWriter err, String message) {
    inputProblems++;
    err.println("error: " + org.paracrine.serialization.Problem.escape(message));
    err.flush();
  }
}
