package org.paracrine.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.time.Instant;
import org.paracrine.core.lot.Lot;
import org.paracrine.core.product.SecretomeProduct;
import org.paracrine.core.report.ReleaseReport;
import org.paracrine.core.report.ReportSignature;
import org.paracrine.core.report.SignatureMeaning;
import org.paracrine.serialization.ParacrineJson;
import org.paracrine.validation.ReleaseChecker;
import org.paracrine.validation.profiles.BuiltInProfiles;
import picocli.CommandLine;

/** {@code paracrine certificate} and {@code paracrine compare --chart} on the sample gel records. */
class CertificateCommandTest {
  private static final Path DATA = Path.of("..", "data");

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = ParacrineCli.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  private static String[] gelInputs(String format, Path dir) {
    return new String[] {"certificate", "--format", format, "--output", dir.toString(),
        DATA.resolve("products").toString(), DATA.resolve("specifications").toString(),
        DATA.resolve("composition").toString(), DATA.resolve("lots/03-uc-gel-conforming.json").toString()};
  }

  @Test
  void onePdfPerLotIsWrittenNamedAfterTheLotAndTheExitCodeFollowsTheVerdicts(@TempDir Path dir) throws Exception {
    Run r = run(gelInputs("pdf", dir));
    // the composition directory holds the drifting lot UCGEL-25-021 (rejected by Nelson test 2)
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.REJECTED);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
          .containsExactly("UCGEL-25-003.pdf", "UCGEL-25-021.pdf");
    }
    assertThat(r.out()).contains("RELEASE    UCGEL-25-003 -> ").contains("REJECT     UCGEL-25-021 -> ")
        .contains("wrote 2 certificates: 1 conforming, 1 not conforming, 0 incomplete; 0 input problems");
    try (PDDocument doc = Loader.loadPDF(dir.resolve("UCGEL-25-003.pdf").toFile())) {
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
      assertThat(text).contains("Certificate of Analysis").contains("Lot UCGEL-25-003")
          .contains("uc-gel-release@1").contains("≤ 1.0 EU/mL");
    }
  }

  @Test
  void aStoredSignedReportAmongTheInputsIsRenderedWithItsSignatures(@TempDir Path dir) throws Exception {
    ParacrineJson json = ParacrineJson.strict();
    SecretomeProduct product = json.read(Files.readAllBytes(DATA.resolve("products/uc-msc-secretome-gel.json")),
        SecretomeProduct.class);
    Lot lot = json.read(Files.readAllBytes(DATA.resolve("lots/03-uc-gel-conforming.json")), Lot.class);
    ReleaseReport report = ReleaseChecker.builder().addProfiles(BuiltInProfiles.all()).build().check(product, lot)
        .withSignature(ReportSignature.builder().signer("Dr. Ada Reviewer")
            .signedAt(Instant.parse("2025-09-12T10:05:00Z")).meaning(SignatureMeaning.REVIEWED).algorithm("ES256")
            .jws("eyJhbGciOiJFUzI1NiJ9..c2lnbmF0dXJl").build());
    Path stored = dir.resolve("report.json");
    Files.writeString(stored, json.write(report));
    Path out = dir.resolve("out");
    Run r = run("certificate", "--output", out.toString(), DATA.resolve("products").toString(),
        DATA.resolve("lots/03-uc-gel-conforming.json").toString(), stored.toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).contains(String.format("%-10s UCGEL-25-003 -> ", report.verdict()))
        .contains("(stored report)");
    try (PDDocument doc = Loader.loadPDF(out.resolve("UCGEL-25-003.pdf").toFile())) {
      assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", " ")).contains("Dr. Ada Reviewer")
          .contains("2025-09-12T10:05:00Z");
    }
  }

  @Test
  void htmlCertificatesAreWellFormedXhtml(@TempDir Path dir) throws Exception {
    Run r = run(gelInputs("html", dir));
    assertThat(r.err()).isEmpty();
    Path html = dir.resolve("UCGEL-25-003.html");
    DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(html.toFile());
    assertThat(Files.readString(html, StandardCharsets.UTF_8)).contains("The lot conforms to specifications");
  }

  @Test
  void anUnknownFormatIsAUsageError(@TempDir Path dir) {
    Run r = run("certificate", "--format", "docx", "--output", dir.toString(), DATA.resolve("lots").toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).contains("error: --format must be html or pdf, was 'docx'");
  }

  @Test
  void aLotWhoseProductIsMissingIsReportedAndNoFileIsWritten(@TempDir Path dir) throws Exception {
    Run r = run("certificate", "--output", dir.toString(), DATA.resolve("lots/03-uc-gel-conforming.json")
        .toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).contains("error: lot UCGEL-25-003 refers to product uc-msc-secretome-gel@1, which is not"
        + " among the inputs");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.toList()).isEmpty();
    }
  }

  @Test
  void compareWritesTheControlChartsOfTheLotAsOneSvg(@TempDir Path dir) throws Exception {
    Path chart = dir.resolve("out.svg");
    Run r = run("compare", "--chart", chart.toString(), "--reference",
        DATA.resolve("composition/reference-series.json").toString(), "--spec",
        DATA.resolve("composition/consistency-specification.json").toString(),
        DATA.resolve("composition/drifting-lot.json").toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.REJECTED);
    assertThat(r.err()).contains("wrote control charts of lot UCGEL-25-021 to " + chart);
    var svg = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(chart.toFile());
    var groups = svg.getElementsByTagName("g");
    int fired = 0;
    for (int i = 0; i < groups.getLength(); i++) {
      String cls = ((org.w3c.dom.Element) groups.item(i)).getAttribute("class");
      if (List.of(cls.split(" ")).contains("fired")) {
        fired++;
      }
    }
    assertThat(fired).isEqualTo(9);
  }

  @Test
  void withSeveralLotsEachLotGetsItsOwnChartFile() {
    assertThat(ChartFiles.fileFor(Path.of("charts", "out.svg"), "UCGEL-25-021", true))
        .isEqualTo(Path.of("charts", "out-UCGEL-25-021.svg"));
    assertThat(ChartFiles.fileFor(Path.of("out.svg"), "a/b", false)).isEqualTo(Path.of("out.svg"));
    assertThat(ChartFiles.fileFor(Path.of("out"), "a/b", true)).isEqualTo(Path.of("out-a_b.svg"));
  }
}
