package org.paracrine.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.paracrine.core.lot.Lot;
import org.paracrine.core.lot.ReferenceSeries;
import org.paracrine.core.product.SecretomeProduct;
import org.paracrine.core.spec.ReleaseSpecification;
import org.paracrine.serialization.JsonRecord;
import org.paracrine.serialization.ParacrineJson;
import org.paracrine.serialization.RecordFormatException;
import org.paracrine.validation.ReleaseChecker;
import org.paracrine.validation.ReleaseProfile;

/**
 * The documents a command was given: products, specifications, reference series and lots (with the file each came
 * from), read strictly; every problem goes to the {@link Reporter}.
 */
final class Inputs {
  final ParacrineJson json = ParacrineJson.strict();
  final Map<String, SecretomeProduct> products = new LinkedHashMap<>();
  final List<ReleaseSpecification> specifications = new ArrayList<>();
  final Map<String, ReferenceSeries> referenceSeries = new LinkedHashMap<>();
  final List<Map.Entry<Lot, String>> lots = new ArrayList<>();
  final List<Path> streams = new ArrayList<>();
  private final Reporter reporter;

  Inputs(Reporter reporter) {
    this.reporter = reporter;
  }

  /** Finds and reads every path given; NDJSON streams are only listed (read them with the check). */
  void load(List<String> paths) {
    CliFiles.Found found = new CliFiles.Found();
    for (String input : paths) {
      Path p = Path.of(input);
      if (!Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        reporter.problem(input, "no such file or directory");
        continue;
      }
      CliFiles.expand(p, found, (f, reason) -> reporter.problem(null, "cannot read: " + f + ": " + reason));
    }
    found.skipped.forEach(reporter::skipped);
    streams.addAll(found.streams);
    for (Path f : found.documents) {
      read(f).ifPresent(r -> add(r, f));
    }
  }

  /** Reads one document file, bounded by the document-length limit. */
  Optional<JsonRecord<?>> read(Path f) {
    long max = json.limits().maxDocumentLength();
    byte[] bytes;
    try {
      bytes = CliFiles.readBounded(f, max);
    } catch (IOException e) {
      reporter.problem(null, "cannot read: " + f + ": " + CliFiles.reason(e));
      return Optional.empty();
    }
    if (bytes.length > max) {
      reporter.problem(f.toString(), "longer than " + max + " bytes, the document-length limit; not read further");
      return Optional.empty();
    }
    try {
      return Optional.of(json.readAny(bytes));
    } catch (RecordFormatException e) {
      reporter.problems(f.toString(), e.problems());
      return Optional.empty();
    }
  }

  private void add(JsonRecord<?> r, Path f) {
    Object v = r.value();
    if (v instanceof SecretomeProduct) {
      SecretomeProduct p = (SecretomeProduct) v;
      products.put(p.id() + "@" + p.version(), p);
    } else if (v instanceof ReleaseSpecification) {
      specifications.add((ReleaseSpecification) v);
    } else if (v instanceof Lot) {
      lots.add(Map.entry((Lot) v, f.toString()));
    } else if (v instanceof ReferenceSeries) {
      ReferenceSeries series = (ReferenceSeries) v;
      ReferenceSeries other = referenceSeries.putIfAbsent(series.productId(), series);
      if (other != null) {
        reporter.problem(f.toString(), "a second reference series for product " + series.productId() + " (already "
            + other.id() + "@" + other.version() + "); give one series per product");
      }
    } else {
      reporter.problem(f.toString(), "a " + r.kind().kind() + " document is not an input to check (expected "
          + "product, specification, reference series or lot)");
    }
  }

  /** The product a lot names (by id and version, or by id when only one version is given). */
  SecretomeProduct productOf(Lot lot) {
    if (lot.productVersion().isPresent()) {
      return products.get(lot.productId() + "@" + lot.productVersion().get());
    }
    List<SecretomeProduct> candidates = products.values().stream().filter(p -> p.id().equals(lot.productId()))
        .collect(Collectors.toList());
    return candidates.size() == 1 ? candidates.get(0) : null;
  }

  /** A checker for one product: the profiles, the specifications that apply to it, its reference series. */
  ReleaseChecker.Builder checker(SecretomeProduct product, List<ReleaseProfile> profiles) {
    ReleaseChecker.Builder b = ReleaseChecker.builder().addProfiles(profiles)
        .addSpecifications(specifications.stream().filter(s -> s.appliesTo(product.id()))
            .collect(Collectors.toList()))
        .digester(json::sha256);
    Optional.ofNullable(referenceSeries.get(product.id())).ifPresent(b::addReferenceSeries);
    return b;
  }
}
