package org.paracrine.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.paracrine.core.lot.Lot;
import org.paracrine.core.product.SecretomeProduct;
import org.paracrine.core.report.ReleaseReport;
import org.paracrine.core.report.SpecificationRef;
import org.paracrine.core.report.Verdict;
import org.paracrine.core.spec.ReleaseSpecification;
import org.paracrine.serialization.NdjsonReader;
import org.paracrine.serialization.NdjsonSummary;
import org.paracrine.validation.ReleaseChecker;
import org.paracrine.validation.ReleaseProfile;
import org.paracrine.validation.profiles.BuiltInProfiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code paracrine check}: reads products, specifications and lots (JSON documents, NDJSON streams of lots,
 * directories searched recursively, or {@code -} for NDJSON lots on standard input), checks every lot against
 * the built-in profiles and the specifications that apply to its product, and prints one report per lot.
 *
 * <p>A lot is matched to its product by {@code productId} (and {@code productVersion} when given). A
 * specification applies to the products it lists in {@code products}, or to every product when that list is
 * empty. A reference-series document among the inputs is used for the consistency criteria of its product's
 * specifications (one series per product). Every input is either checked or reported: in a directory,
 * {@code .json} files are documents and {@code .ndjson}/{@code .jsonl} files are streams (any letter case), and
 * every other file is listed as skipped. Bad input (an unreadable file with the reason, a malformed document, a
 * bad NDJSON line, an empty stream, a stream whose manifest does not match, a lot whose product is not among the
 * inputs) is reported on stderr with its location and never stops the other lots; it makes the exit code
 * {@value ExitCodes#BAD_INPUT}, as does a failure to write the reports.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Checks lots and prints one release report per lot (verdict first).")
final class CheckCommand implements Callable<Integer> {
  /** Output formats. */
  enum Format { text, json }

  private static final int PROGRESS_EVERY = 1000;

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "<path>",
      description = "JSON documents (*.json: products, specifications, reference series, lots), NDJSON streams"
          + " of lots (*.ndjson, *.jsonl), directories (searched recursively) or '-' for NDJSON lots on standard"
          + " input.")
  private List<String> inputs = new ArrayList<>();

  @Option(names = "--spec", paramLabel = "FILE",
      description = "A release specification (JSON) applied to every lot, in addition to those in the inputs.")
  private List<Path> specFiles = new ArrayList<>();

  @Option(names = "--profile", paramLabel = "NAME",
      description = "Built-in profile id to apply (repeatable; see 'paracrine profiles'). Default: all."
          + " 'none' applies no built-in profile; 'all' stands for the default set, so '--profile all --profile"
          + " paracrine.lot-release' adds the opt-in expiry and shelf-life rules.")
  private List<String> profileNames = new ArrayList<>();

  @Option(names = "--check-date", paramLabel = "YYYY-MM-DD",
      description = "The date of the check (UTC), recorded in each report and used by the expiry rule of"
          + " paracrine.lot-release. Default: the system clock.")
  private java.time.LocalDate checkDate;

  @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
      description = "text: readable report per lot; json: one serialised report per line (NDJSON) on stdout and"
          + " one JSON event per line on stderr (problems, skipped files, the file and line of each report,"
          + " the summary).")
  private Format format;

  @Option(names = "--all", description = "Also list passing and not-applicable findings in text output.")
  private boolean all;

  @Option(names = {"-q", "--quiet"},
      description = "Summary mode for large runs: no reports, only problems and the summary.")
  private boolean quiet;

  @Option(names = "--manifest",
      description = "With --format json: start the report stream with a header line and end it with a manifest"
          + " (record count, SHA-256), so a copy cut short is detected when it is read (NdjsonReader).")
  private boolean manifest;

  @Option(names = "--checked-by", paramLabel = "NAME",
      description = "The principal recorded in each report's provenance (default: none).")
  private String checkedBy;

  /** Receives each checked lot instead of its report being printed (used by {@code paracrine fhir}). */
  interface ReportSink {
    /**
     * Takes the report of one lot, with the specifications the lot was checked against.
     *
     * @return the line to print for the lot, e.g. the file written
     * @throws IOException if the lot's output cannot be written
     */
    String accept(SecretomeProduct product, Lot lot, ReleaseReport report,
        List<ReleaseSpecification> specifications) throws IOException;
  }

  private ReportSink sink;

  /**
   * Returns a check that reads the same inputs as {@code paracrine check} and hands each report to a sink; problems,
   * the summary and the exit code are those of {@code check} in text format.
   */
  static CheckCommand withSink(CommandLine.Model.CommandSpec spec, List<String> inputs, List<Path> specFiles,
      List<String> profileNames, ReportSink sink) {
    CheckCommand c = new CheckCommand();
    c.spec = spec;
    c.inputs = inputs;
    c.specFiles = specFiles;
    c.profileNames = profileNames;
    c.format = Format.text;
    c.sink = sink;
    return c;
  }

  private Inputs in;
  private Reporter reporter;
  private final Map<String, ReleaseChecker> checkers = new LinkedHashMap<>();
  private List<ReleaseProfile> profiles;
  private java.util.Set<SpecificationRef> builtInRefs;
  private long released;
  private long rejected;
  private long incomplete;
  private boolean outputFailed;
  private org.paracrine.serialization.NdjsonWriter reportStream;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    reporter = new Reporter(format == Format.json, err);
    in = new Inputs(reporter);
    profiles = selectProfiles();
    builtInRefs = profiles.stream().map(ReleaseProfile::ref).collect(Collectors.toCollection(
        java.util.LinkedHashSet::new));
    if (format == Format.text && !quiet && sink == null) {
      TextReport.header(new ArrayList<>(builtInRefs), out);
    }
    List<String> paths = new ArrayList<>();
    boolean stdin = false;
    for (String input : inputs) {
      if ("-".equals(input)) {
        stdin = true;
      } else {
        paths.add(input);
      }
    }
    for (Path f : specFiles) {
      in.read(f).ifPresent(r -> {
        if (r.value() instanceof ReleaseSpecification) {
          in.specifications.add((ReleaseSpecification) r.value());
        } else {
          reporter.problem(f.toString(), "--spec expects a specification document, found kind " + r.kind().kind());
        }
      });
    }
    if (manifest && format == Format.json && !quiet) {
      reportStream = org.paracrine.serialization.NdjsonWriter.withManifest(in.json, new LineOutput(out),
          org.paracrine.serialization.DocumentKind.REPORT);
    }
    in.load(paths);
    for (Map.Entry<Lot, String> l : in.lots) {
      check(l.getKey(), l.getValue(), -1, out);
    }
    for (Path f : in.streams) {
      try (InputStream s = Files.newInputStream(f)) {
        stream(s, f.toString(), out);
      } catch (IOException e) {
        reporter.problem(null, "cannot read: " + f + ": " + CliFiles.reason(e));
      } catch (UncheckedIOException e) {
        reporter.problem(null, "cannot read: " + f + ": " + CliFiles.reason(e.getCause()));
      }
    }
    if (stdin) {
      stream(System.in, "<stdin>", out);
    }
    long checked = released + rejected + incomplete;
    if (checked == 0 && reporter.problems() == 0) {
      reporter.problem(null, "no lots found in " + String.join(", ", inputs));
    }
    if (reportStream != null) {
      reportStream.close(); // writes the manifest; LineOutput does not close standard output
    }
    reporter.summary(out, released, rejected, incomplete);
    String failure = Output.failure(out);
    if (failure != null) {
      err.println("error: cannot write to standard output: " + failure + "; the reports are incomplete");
      err.flush();
      return ExitCodes.BAD_INPUT;
    }
    err.flush();
    if (reporter.problems() > 0) {
      return ExitCodes.BAD_INPUT;
    }
    return rejected > 0 ? ExitCodes.REJECTED : incomplete > 0 ? ExitCodes.INCOMPLETE : ExitCodes.RELEASED;
  }

  /** Bytes written by an {@code NdjsonWriter}, passed on to the command's writer one whole line at a time. */
  private static final class LineOutput extends java.io.OutputStream {
    private final PrintWriter out;
    private final java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();

    LineOutput(PrintWriter out) {
      this.out = out;
    }

    @Override
    public void write(int b) {
      if (b == '\n') {
        out.println(line.toString(java.nio.charset.StandardCharsets.UTF_8));
        line.reset();
      } else {
        line.write(b);
      }
    }

    @Override
    public void write(byte[] b, int off, int len) {
      for (int i = off; i < off + len; i++) {
        write(b[i]);
      }
    }

    @Override
    public void close() {
      out.flush();
    }
  }

  private List<ReleaseProfile> selectProfiles() {
    List<ReleaseProfile> builtIn = BuiltInProfiles.known();
    if (profileNames.isEmpty()) {
      return BuiltInProfiles.all();
    }
    if (profileNames.equals(List.of("none"))) {
      return List.of();
    }
    List<ReleaseProfile> chosen = new ArrayList<>();
    for (String name : profileNames) {
      if (name.equals("all")) {
        chosen.addAll(BuiltInProfiles.all());
        continue;
      }
      ReleaseProfile p = builtIn.stream().filter(x -> x.id().equals(name)).findFirst()
          .orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(), "unknown profile '" + name
              + "'; built-in profiles: " + builtIn.stream().map(ReleaseProfile::id)
              .collect(Collectors.joining(", "))));
      chosen.add(p);
    }
    return chosen;
  }

  private void stream(InputStream s, String origin, PrintWriter out) {
    long[] count = {0};
    PrintWriter err = spec.commandLine().getErr();
    NdjsonSummary summary = NdjsonReader.of(in.json).readLines(s, Lot.class, (lot, line) -> {
      count[0]++;
      check(lot, origin, line, out);
      if (count[0] % PROGRESS_EVERY == 0 && !reporter.isJson()) {
        err.println("... " + count[0] + " lots checked from " + org.paracrine.serialization.Problem.escape(origin));
        err.flush();
      }
    }, error -> reporter.line(origin, error));
    if (summary.total() == 0) {
      reporter.problem(origin, "no records (the stream is empty or blank)");
    }
    summary.manifest().ifPresent(m -> reporter.note(origin, "manifest verified: " + m.records() + " records, sha256 "
        + m.sha256() + ", written by " + m.libraryName() + " " + m.libraryVersion()));
    if (summary.failed() > 0 || summary.read() >= PROGRESS_EVERY) {
      reporter.note(origin, summary.read() + " lots read, " + summary.failed() + " line"
          + (summary.failed() == 1 ? "" : "s") + " rejected");
    }
  }

  private void check(Lot lot, String origin, long line, PrintWriter out) {
    if (outputFailed) {
      return;
    }
    SecretomeProduct product = in.productOf(lot);
    String where = line > 0 ? origin + " line " + line : origin;
    if (product == null) {
      reporter.problem(where, "lot " + lot.id() + " refers to product " + lot.productId()
          + lot.productVersion().map(v -> "@" + v).orElse("") + ", which is not among the inputs (known: "
          + String.join(", ", in.products.keySet()) + ")");
      return;
    }
    ReleaseChecker checker = checkers.computeIfAbsent(product.id() + "@" + product.version(), k -> {
      ReleaseChecker.Builder b = in.checker(product, profiles);
      if (checkedBy != null) {
        b.checkedBy(checkedBy);
      }
      if (checkDate != null) {
        b.clock(java.time.Clock.fixed(checkDate.atStartOfDay(java.time.ZoneOffset.UTC).toInstant(),
            java.time.ZoneOffset.UTC));
      }
      return b.build();
    });
    ReleaseReport report = checker.check(product, lot);
    if (report.verdict() == Verdict.RELEASE) {
      released++;
    } else if (report.verdict() == Verdict.REJECT) {
      rejected++;
    } else {
      incomplete++;
    }
    if (sink != null) {
      try {
        out.println(sink.accept(product, lot, report, checker.specifications()));
      } catch (IOException | RuntimeException e) {
        reporter.problem(where, "lot " + lot.id() + ": " + e.getMessage());
      }
    } else if (!quiet) {
      if (reportStream != null) {
        reportStream.write(report);
        reporter.report(origin, line, report);
      } else if (format == Format.json) {
        out.println(in.json.write(report));
        reporter.report(origin, line, report);
      } else {
        TextReport.print(report, where, all, builtInRefs, out);
      }
    }
    if ((released + rejected + incomplete) % PROGRESS_EVERY == 0 && out.checkError()) {
      outputFailed = true; // reported once, at the end
    }
  }
}
