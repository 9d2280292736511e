package org.paracrine.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.paracrine.core.ParacrineLibrary;
import org.paracrine.core.lot.Lot;
import org.paracrine.core.lot.ReferenceSeries;
import org.paracrine.core.product.SecretomeProduct;
import org.paracrine.core.report.InputDigest;
import org.paracrine.core.report.InputRole;
import org.paracrine.core.report.Provenance;
import org.paracrine.core.report.ReleaseReport;
import org.paracrine.core.spec.ReleaseSpecification;
import org.paracrine.serialization.NdjsonReader;
import org.paracrine.serialization.ParacrineJson;
import org.paracrine.serialization.Problem;
import org.paracrine.validation.ReleaseChecker;
import org.paracrine.validation.ReleaseProfile;
import org.paracrine.validation.profiles.BuiltInProfiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code paracrine verify-report}: proves a report from its inputs. It finds each input the report's provenance
 * names among the files given, recomputes its SHA-256 (canonical form) and compares it with the recorded one,
 * then re-runs the check with the same profiles, specifications, reference series and check time, and confirms
 * that the verdict and findings are the same.
 */
@Command(name = "verify-report", mixinStandardHelpOptions = true,
    description = "Recomputes the input digests of a report and re-runs the check to confirm its verdict.")
final class VerifyReportCommand implements Callable<Integer> {
  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "<report.json>", description = "The report to verify.")
  private Path report;

  @Option(names = "--inputs", required = true, arity = "1..*", paramLabel = "<path>",
      description = "The product, lot, specification and reference-series files (or directories) it was made from.")
  private List<String> inputs = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ParacrineJson json = ParacrineJson.strict();
    ReleaseReport r;
    try {
      r = ReportFiles.read(report, json);
    } catch (ReportFiles.Unreadable e) {
      err.println("error: " + e.getMessage());
      return ExitCodes.BAD_INPUT;
    }
    if (r.provenance().isEmpty()) {
      out.println("NOT VERIFIABLE  lot " + Problem.escape(r.lotId()) + ": the report has no provenance");
      out.flush();
      return ExitCodes.VERIFICATION_FAILED;
    }
    Provenance p = r.provenance().get();
    Reporter reporter = new Reporter(false, err);
    Inputs in = new Inputs(reporter);
    in.load(inputs);
    List<Lot> lots = new ArrayList<>();
    in.lots.forEach(e -> lots.add(e.getKey()));
    for (Path f : in.streams) {
      try (InputStream s = Files.newInputStream(f)) {
        NdjsonReader.of(json).read(s, Lot.class, lots::add, e -> reporter.line(f.toString(), e));
      } catch (IOException e) {
        reporter.problem(null, "cannot read: " + f + ": " + CliFiles.reason(e));
      }
    }
    boolean ok = true;
    SecretomeProduct product = null;
    Lot lot = null;
    List<ReleaseProfile> profiles = new ArrayList<>();
    List<ReleaseSpecification> specs = new ArrayList<>();
    ReferenceSeries series = null;
    for (InputDigest d : p.inputs()) {
      String name = d.kind() + " " + Problem.escape(d.id()) + d.version().map(v -> "@" + Problem.escape(v)).orElse("");
      Object found;
      if (d.role() == InputRole.PROFILE) {
        Optional<ReleaseProfile> bi = BuiltInProfiles.all().stream()
            .filter(x -> x.id().equals(d.id()) && d.version().map(x.version()::equals).orElse(true)).findFirst();
        if (bi.isEmpty()) {
          out.println("MISSING  " + name + ": this library has no built-in profile with that id and version");
          ok = false;
        } else {
          profiles.add(bi.get());
          out.println("ok       " + name + " (built-in profile of " + ParacrineLibrary.NAME + " "
              + ParacrineLibrary.version() + ")");
        }
        continue;
      }
      found = find(d, in, lots, json);
      if (found == null) {
        out.println("MISSING  " + name + ": not among the inputs" + d.sha256().map(s -> " (sha256 " + s + ")")
            .orElse(""));
        ok = false;
        continue;
      }
      String actual = json.sha256(found);
      if (d.sha256().isPresent() && !d.sha256().get().equals(actual)) {
        out.println("CHANGED  " + name + ": sha256 " + actual + " differs from the recorded " + d.sha256().get());
        ok = false;
        continue;
      }
      out.println("ok       " + name + " sha256 " + actual);
      switch (d.role()) {
        case PRODUCT -> product = (SecretomeProduct) found;
        case LOT -> lot = (Lot) found;
        case SPECIFICATION -> specs.add((ReleaseSpecification) found);
        case REFERENCE_SERIES -> series = (ReferenceSeries) found;
        default -> { }
      }
    }
    if (!p.libraryVersion().equals(ParacrineLibrary.version())) {
      out.println("note     the report was made by " + Problem.escape(p.libraryName()) + " "
          + Problem.escape(p.libraryVersion()) + "; this is " + ParacrineLibrary.version()
          + ": rules may have changed between the versions");
    }
    if (product != null && lot != null && ok) {
      ReleaseChecker.Builder b = ReleaseChecker.builder().addProfiles(profiles).addSpecifications(specs)
          .clock(Clock.fixed(p.checkedAt(), ZoneOffset.UTC)).digester(json::sha256);
      p.checkedBy().ifPresent(b::checkedBy);
      if (series != null) {
        b.addReferenceSeries(series);
      }
      ReleaseReport again = b.build().check(product, lot);
      ReleaseReport recorded = r.contentSignedBy(0);
      if (again.equals(recorded)) {
        out.println("CONFIRMED  lot " + Problem.escape(r.lotId()) + ": verdict " + r.verdict()
            + "; the re-check reproduces the report exactly");
      } else if (again.verdict() == r.verdict()) {
        out.println("DIFFERENT  lot " + Problem.escape(r.lotId()) + ": verdict " + r.verdict() + " again, but the "
            + "findings differ from the recorded ones");
        ok = false;
      } else {
        out.println("DIFFERENT  lot " + Problem.escape(r.lotId()) + ": the re-check gives " + again.verdict()
            + ", the report says " + r.verdict());
        ok = false;
      }
    } else {
      out.println("NOT CONFIRMED  lot " + Problem.escape(r.lotId()) + ": the inputs above are missing or changed");
      ok = false;
    }
    String failure = Output.failure(out);
    if (failure != null) {
      err.println("error: cannot write to standard output: " + failure);
      return ExitCodes.BAD_INPUT;
    }
    return ok ? ExitCodes.RELEASED : ExitCodes.VERIFICATION_FAILED;
  }

  private static Object find(InputDigest d, Inputs in, List<Lot> lots, ParacrineJson json) {
    List<Object> candidates = new ArrayList<>();
    switch (d.role()) {
      case PRODUCT -> in.products.values().stream().filter(x -> x.id().equals(d.id())
          && d.version().map(x.version()::equals).orElse(true)).forEach(candidates::add);
      case LOT -> lots.stream().filter(x -> x.id().equals(d.id())).forEach(candidates::add);
      case SPECIFICATION -> in.specifications.stream().filter(x -> x.id().equals(d.id())
          && d.version().map(x.version()::equals).orElse(true)).forEach(candidates::add);
      case REFERENCE_SERIES -> in.referenceSeries.values().stream().filter(x -> x.id().equals(d.id())
          && d.version().map(x.version()::equals).orElse(true)).forEach(candidates::add);
      default -> { }
    }
    if (candidates.isEmpty()) {
      return null;
    }
    // several files may hold the same id: the one with the recorded digest is the input, if present
    return d.sha256().flatMap(s -> candidates.stream().filter(c -> json.sha256(c).equals(s)).findFirst())
        .orElse(candidates.get(0));
  }
}
