package org.paracrine.documents;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import org.paracrine.core.lot.Lot;
import org.paracrine.core.product.SecretomeProduct;
import org.paracrine.core.report.InputDigest;
import org.paracrine.core.report.Provenance;
import org.paracrine.core.report.ReleaseReport;
import org.paracrine.core.report.ReportSignature;
import org.paracrine.core.report.SignatureMeaning;
import org.paracrine.documents.internal.CertificateModel;
import org.paracrine.documents.internal.ChartRenderer;
import org.paracrine.documents.internal.Messages;
import org.paracrine.documents.internal.PdfWriter;
import org.paracrine.documents.internal.QrCode;
import org.paracrine.serialization.ParacrineJson;

/**
 * Renders the certificate of analysis (CoA) of a checked lot as HTML or PDF bytes; never writes files.
 *
 * <p>Content: product, lot, dates, source and donor summary; one line per criterion with the test, method,
 * specification id@version, the limit as written, the result as reported (a censored value keeps its LOD/LOQ
 * wording such as {@code < LOQ 15.6 pg/mL}, never a substituted number) and the conclusion (conforms / does not
 * conform / not tested); warnings set apart; the verdict worded as conformance to the specifications (the software
 * does not release a lot, a person does); the control charts of the consistency criteria (when a reference series
 * is given); provenance — the report's own {@link ReleaseReport#provenance()} (library version, check time, the
 * SHA-256 of every input) when it has one, else the digests of the canonical product and lot — and the SHA-256 of
 * the canonical report (computed with {@link ParacrineJson#sha256(Object)} unless given in the options) in text
 * and as a QR code; signature blocks filled from {@link ReleaseReport#signatures()} (printed name, date and time,
 * meaning), with empty lines for a review and a release signature still to be given. Labels are localisable (English default, German included); units are shown
 * the way labs write them ({@code EU/mL}, {@code °C}, {@code µg/mL}) while the data stays UCUM.
 *
 * <p>The output depends only on the inputs (no clock is read), so the same inputs give the same HTML. Thread-safe.
 *
 * <pre>{@code
 * ReleaseReport report = checker.check(product, lot);
 * byte[] pdf = Certificates.render(report, product, lot,
 *     CertificateOptions.builder().format(CertificateFormat.PDF).addSpecification(spec).build());
 * }</pre>
 */
public final class Certificates {
  private static final String TEMPLATE = "org/paracrine/documents/internal/certificate.mustache";
  private static final Mustache MUSTACHE = new DefaultMustacheFactory().compile(TEMPLATE);
  private static final ParacrineJson JSON = ParacrineJson.strict();
  private static final String VERSION = readVersion();

  private Certificates() {}

  /**
   * Renders a certificate of analysis.
   *
   * @param report the release report of the lot
   * @param product the lot's product
   * @param lot the lot
   * @param options format, language, specifications, reference series, check time, digests
   * @return the document bytes (UTF-8 XHTML or PDF)
   * @throws IllegalArgumentException if the report, product and lot do not belong together
   */
  public static byte[] render(ReleaseReport report, SecretomeProduct product, Lot lot, CertificateOptions options) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(lot, "lot");
    Objects.requireNonNull(options, "options");
    if (!report.lotId().equals(lot.id())) {
      throw new IllegalArgumentException("the report is of lot " + report.lotId() + ", not of lot " + lot.id());
    }
    if (!lot.productId().equals(product.id())) {
      throw new IllegalArgumentException("lot " + lot.id() + " is of product " + lot.productId() + ", not of "
          + product.id());
    }
    List<ControlChartImage> charts = ControlCharts.renderAll(options.referenceSeries(), lot,
        options.specifications(), options.locale());
    String html = html(report, product, lot, options, charts);
    if (options.format() == CertificateFormat.HTML) {
      return html.getBytes(StandardCharsets.UTF_8);
    }
    return PdfWriter.render(html, null, charts.stream().map(ControlChartImage::drawing).toList());
  }

  /**
   * Returns a file name for a lot's certificate: the lot id with every character outside {@code [A-Za-z0-9._-]}
   * replaced by {@code _}, then the format's extension.
   *
   * @param lotId the lot id
   * @param format the format
   * @return e.g. {@code UCGEL-25-003.pdf}
   */
  public static String fileName(String lotId, CertificateFormat format) {
    String safe = lotId.replaceAll("[^A-Za-z0-9._-]", "_");
    if (safe.isEmpty() || safe.startsWith(".")) {
      safe = "_" + safe;
    }
    return safe + "." + format.extension();
  }

  /**
   * Returns the version of this library, as printed under provenance.
   *
   * @return e.g. {@code 0.1.0-SNAPSHOT}
   */
  public static String libraryVersion() {
    return VERSION;
  }

  private static String html(ReleaseReport report, SecretomeProduct product, Lot lot, CertificateOptions o,
      List<ControlChartImage> images) {
    Messages m = new Messages(o.locale());
    CertificateModel model = new CertificateModel(report, product, lot, o.specifications(), m);
    String reportDigest = o.reportDigest().orElseGet(() -> JSON.sha256(report));
    boolean pdf = o.format() == CertificateFormat.PDF;

    Map<String, Object> scope = new HashMap<>();
    scope.put("lang", o.locale().toLanguageTag());
    scope.put("title", m.get("certificate.title") + " · " + lot.id());
    scope.put("subject", product.name() + " · " + lot.id());
    scope.put("libraryVersion", VERSION);
    scope.put("subtitle", m.get("certificate.subtitle", product.name(), lot.id()));
    scope.put("footer", m.get("page.footer", lot.id()).replace("\"", "").replace("\\", ""));
    scope.put("footerOf", m.get("page.of").replace("\"", "").replace("\\", ""));
    scope.put("qr", "data:image/png;base64," + Base64.getEncoder().encodeToString(QrCode.png("sha256:"
        + reportDigest)));
    scope.put("reportDigest", reportDigest);

    Map<String, String> labels = new HashMap<>();
    for (String k : List.of("product", "results", "warnings", "conclusion", "charts", "provenance", "signatures")) {
      labels.put(k, m.get("section." + k));
    }
    labels.put("title", m.get("certificate.title"));
    for (String k : List.of("test", "method", "specification", "limit", "result")) {
      labels.put(k, m.get("column." + k));
    }
    labels.put("conclusionColumn", m.get("column.conclusion"));
    labels.put("noWarnings", m.get("warnings.none"));
    labels.put("verdictNote", m.get("verdict.note"));
    labels.put("noCharts", m.get("charts.none"));
    labels.put("qr", m.get("provenance.qr"));
    labels.put("meaning", m.get("signature.meaning"));
    labels.put("name", m.get("signature.name"));
    labels.put("time", m.get("signature.time"));
    labels.put("signature", m.get("signature.signature"));
    scope.put("labels", labels);

    List<Map<String, String>> meta = new ArrayList<>();
    meta.add(row(m.get("product.name"), product.name()));
    meta.add(row(m.get("product.id"), product.id() + " (" + product.version() + ")"));
    meta.add(row(m.get("product.type"), product.type().display()));
    meta.add(row(m.get("lot.id"), lot.id()));
    meta.add(row(m.get("lot.manufactured"), lot.manufactureDate().toString()));
    meta.add(row(m.get("lot.expiry"), lot.expiryDate().map(Object::toString).orElse(m.get("lot.notRecorded"))));
    java.util.Optional<java.time.Instant> checkedAt = report.provenance().map(Provenance::checkedAt)
        .or(o::checkedAt);
    String checked = checkedAt.map(t -> CertificateModel.time(t, o.zone())).orElse(m.get("lot.notRecorded"));
    meta.add(row(m.get("lot.checked"), checked));
    if (!lot.parentLots().isEmpty()) {
      meta.add(row(m.get("lot.parents"), String.join(", ", lot.parentLots())));
    }
    meta.addAll(model.sourceRows());
    scope.put("meta", meta);

    List<Map<String, String>> lines = new ArrayList<>();
    for (CertificateModel.Line l : model.lines()) {
      Map<String, String> r = new LinkedHashMap<>();
      r.put("test", l.test());
      r.put("method", l.method());
      r.put("specification", l.specification());
      r.put("limit", l.limit());
      r.put("result", l.result());
      r.put("conclusion", m.get("conclusion." + l.conclusion().name()));
      r.put("conclusionCode", l.conclusion().name());
      lines.add(r);
    }
    scope.put("lines", lines);
    List<String> warnings = model.warnings();
    scope.put("warnings", warnings);
    scope.put("hasWarnings", !warnings.isEmpty());
    scope.put("verdict", model.verdict());
    scope.put("verdictCode", report.verdict().name());

    List<Map<String, String>> charts = new ArrayList<>();
    for (int i = 0; i < images.size(); i++) {
      ControlChartImage c = images.get(i);
      Map<String, String> r = new HashMap<>();
      r.put("index", Integer.toString(i));
      r.put("type", PdfWriter.CHART_TYPE);
      r.put("src", pdf ? "" : "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(c.svg()));
      r.put("alt", c.title());
      r.put("caption", m.get("charts.caption", c.criterionId()));
      charts.add(r);
    }
    scope.put("charts", charts);
    scope.put("pdf", pdf);

    List<Map<String, String>> provenance = new ArrayList<>();
    provenance.add(row(m.get("provenance.reportDigest"), reportDigest));
    if (report.provenance().isPresent()) {
      Provenance p = report.provenance().get();
      provenance.add(row(m.get("provenance.library"), p.libraryName() + " " + p.libraryVersion()));
      provenance.add(row(m.get("provenance.checked"), checked));
      p.checkedBy().ifPresent(by -> provenance.add(row(m.get("provenance.checkedBy"), by)));
      for (InputDigest d : p.inputs()) {
        String label = d.role().name().toLowerCase(java.util.Locale.ROOT) + " " + d.id()
            + d.version().map(v -> "@" + v).orElse("");
        provenance.add(row(m.get("provenance.input", label), d.sha256().orElse(m.get("provenance.noDigest"))));
      }
    } else {
      provenance.add(row(m.get("provenance.library"), m.get("lot.notRecorded")));
      provenance.add(row(m.get("provenance.checked"), checked));
      provenance.add(row(m.get("provenance.input", "product " + product.id() + "@" + product.version()),
          JSON.sha256(product)));
      provenance.add(row(m.get("provenance.input", "lot " + lot.id()), JSON.sha256(lot)));
    }
    o.inputDigests().forEach((k, v) -> provenance.add(row(m.get("provenance.input", k), v)));
    provenance.add(row(m.get("provenance.renderedBy"), "paracrine-documents " + VERSION));
    scope.put("provenance", provenance);

    List<Map<String, String>> signatures = new ArrayList<>();
    for (ReportSignature sig : report.signatures()) {
      Map<String, String> s = new HashMap<>();
      s.put("meaning", m.get("signature.meaning." + sig.meaning().name()));
      s.put("name", sig.signer());
      s.put("time", CertificateModel.time(sig.signedAt(), o.zone()));
      s.put("signature", m.get("signature.electronic", sig.algorithm(), sig.keyId().orElse("—")));
      signatures.add(s);
    }
    // blank lines for the signatures still to be given on paper: review, and release by the authorised person
    for (SignatureMeaning needed : List.of(SignatureMeaning.REVIEWED, SignatureMeaning.RESPONSIBLE)) {
      boolean given = report.signatures().stream().anyMatch(x -> x.meaning() == needed
          || needed == SignatureMeaning.RESPONSIBLE && x.meaning() == SignatureMeaning.APPROVED);
      if (!given) {
        Map<String, String> s = new HashMap<>();
        s.put("meaning", m.get("signature.meaning." + needed.name()));
        s.put("name", "");
        s.put("time", "");
        s.put("signature", "");
        signatures.add(s);
      }
    }
    scope.put("signatures", signatures);
    StringWriter w = new StringWriter(64 * 1024);
    MUSTACHE.execute(w, scope);
    return w.toString();
  }

  private static Map<String, String> row(String label, String value) {
    Map<String, String> r = new LinkedHashMap<>();
    r.put("label", label);
    r.put("value", value);
    return r;
  }

  private static String readVersion() {
    try (InputStream in = Certificates.class.getResourceAsStream("internal/version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the library version", e);
    }
  }
}
