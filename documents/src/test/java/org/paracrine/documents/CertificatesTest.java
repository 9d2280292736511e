package org.paracrine.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;
import org.paracrine.core.report.InputDigest;
import org.paracrine.core.report.Provenance;
import org.paracrine.core.report.ReportSignature;
import org.paracrine.core.report.SignatureMeaning;
import org.paracrine.core.lot.Lot;
import org.paracrine.core.product.SecretomeProduct;
import org.paracrine.core.vocabulary.QualityAttribute;
import org.paracrine.core.report.ReleaseReport;
import org.paracrine.core.report.Verdict;
import org.paracrine.documents.internal.CertificateModel;
import org.paracrine.documents.internal.Messages;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class CertificatesTest {
  private static final SampleGel GEL = new SampleGel();

  static String text(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }

  static String squeeze(String s) {
    return s.replaceAll("\\s+", " ");
  }

  @Test
  void thePdfReadBackHasEveryCriterionLineTheVerdictTheSpecVersionsTheDigestAndTheBelowLoqWording()
      throws Exception {
    Lot lot = GEL.conformingWithPge2BelowLoq();
    ReleaseReport report = GEL.check(lot);
    byte[] pdf = Certificates.render(report, GEL.product, lot, GEL.options(CertificateFormat.PDF).build());
    String text = squeeze(text(pdf));

    List<CertificateModel.Line> lines = new CertificateModel(report, GEL.product, lot,
        List.of(GEL.release, GEL.consistency), new Messages(Locale.ENGLISH)).lines();
    assertThat(lines).hasSizeGreaterThan(20);
    // cells wrap (and break at hyphens) inside their column, so compare without white space: the whole line,
    // cell after cell, must be there in order
    String dense = text.replaceAll("\\s", "");
    for (CertificateModel.Line l : lines) {
      String expected = (l.test() + l.method() + l.specification() + l.limit() + l.result()
          + new Messages(Locale.ENGLISH).get("conclusion." + l.conclusion().name())).replaceAll("\\s", "");
      assertThat(dense).as("line %s", l).contains(expected);
    }
    assertThat(text).contains("uc-gel-release@1").contains("uc-gel-composition-consistency@1")
        .contains("≤ 1.0 EU/mL").contains("≥ 50 µg/mL").contains("Nelson tests 1, 2, 3, 5, 6")
        .contains("< LOQ 15.6 pg/mL").doesNotContain("PGE2 (per mL) ELISA uc-gel-composition-consistency@1 "
            + "within ±50 % of the reference mean 0");
    // below the LOQ of 15.6 pg/mL is entirely below the ±50 % margin around the reference mean 92.2 pg/mL
    assertThat(report.verdict()).isEqualTo(Verdict.REJECT);
    assertThat(dense).contains("prostaglandinE2(permillilitreofproduct)".replace(" ", "")
        + "liquidchromatography-tandemmassspectrometryuc-gel-composition-consistency@1Nelsontest1;within±50%"
        + "ofthereferencemean<LOQ15.6pg/mLdoesnotconform");
    assertThat(text).contains("The lot does not conform to specification uc-gel-composition-consistency@1.");
    assertThat(text.replace(" ", "")).contains(SampleGel.JSON.sha256(report));
  }

  @Test
  void aConformingLotIsWordedAsConformingToEverySpecificationAndNeverAsReleased() throws Exception {
    ReleaseReport report = GEL.check(GEL.conforming);
    assertThat(report.verdict()).isEqualTo(Verdict.RELEASE);
    String text = squeeze(text(Certificates.render(report, GEL.product, GEL.conforming,
        GEL.options(CertificateFormat.PDF).build())));
    String verdict = "The lot conforms to specifications paracrine.isct-2006-msc-identity@2.0.0, "
        + "paracrine.compendial-safety@2.1.0, paracrine.donor-eligibility-21cfr1271@2.0.0, "
        + "paracrine.bioprocess-completeness@2.1.0, uc-gel-release@1, uc-gel-composition-consistency@1.";
    // the verdict box wraps (at hyphens too): compare without white space
    assertThat(text.replaceAll("\\s", "")).contains(verdict.replaceAll("\\s", ""));
    assertThat(text).contains("The software does not release a lot").doesNotContain("RELEASE");
  }

  @Test
  void aRejectedLotIsWordedAsNotConformingToTheSpecificationThatFailedAndItsFailingLineSaysSo() throws Exception {
    ReleaseReport report = GEL.check(GEL.drifting);
    assertThat(report.verdict()).isEqualTo(Verdict.REJECT);
    String text = squeeze(text(Certificates.render(report, GEL.product, GEL.drifting,
        GEL.options(CertificateFormat.PDF).build())));
    assertThat(text).contains("The lot does not conform to specification uc-gel-composition-consistency@1.")
        .contains("does not conform");
  }

  @Test
  void thePdfEmbedsItsFontsAndDeclaresAnSrgbOutputIntent() throws Exception {
    ReleaseReport report = GEL.check(GEL.conforming);
    byte[] pdf = Certificates.render(report, GEL.product, GEL.conforming, GEL.options(CertificateFormat.PDF).build());
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getDocumentCatalog().getOutputIntents()).isNotEmpty();
      assertThat(doc.getDocumentCatalog().getMetadata()).isNotNull();
      List<PDFont> fonts = new java.util.ArrayList<>();
      for (var page : doc.getPages()) {
        collectFonts(page.getResources(), fonts);
      }
      assertThat(fonts).isNotEmpty();
      assertThat(fonts).allSatisfy(f -> assertThat(f.isEmbedded()).as(f.getName()).isTrue());
    }
  }

  /** Fonts of a resource dictionary and of every form XObject in it (the charts are drawn into forms). */
  private static void collectFonts(org.apache.pdfbox.pdmodel.PDResources resources, List<PDFont> out)
      throws java.io.IOException {
    if (resources == null) {
      return;
    }
    for (var name : resources.getFontNames()) {
      out.add(resources.getFont(name));
    }
    for (var name : resources.getXObjectNames()) {
      if (resources.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) {
        collectFonts(form.getResources(), out);
      }
    }
  }

  @Test
  void theHtmlIsWellFormedXhtmlWithOneRowPerCriterionAndTheChartsEmbeddedAsSvg() throws Exception {
    ReleaseReport report = GEL.check(GEL.conforming);
    byte[] html = Certificates.render(report, GEL.product, GEL.conforming,
        GEL.options(CertificateFormat.HTML).build());
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(html));
    int expected = new CertificateModel(report, GEL.product, GEL.conforming,
        List.of(GEL.release, GEL.consistency), new Messages(Locale.ENGLISH)).lines().size();
    NodeList rows = doc.getElementsByTagName("tbody").item(0).getChildNodes();
    int count = 0;
    for (int i = 0; i < rows.getLength(); i++) {
      if ("tr".equals(rows.item(i).getNodeName())) {
        count++;
      }
    }
    assertThat(count).isEqualTo(expected);
    String s = new String(html, StandardCharsets.UTF_8);
    assertThat(s).contains("data:image/svg+xml;base64,").contains("The lot conforms to specification");
    assertThat(html).isEqualTo(Certificates.render(report, GEL.product, GEL.conforming,
        GEL.options(CertificateFormat.HTML).build()));
  }

  @Test
  void labelsAreLocalisedWhileDataAndUnitsStayAsRecorded() {
    ReleaseReport report = GEL.check(GEL.conforming);
    String s = new String(Certificates.render(report, GEL.product, GEL.conforming,
        GEL.options(CertificateFormat.HTML).locale(Locale.GERMAN).build()), StandardCharsets.UTF_8);
    assertThat(s).contains("Analysenzertifikat").contains("Die Charge entspricht den Spezifikationen")
        .contains("uc-gel-release@1").contains("EU/mL");
  }

  @Test
  void aMissingRequiredResultIsNotTestedAndTheConformanceIsNotDetermined() throws Exception {
    Lot lot = Lot.builder().from(GEL.conforming).testResults(GEL.conforming.testResults().stream()
        .filter(t -> !t.attribute().is(QualityAttribute.ENDOTOXIN)).toList()).build();
    ReleaseReport report = GEL.check(lot);
    assertThat(report.verdict()).isEqualTo(Verdict.INCOMPLETE);
    String dense = text(Certificates.render(report, GEL.product, lot, GEL.options(CertificateFormat.PDF).build()))
        .replaceAll("\\s", "");
    assertThat(dense).contains("uc-gel-release@1≤1.0EU/mLnoresultnottested")
        .contains("Conformancetospecificationuc-gel-release@1isnotdetermined:requiredresultsaremissing.");
  }

  @Test
  void markupInRecordTextIsEscapedNotInterpreted() throws Exception {
    SecretomeProduct product = SecretomeProduct.builder().from(GEL.product)
        .name("Gel <script>alert(1)</script> & \"co\"").build();
    ReleaseReport report = GEL.checker.check(product, GEL.conforming);
    byte[] html = Certificates.render(report, product, GEL.conforming, GEL.options(CertificateFormat.HTML).build());
    String s = new String(html, StandardCharsets.UTF_8);
    assertThat(s).doesNotContain("<script>").contains("&lt;script&gt;");
    DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(html));
    String text = squeeze(text(Certificates.render(report, product, GEL.conforming,
        GEL.options(CertificateFormat.PDF).build())));
    assertThat(text).contains("Gel <script>alert(1)</script> & \"co\"");
  }

  @Test
  void aReportOfAnotherLotIsRefusedWithBothLotIdsNamed() {
    ReleaseReport report = GEL.check(GEL.drifting);
    assertThatThrownBy(() -> Certificates.render(report, GEL.product, GEL.conforming,
        GEL.options(CertificateFormat.HTML).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the report is of lot UCGEL-25-021, not of lot UCGEL-25-003");
  }

  @Test
  void provenanceShowsTheReportsCheckTimeAndTheDigestOfEveryInput() throws Exception {
    ReleaseReport report = GEL.check(GEL.conforming);
    Provenance p = report.provenance().orElseThrow();
    String dense = text(Certificates.render(report, GEL.product, GEL.conforming,
        GEL.options(CertificateFormat.PDF).build())).replaceAll("\\s", "");
    assertThat(dense).contains("2025-09-12T08:30:00Z").contains(p.libraryName() + p.libraryVersion());
    List<String> digests = p.inputs().stream().map(InputDigest::sha256).flatMap(java.util.Optional::stream).toList();
    assertThat(digests).hasSizeGreaterThan(3);
    assertThat(digests).allSatisfy(d -> assertThat(dense).contains(d));
  }

  @Test
  void theQrCodeHoldsTheReportDigest() throws Exception {
    ReleaseReport report = GEL.check(GEL.conforming);
    byte[] html = Certificates.render(report, GEL.product, GEL.conforming,
        GEL.options(CertificateFormat.HTML).build());
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    NodeList images = f.newDocumentBuilder().parse(new ByteArrayInputStream(html)).getElementsByTagName("img");
    String src = null;
    for (int i = 0; i < images.getLength(); i++) {
      Element img = (Element) images.item(i);
      if ("qr".equals(img.getAttribute("class"))) {
        src = img.getAttribute("src");
      }
    }
    assertThat(src).startsWith("data:image/png;base64,");
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(
        src.substring("data:image/png;base64,".length()))));
    int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
        new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
    assertThat(new QRCodeReader().decode(bitmap).getText()).isEqualTo("sha256:" + SampleGel.JSON.sha256(report));
  }

  @Test
  void signaturesOfTheReportFillTheirBlocksAndTheReleaseBlockStaysEmptyForAPerson() throws Exception {
    ReleaseReport report = GEL.check(GEL.conforming).withSignature(ReportSignature.builder()
        .signer("Dr. Ada Reviewer").signedAt(Instant.parse("2025-09-12T10:05:00Z"))
        .meaning(SignatureMeaning.REVIEWED).algorithm("ES256").keyId("qa-2025")
        .jws("eyJhbGciOiJFUzI1NiJ9..c2lnbmF0dXJl").build());
    String text = squeeze(text(Certificates.render(report, GEL.product, GEL.conforming,
        GEL.options(CertificateFormat.PDF).build())));
    assertThat(text).contains("Meaning: Reviewed (quality control / assurance)").contains("Dr. Ada Reviewer")
        .contains("2025-09-12T10:05:00Z").contains("signed electronically (JWS ES256, key qa-2025)")
        .contains("Meaning: Release (authorised person)");
    assertThat(text.indexOf("Meaning: Reviewed")).isEqualTo(text.lastIndexOf("Meaning: Reviewed"));
  }

  @Test
  void theFirstPageRendersToAnImageThatIsNotBlank() throws Exception {
    ReleaseReport report = GEL.check(GEL.drifting);
    byte[] pdf = Certificates.render(report, GEL.product, GEL.drifting, GEL.options(CertificateFormat.PDF).build());
    BufferedImage page;
    BufferedImage chartPage;
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(2);
      page = new PDFRenderer(doc).renderImageWithDPI(0, 110);
      // the criterion is named in the findings table and above its chart: the chart page is the one with most ink
      int charts = -1;
      chartPage = null;
      for (int i = 0; i < doc.getNumberOfPages(); i++) {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(i + 1);
        stripper.setEndPage(i + 1);
        if (stripper.getText(doc).contains("Criterion vegfa-consistency")) {
          BufferedImage candidate = new PDFRenderer(doc).renderImageWithDPI(i, 110);
          if (chartPage == null || Images.inkFraction(candidate) > Images.inkFraction(chartPage)) {
            chartPage = candidate;
            charts = i;
          }
        }
      }
      assertThat(charts).as("page with the VEGF-A chart").isPositive();
    }
    // the vector chart is drawn: a page of two charts carries about 3 % ink, a page of text alone (the signature
    // page) under 1 %
    assertThat(Images.inkFraction(chartPage)).isBetween(0.02, 0.8);
    assertThat(Images.inkFraction(page)).isBetween(0.02, 0.6);
    if (Boolean.getBoolean("paracrine.regenerate")) {
      Path dir = Path.of("..", "docs", "images");
      Files.createDirectories(dir);
      ImageIO.write(page, "png", dir.resolve("certificate-UCGEL-25-021-page1.png").toFile());
      ImageIO.write(chartPage, "png", dir.resolve("certificate-UCGEL-25-021-charts.png").toFile());
    }
  }
}
