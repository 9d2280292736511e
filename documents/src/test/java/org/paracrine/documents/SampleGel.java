package org.paracrine.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.paracrine.core.assay.AnalyteResult;
import org.paracrine.core.assay.Censoring;
import org.paracrine.core.lot.Lot;
import org.paracrine.core.lot.ReferenceSeries;
import org.paracrine.core.product.SecretomeProduct;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.report.ReleaseReport;
import org.paracrine.core.spec.ReleaseSpecification;
import org.paracrine.serialization.ParacrineJson;
import org.paracrine.validation.profiles.BuiltInProfiles;
import org.paracrine.validation.ReleaseChecker;

/** The sample UC-MSC secretome gel records of {@code examples/data}, read with the standard record reader. */
final class SampleGel {
  static final Path DATA = Path.of("..", "examples", "data").toAbsolutePath().normalize();
  static final ParacrineJson JSON = ParacrineJson.strict();
  static final java.time.Instant CHECKED_AT = java.time.Instant.parse("2025-09-12T08:30:00Z");

  final SecretomeProduct product = read("products/uc-msc-secretome-gel.json", SecretomeProduct.class);
  final ReleaseSpecification release = read("specifications/gel-release.json", ReleaseSpecification.class);
  final ReleaseSpecification consistency = read("composition/consistency-specification.json",
      ReleaseSpecification.class);
  final ReferenceSeries series = read("composition/reference-series.json", ReferenceSeries.class);
  final Lot conforming = read("lots/03-uc-gel-conforming.json", Lot.class);
  final Lot drifting = read("composition/drifting-lot.json", Lot.class);
  final ReleaseChecker checker = ReleaseChecker.builder().addProfiles(BuiltInProfiles.all())
      .addSpecification(release).addSpecification(consistency).addReferenceSeries(series)
      .clock(java.time.Clock.fixed(CHECKED_AT, java.time.ZoneOffset.UTC)).build();

  static <T> T read(String file, Class<T> type) {
    try {
      return JSON.read(Files.readAllBytes(DATA.resolve(file)), type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  ReleaseReport check(Lot lot) {
    return checker.check(product, lot);
  }

  CertificateOptions.Builder options(CertificateFormat format) {
    return CertificateOptions.builder().format(format).addSpecification(release).addSpecification(consistency)
        .referenceSeries(series);
  }

  /** The conforming lot with its PGE2 result reported below the LOQ of 15.6 pg/mL (the value is the LOQ). */
  Lot conformingWithPge2BelowLoq() {
    List<AnalyteResult> composition = new ArrayList<>();
    for (AnalyteResult r : conforming.composition()) {
      if (r.analyte().code().equals("PGE2")) {
        Quantity loq = Quantity.of(new BigDecimal("15.6"), "pg/mL");
        composition.add(AnalyteResult.builder().from(r).value(loq).loq(loq).censoring(Censoring.BELOW_LOQ).build());
      } else {
        composition.add(r);
      }
    }
    return Lot.builder().from(conforming).composition(composition).build();
  }
}
