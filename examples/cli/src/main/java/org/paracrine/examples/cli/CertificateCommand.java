package org.paracrine.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.paracrine.core.lot.Lot;
import org.paracrine.core.lot.ReferenceSeries;
import org.paracrine.core.product.SecretomeProduct;
import org.paracrine.core.report.ReleaseReport;
import org.paracrine.core.report.Verdict;
import org.paracrine.core.spec.ReleaseSpecification;
import org.paracrine.documents.CertificateFormat;
import org.paracrine.documents.CertificateOptions;
import org.paracrine.documents.Certificates;
import org.paracrine.serialization.JsonRecord;
import org.paracrine.serialization.ParacrineJson;
import org.paracrine.serialization.RecordFormatException;
import org.paracrine.validation.ReleaseChecker;
import org.paracrine.validation.profiles.BuiltInProfiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code paracrine certificate}: checks lots like {@code check} (built-in profiles, the specifications and reference
 * series among the inputs) and writes one certificate of analysis per lot into a directory, named after the lot
 * ({@code UCGEL-25-003.pdf}). A stored report of a lot among the inputs (for instance one signed with
 * {@code paracrine sign}) is rendered as it is, with its signatures, instead of a new check. The certificate states
 * conformance; it does not release the lot.
 *
 * <p>Exit codes as for {@code check}, from the verdicts of the lots; {@value ExitCodes#BAD_INPUT} when an input
 * cannot be read or a file cannot be written (certificates of the other lots are still written).
 *
 * <pre>
 * paracrine certificate --format pdf --output certificates examples/data/products \
 *     examples/data/specifications examples/data/composition examples/data/lots/03-uc-gel-conforming.json
 * </pre>
 */
@Command(name = "certificate", mixinStandardHelpOptions = true,
    description = "Checks lots and writes one certificate of analysis (HTML or PDF) per lot, named after the lot.")
final class CertificateCommand implements Callable<Integer> {
  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "<path>",
      description = "JSON documents (products, specifications, reference series, lots, and optionally stored"
          + " reports, e.g. signed ones, used instead of a new check) or directories of them.")
  private List<Path> inputs = new ArrayList<>();

  @Option(names = "--format", defaultValue = "pdf", paramLabel = "html|pdf",
      description = "Certificate format (default: pdf).")
  private String format;

  @Option(names = "--output", required = true, paramLabel = "DIR",
      description = "Directory to write the certificates into (created if missing).")
  private Path output;

  @Option(names = "--locale", defaultValue = "en", paramLabel = "TAG",
      description = "Language of the labels, e.g. en (default) or de.")
  private String locale;

  private final ParacrineJson json = ParacrineJson.strict();
  private int inputProblems;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    CertificateFormat f;
    switch (format.toLowerCase(Locale.ROOT)) {
      case "html":
        f = CertificateFormat.HTML;
        break;
      case "pdf":
        f = CertificateFormat.PDF;
        break;
      default:
        throw new CommandLine.ParameterException(spec.commandLine(), "--format must be html or pdf, was '"
            + format + "'");
    }
    Map<String, SecretomeProduct> products = new LinkedHashMap<>();
    List<ReleaseSpecification> specifications = new ArrayList<>();
    Map<String, ReferenceSeries> series = new LinkedHashMap<>();
    List<Lot> lots = new ArrayList<>();
    Map<String, ReleaseReport> stored = new LinkedHashMap<>();
    for (Path input : inputs) {
      for (Path file : expand(input, err)) {
        read(file, err).ifPresent(r -> {
          Object v = r.value();
          if (v instanceof SecretomeProduct p) {
            products.put(p.id() + "@" + p.version(), p);
          } else if (v instanceof ReleaseSpecification s) {
            specifications.add(s);
          } else if (v instanceof ReferenceSeries s) {
            if (series.putIfAbsent(s.productId(), s) != null) {
              problem(err, file + ": a second reference series for product " + s.productId());
            }
          } else if (v instanceof Lot l) {
            lots.add(l);
          } else if (v instanceof ReleaseReport rr) {
            if (stored.putIfAbsent(rr.lotId(), rr) != null) {
              problem(err, file + ": a second report for lot " + rr.lotId());
            }
          } else {
            problem(err, file + ": a " + r.kind().kind() + " document is not an input of a certificate");
          }
        });
      }
    }
    if (lots.isEmpty() && inputProblems == 0) {
      problem(err, "no lots found in " + inputs.stream().map(Path::toString).collect(Collectors.joining(", ")));
    }
    try {
      Files.createDirectories(output);
    } catch (IOException e) {
      problem(err, output + ": cannot create the output directory: " + e.getMessage());
      return finish(out, err, 0, 0, 0);
    }
    Map<String, ReleaseChecker> checkers = new LinkedHashMap<>();
    Set<String> written = new HashSet<>();
    int released = 0;
    int rejected = 0;
    int incomplete = 0;
    for (Lot lot : lots) {
      Optional<SecretomeProduct> product = productOf(lot, products);
      if (product.isEmpty()) {
        problem(err, "lot " + lot.id() + " refers to product " + lot.productId()
            + lot.productVersion().map(v -> "@" + v).orElse("") + ", which is not among the inputs");
        continue;
      }
      SecretomeProduct p = product.get();
      List<ReleaseSpecification> applicable = specifications.stream().filter(s -> s.appliesTo(p.id()))
          .collect(Collectors.toList());
      Optional<ReferenceSeries> reference = Optional.ofNullable(series.get(p.id()));
      ReleaseChecker checker = checkers.computeIfAbsent(p.id() + "@" + p.version(), k -> {
        ReleaseChecker.Builder b = ReleaseChecker.builder().addProfiles(BuiltInProfiles.all())
            .addSpecifications(applicable);
        reference.ifPresent(b::addReferenceSeries);
        return b.build();
      });
      // a stored report (e.g. signed with 'paracrine sign') is rendered as it is, with its signatures
      ReleaseReport report = stored.containsKey(lot.id()) ? stored.get(lot.id()) : checker.check(p, lot);
      CertificateOptions.Builder options = CertificateOptions.builder().format(f)
          .locale(Locale.forLanguageTag(locale)).specifications(applicable);
      reference.ifPresent(options::referenceSeries);
      String name = Certificates.fileName(lot.id(), f);
      if (!written.add(name)) {
        problem(err, "lot " + lot.id() + ": a certificate named " + name + " was already written by this run");
        continue;
      }
      Path target = output.resolve(name);
      try {
        Files.write(target, Certificates.render(report, p, lot, options.build()));
      } catch (IOException e) {
        problem(err, target + ": cannot write: " + e.getMessage());
        continue;
      }
      out.printf("%-10s %s -> %s%s%n", report.verdict(), lot.id(), target,
          stored.containsKey(lot.id()) ? " (stored report)" : "");
      if (report.verdict() == Verdict.RELEASE) {
        released++;
      } else if (report.verdict() == Verdict.REJECT) {
        rejected++;
      } else {
        incomplete++;
      }
    }
    return finish(out, err, released, rejected, incomplete);
  }

  private static Optional<SecretomeProduct> productOf(Lot lot, Map<String, SecretomeProduct> products) {
    if (lot.productVersion().isPresent()) {
      return Optional.ofNullable(products.get(lot.productId() + "@" + lot.productVersion().get()));
    }
    List<SecretomeProduct> candidates = products.values().stream().filter(p -> p.id().equals(lot.productId()))
        .collect(Collectors.toList());
    return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
  }

  private List<Path> expand(Path p, PrintWriter err) {
    if (!Files.exists(p)) {
      problem(err, p + ": no such file or directory");
      return List.of();
    }
    if (!Files.isDirectory(p)) {
      return List.of(p);
    }
    try (Stream<Path> walk = Files.walk(p)) {
      return walk.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".json")).sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      problem(err, p + ": cannot list: " + e.getMessage());
      return List.of();
    }
  }

  private Optional<JsonRecord<?>> read(Path f, PrintWriter err) {
    try {
      long size = Files.size(f);
      if (size > json.limits().maxDocumentLength()) {
        problem(err, f + ": " + size + " bytes, more than the " + json.limits().maxDocumentLength()
            + "-byte document limit");
        return Optional.empty();
      }
      return Optional.of(json.readAny(Files.readAllBytes(f)));
    } catch (RecordFormatException e) {
      problem(err, f + ": " + e.problems().size() + " problem" + (e.problems().size() == 1 ? "" : "s") + ":");
      e.problems().forEach(p -> err.println("    " + p));
      return Optional.empty();
    } catch (IOException e) {
      problem(err, f + ": cannot read: " + e.getMessage());
      return Optional.empty();
    }
  }

  private int finish(PrintWriter out, PrintWriter err, int released, int rejected, int incomplete) {
    int n = released + rejected + incomplete;
    out.printf("wrote %d certificate%s: %d conforming, %d not conforming, %d incomplete; %d input problem%s%n", n,
        n == 1 ? "" : "s", released, rejected, incomplete, inputProblems, inputProblems == 1 ? "" : "s");
    out.flush();
    err.flush();
    if (inputProblems > 0) {
      return ExitCodes.BAD_INPUT;
    }
    return rejected > 0 ? ExitCodes.REJECTED : incomplete > 0 ? ExitCodes.INCOMPLETE : ExitCodes.RELEASED;
  }

  private void problem(PrintWriter err, String message) {
    inputProblems++;
    err.println("error: " + message);
    err.flush();
  }
}
