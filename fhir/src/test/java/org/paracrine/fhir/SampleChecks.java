package org.paracrine.fhir;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.paracrine.core.lot.Lot;
import org.paracrine.core.lot.ReferenceSeries;
import org.paracrine.core.product.SecretomeProduct;
import org.paracrine.core.report.ReleaseReport;
import org.paracrine.core.spec.ReleaseSpecification;
import org.paracrine.serialization.NdjsonReader;
import org.paracrine.serialization.ParacrineJson;
import org.paracrine.validation.ReleaseChecker;
import org.paracrine.validation.profiles.BuiltInProfiles;

/**
 * The sample records of {@code examples/data} checked as {@code paracrine check} checks them: every lot (documents
 * and the NDJSON stream) against the built-in profiles, the specifications that apply to its product and its
 * product's reference series.
 */
final class SampleChecks {
  /** One checked lot. */
  static final class Checked {
    final SecretomeProduct product;
    final Lot lot;
    final ReleaseReport report;
    final List<ReleaseSpecification> specifications;

    Checked(SecretomeProduct product, Lot lot, ReleaseReport report, List<ReleaseSpecification> specifications) {
      this.product = product;
      this.lot = lot;
      this.report = report;
      this.specifications = specifications;
    }

    @Override
    public String toString() {
      return lot.id();
    }
  }

  static final Path DATA = Path.of("..", "examples", "data");
  private static List<Checked> all;
  private static List<Checked> stream;
  private static List<ReleaseSpecification> specifications;

  private SampleChecks() {}

  static synchronized List<ReleaseSpecification> specifications() {
    all();
    return specifications;
  }

  static synchronized List<Checked> all() {
    if (all != null) {
      return all;
    }
    ParacrineJson json = ParacrineJson.strict();
    Map<String, SecretomeProduct> products = new LinkedHashMap<>();
    List<ReleaseSpecification> specs = new ArrayList<>();
    Map<String, ReferenceSeries> series = new LinkedHashMap<>();
    List<Lot> lots = new ArrayList<>();
    try (Stream<Path> files = Files.walk(DATA)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList())) {
        Object v = json.readAny(Files.readAllBytes(f)).value();
        if (v instanceof SecretomeProduct) {
          products.put(((SecretomeProduct) v).id(), (SecretomeProduct) v);
        } else if (v instanceof ReleaseSpecification) {
          specs.add((ReleaseSpecification) v);
        } else if (v instanceof ReferenceSeries) {
          series.put(((ReferenceSeries) v).productId(), (ReferenceSeries) v);
        } else if (v instanceof Lot) {
          lots.add((Lot) v);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Lot> streamed = new ArrayList<>();
    try (InputStream in = Files.newInputStream(DATA.resolve("streams/lots.ndjson"))) {
      // the stream holds one deliberately malformed line; it is not a lot and is skipped here
      NdjsonReader.of(json).read(in, Lot.class, streamed::add, problem -> { });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    specifications = List.copyOf(specs);
    all = check(lots, products, specs, series);
    stream = check(streamed, products, specs, series);
    return all;
  }

  /** The lots of {@code streams/lots.ndjson}, checked the same way. */
  static synchronized List<Checked> stream() {
    all();
    return stream;
  }

  private static List<Checked> check(List<Lot> lots, Map<String, SecretomeProduct> products,
      List<ReleaseSpecification> specs, Map<String, ReferenceSeries> series) {
    List<Checked> checked = new ArrayList<>();
    for (Lot lot : lots) {
      SecretomeProduct product = products.get(lot.productId());
      ReleaseChecker.Builder b = ReleaseChecker.builder().addProfiles(BuiltInProfiles.all())
          .addSpecifications(specs.stream().filter(s -> s.appliesTo(product.id())).collect(Collectors.toList()));
      if (series.containsKey(product.id())) {
        b.addReferenceSeries(series.get(product.id()));
      }
      ReleaseChecker checker = b.build();
      checked.add(new Checked(product, lot, checker.check(product, lot), checker.specifications()));
    }
    return List.copyOf(checked);
  }

  static Checked lot(String id) {
    return all().stream().filter(c -> c.lot.id().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("no sample lot " + id));
  }
}
