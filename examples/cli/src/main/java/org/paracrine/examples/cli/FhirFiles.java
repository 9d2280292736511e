package org.paracrine.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.paracrine.core.lot.Lot;
import org.paracrine.core.product.SecretomeProduct;
import org.paracrine.core.report.ReleaseReport;
import org.paracrine.core.spec.ReleaseSpecification;
import org.paracrine.fhir.FhirExport;

/** Writes batch-analysis bundles for {@link FhirCommand}; the only CLI class that uses HAPI FHIR. */
final class FhirFiles {
  private FhirFiles() {}

  /**
   * Returns the file name of a lot's bundle: the lot id with every character other than a letter, digit or
   * {@code . _ + -} replaced by {@code _} (and a leading dot escaped), then {@code .fhir.json}.
   */
  static String fileName(String lotId) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < lotId.length(); i++) {
      char c = lotId.charAt(i);
      boolean plain = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.'
          || c == '_' || c == '+' || c == '-';
      sb.append(plain ? c : '_');
    }
    if (sb.length() == 0 || sb.charAt(0) == '.') {
      sb.insert(0, '_');
    }
    return sb.append(".fhir.json").toString();
  }

  static String write(Path dir, SecretomeProduct product, Lot lot, ReleaseReport report,
      List<ReleaseSpecification> specifications, Map<String, String> written) throws IOException {
    String name = fileName(lot.id());
    String before = written.putIfAbsent(name, lot.id());
    if (before != null) {
      throw new IOException("not written: " + name + " already holds lot " + before + " from this run (lot ids"
          + " must be unique per run)");
    }
    Path file = dir.resolve(name);
    try {
      Files.writeString(file, FhirExport.toJson(FhirExport.batchAnalysis(product, lot, report, specifications)),
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IOException("cannot write " + file + ": " + CliFiles.reason(e), e);
    }
    return report.verdict() + " " + lot.id() + " -> " + file;
  }
}
