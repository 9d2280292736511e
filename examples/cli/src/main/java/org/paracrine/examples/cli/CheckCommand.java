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
import java.util.stream.Stream;
import org.paracrine.core.lot.Lot;
import org.paracrine.core.lot.ReferenceSeries;
import org.paracrine.core.product.SecretomeProduct;
import org.paracrine.core.report.ReleaseReport;
import org.paracrine.core.report.Verdict;
import org.paracrine.core.spec.ReleaseSpecification;
import org.paracrine.serialization.JsonRecord;
import org.paracrine.serialization.NdjsonReader;
import org.paracrine.serialization.NdjsonSummary;
import org.paracrine.serialization.ParacrineJson;
import org.paracrine.serialization.RecordFormatException;
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
 * specifications (one series per product). Bad input — an unreadable file, a malformed document, a bad NDJSON line, a lot whose product is not among
 * the inputs — is reported on stderr with its location and never stops the other lots; it makes the exit code
 * {@value ExitCodes#BAD_INPUT}.
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
          + " of lots (*.ndjson), directories (searched recursively) or '-' for NDJSON lots on standard input.")
  private List<String> inputs = new ArrayList<>();

  @Option(names = "--spec", paramLabel = "FILE",
      description = "A release specification (JSON) applied to every lot, in addition to those in the inputs.")
  private List<Path> specFiles = new ArrayList<>();

  @Option(names = "--profile", paramLabel = "NAME",
      description = "Built-in profile id to apply (repeatable; see 'paracrine profiles'). Default: all."
          + " 'none' applies no built-in profile.")
  private List<String> profileNames = new ArrayList<>();

  @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
      description = "text: readable report per lot; json: one serialised report per line (NDJSON).")
  private Format format;

  @Option(names = "--all", description = "Also list passing and not-applicable findings in text output.")
  private boolean all;

  /** Receives each checked lot instead of its report being printed (used by {@code paracrine fhir}). */
  interface ReportSink {
    /**
     * Takes the report of one lot.
     *
     * @return the line to print for the lot, e.g. the file written
     * @throws IOException if the lot's output cannot be written
     */
    String accept(SecretomeProduct product, Lot lot, ReleaseReport report) throws IOException;
  }

  private ReportSink sink;

  /**
   * Returns a check that reads the same inputs as {@code paracrine check} and hands each report to a sink; reading
   * problems, the summary (on stderr) and the exit code are those of {@code check}.
   */
  static CheckCommand withSink(CommandLine.Model.CommandSpec spec, List<String> inputs, List<Path> specFiles,
      List<String> profileNames, ReportSink sink) {
    CheckCommand c = new CheckCommand();
    c.spec = spec;
    c.inputs = inputs;
    c.specFiles = specFiles;
    c.profileNames = profileNames;
    c.format = Format.json;
    c.sink = sink;
    return c;
  }

  private final ParacrineJson json = ParacrineJson.strict();
  private final Map<String, SecretomeProduct> products = new LinkedHashMap<>();
  private final List<ReleaseSpecification> specifications = new ArrayList<>();
  private final Map<String, ReferenceSeries> referenceSeries = new LinkedHashMap<>();
  private final Map<String, ReleaseChecker> checkers = new LinkedHashMap<>();
  private List<ReleaseProfile> profiles;
  private java.util.Set<org.paracrine.core.report.SpecificationRef> builtInRefs;
  private long released;
  private long rejected;
  private long incomplete;
  private long inputProblems;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    profiles = selectProfiles();
    builtInRefs = profiles.stream().map(ReleaseProfile::ref).collect(Collectors.toCollection(
        java.util.LinkedHashSet::new));
    if (format == Format.text) {
      TextReport.header(new ArrayList<>(builtInRefs), out);
    }
    List<Path> documents = new ArrayList<>();
    List<Path> streams = new ArrayList<>();
    boolean stdin = false;
    for (String input : inputs) {
      if ("-".equals(input)) {
        stdin = true;
        continue;
      }
      Path p = Path.of(input);
      if (!Files.exists(p)) {
        problem(err, input + ": no such file or directory");
        continue;
      }
      for (Path f : expand(p)) {
        (f.getFileName().toString().endsWith(".ndjson") ? streams : documents).add(f);
      }
    }
    for (Path f : specFiles) {
      readDocument(f, err).ifPresent(r -> {
        if (r.value() instanceof ReleaseSpecification) {
          specifications.add((ReleaseSpecification) r.value());
        } else {
          problem(err, f + ": --spec expects a specification document, found kind " + r.kind().kind());
        }
      });
    }
    List<Object[]> lots = new ArrayList<>();
    for (Path f : documents) {
      readDocument(f, err).ifPresent(r -> {
        Object v = r.value();
        if (v instanceof SecretomeProduct) {
          SecretomeProduct p = (SecretomeProduct) v;
          products.put(p.id() + "@" + p.version(), p);
        } else if (v instanceof ReleaseSpecification) {
          specifications.add((ReleaseSpecification) v);
        } else if (v instanceof Lot) {
          lots.add(new Object[] {v, f.toString()});
        } else if (v instanceof ReferenceSeries) {
          ReferenceSeries series = (ReferenceSeries) v;
          ReferenceSeries other = referenceSeries.putIfAbsent(series.productId(), series);
          if (other != null) {
            problem(err, f + ": a second reference series for product " + series.productId() + " (already "
                + other.id() + "@" + other.version() + "); give one series per product");
          }
        } else {
          problem(err, f + ": a " + r.kind().kind() + " document is not an input to check (expected product,"
              + " specification, reference series or lot)");
        }
      });
    }
    for (Object[] l : lots) {
      check((Lot) l[0], (String) l[1], out, err);
    }
    for (Path f : streams) {
      try (InputStream in = Files.newInputStream(f)) {
        stream(in, f.toString(), out, err);
      } catch (IOException | UncheckedIOException e) {
        problem(err, f + ": cannot read: " + e.getMessage());
      }
    }
    if (stdin) {
      stream(System.in, "<stdin>", out, err);
    }
    long checked = released + rejected + incomplete;
    if (checked == 0 && inputProblems == 0) {
      problem(err, "no lots found in " + String.join(", ", inputs));
    }
    String summary = String.format("checked %d lot%s: %d released, %d rejected, %d incomplete; %d input problem%s",
        checked, checked == 1 ? "" : "s", released, rejected, incomplete, inputProblems,
        inputProblems == 1 ? "" : "s");
    (format == Format.text ? out : err).println(summary);
    out.flush();
    err.flush();
    if (inputProblems > 0) {
      return ExitCodes.BAD_INPUT;
    }
    return rejected > 0 ? ExitCodes.REJECTED : incomplete > 0 ? ExitCodes.INCOMPLETE : ExitCodes.RELEASED;
  }

  private List<ReleaseProfile> selectProfiles() {
    List<ReleaseProfile> builtIn = BuiltInProfiles.all();
    if (profileNames.isEmpty()) {
      return builtIn;
    }
    if (profileNames.equals(List.of("none"))) {
      return List.of();
    }
    List<ReleaseProfile> chosen = new ArrayList<>();
    for (String name : profileNames) {
      ReleaseProfile p = builtIn.stream().filter(x -> x.id().equals(name)).findFirst()
          .orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(), "unknown profile '" + name
              + "'; built-in profiles: " + builtIn.stream().map(ReleaseProfile::id)
              .collect(Collectors.joining(", "))));
      chosen.add(p);
    }
    return chosen;
  }

  private static List<Path> expand(Path p) {
    if (!Files.isDirectory(p)) {
      return List.of(p);
    }
    try (Stream<Path> walk = Files.walk(p)) {
      return walk.filter(Files::isRegularFile)
          .filter(f -> f.toString().endsWith(".json") || f.toString().endsWith(".ndjson"))
          .sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + p + ": " + e.getMessage(), e);
    }
  }

  private java.util.Optional<JsonRecord<?>> readDocument(Path f, PrintWriter err) {
    try {
      long size = Files.size(f);
      if (size > json.limits().maxDocumentLength()) {
        problem(err, f + ": " + size + " bytes, more than the " + json.limits().maxDocumentLength()
            + "-byte document limit");
        return java.util.Optional.empty();
      }
      return java.util.Optional.of(json.readAny(Files.readAllBytes(f)));
    } catch (RecordFormatException e) {
      problem(err, f + ": " + e.problems().size() + " problem" + (e.problems().size() == 1 ? "" : "s") + ":");
      e.problems().forEach(p -> err.println("    " + p));
      return java.util.Optional.empty();
    } catch (IOException e) {
      problem(err, f + ": cannot read: " + e.getMessage());
      return java.util.Optional.empty();
    }
  }

  private void stream(InputStream in, String origin, PrintWriter out, PrintWriter err) {
    long[] count = {0};
    NdjsonSummary summary = NdjsonReader.of(json).read(in, Lot.class, lot -> {
      count[0]++;
      check(lot, origin + " (record " + count[0] + ")", out, err);
      if (count[0] % PROGRESS_EVERY == 0) {
        err.println("... " + count[0] + " lots checked from " + origin);
        err.flush();
      }
    }, error -> problem(err, origin + ": " + error));
    if (summary.failed() > 0 || summary.read() >= PROGRESS_EVERY) {
      err.println(origin + ": " + summary.read() + " lots read, " + summary.failed() + " line" + (summary.failed() == 1 ? "" : "s") + " rejected");
    }
  }

  private void check(Lot lot, String origin, PrintWriter out, PrintWriter err) {
    SecretomeProduct product = productOf(lot);
    if (product == null) {
      problem(err, origin + ": lot " + lot.id() + " refers to product " + lot.productId()
          + lot.productVersion().map(v -> "@" + v).orElse("") + ", which is not among the inputs (known: "
          + String.join(", ", products.keySet()) + ")");
      return;
    }
    ReleaseChecker checker = checkers.computeIfAbsent(product.id() + "@" + product.version(), k -> {
      ReleaseChecker.Builder b = ReleaseChecker.builder().addProfiles(profiles)
          .addSpecifications(specifications.stream().filter(s -> s.appliesTo(product.id()))
              .collect(Collectors.toList()));
      java.util.Optional.ofNullable(referenceSeries.get(product.id())).ifPresent(b::addReferenceSeries);
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
        out.println(sink.accept(product, lot, report));
      } catch (IOException | RuntimeException e) {
        problem(err, origin + ": lot " + lot.id() + ": " + e.getMessage());
      }
    } else if (format == Format.json) {
      out.println(json.write(report));
    } else {
      TextReport.print(report, origin, all, builtInRefs, out);
    }
  }

  private SecretomeProduct productOf(Lot lot) {
    if (lot.productVersion().isPresent()) {
      return products.get(lot.productId() + "@" + lot.productVersion().get());
    }
    List<SecretomeProduct> candidates = products.values().stream().filter(p -> p.id().equals(lot.productId()))
        .collect(Collectors.toList());
    return candidates.size() == 1 ? candidates.get(0) : null;
  }

  private void problem(PrintWriter err, String message) {
    inputProblems++;
    err.println("error: " + message);
    err.flush();
  }
}
