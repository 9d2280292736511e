package org.paracrine.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.paracrine.core.lot.ReferenceSeries;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ControlChartsTest {
  private static final SampleGel GEL = new SampleGel();

  private static Document parse(byte[] svg) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
  }

  private static List<Element> points(Document svg) {
    List<Element> out = new ArrayList<>();
    NodeList groups = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
    for (int i = 0; i < groups.getLength(); i++) {
      Element g = (Element) groups.item(i);
      if (List.of(g.getAttribute("class").split(" ")).contains("point")) {
        out.add(g);
      }
    }
    return out;
  }

  private static ControlChartImage chart(List<ControlChartImage> charts, String criterion) {
    return charts.stream().filter(c -> c.criterionId().equals(criterion)).findFirst().orElseThrow();
  }

  @Test
  void theSvgIsValidXmlWithOnePointPerLotInTimeOrderAndTheNewLotLast() throws Exception {
    List<ControlChartImage> charts = ControlCharts.render(GEL.series, GEL.drifting, GEL.consistency, Locale.ENGLISH);
    assertThat(charts).extracting(ControlChartImage::criterionId)
        .containsExactly("vegfa-consistency", "hgf-consistency", "il6-consistency", "timp1-per-protein",
            "pge2-consistency");
    List<Element> points = points(parse(chart(charts, "vegfa-consistency").svg()));
    assertThat(points).hasSize(GEL.series.entries().size() + 1);
    List<String> expected = new ArrayList<>(GEL.series.entries().stream().map(e -> e.lotId()).toList());
    expected.add(GEL.drifting.id());
    assertThat(points).extracting(e -> e.getAttribute("data-lot")).containsExactlyElementsOf(expected);
    assertThat(points.get(points.size() - 1).getAttribute("class")).contains("new-lot");
  }

  @Test
  void theNinePointsOfTheFiredNelsonTest2AreMarkedAndLabelledAndNoOtherPointIs() throws Exception {
    ControlChartImage vegfa = chart(ControlCharts.render(GEL.series, GEL.drifting, GEL.consistency,
        Locale.ENGLISH), "vegfa-consistency");
    assertThat(vegfa.firedRules()).containsExactly(2);
    Document svg = parse(vegfa.svg());
    List<Element> points = points(svg);
    List<Element> fired = points.stream().filter(e -> e.getAttribute("class").contains("fired")).toList();
    assertThat(fired).hasSize(9);
    assertThat(fired).allSatisfy(e -> assertThat(e.getAttribute("data-rules")).isEqualTo("NELSON_2"));
    assertThat(fired).containsExactlyElementsOf(points.subList(points.size() - 9, points.size()));
    assertThat(fired).allSatisfy(e -> assertThat(e.getTextContent()).contains("N2"));
  }

  @Test
  void aConformingLotHasNoMarkedPoint() throws Exception {
    ControlChartImage vegfa = chart(ControlCharts.render(GEL.series, GEL.conforming, GEL.consistency,
        Locale.ENGLISH), "vegfa-consistency");
    assertThat(vegfa.firedRules()).isEmpty();
    assertThat(points(parse(vegfa.svg()))).noneMatch(e -> e.getAttribute("class").contains("fired"));
  }

  @Test
  void censoredReferenceValuesAreDrawnAsIntervalsNotAsPoints() throws Exception {
    List<Element> points = points(parse(chart(ControlCharts.render(GEL.series, GEL.drifting, GEL.consistency,
        Locale.ENGLISH), "pge2-consistency").svg()));
    List<Element> censored = points.stream().filter(e -> e.getAttribute("class").contains("censored")).toList();
    assertThat(censored).extracting(e -> e.getAttribute("data-lot")).containsExactly("UCGEL-24-002",
        "UCGEL-24-011");
    assertThat(censored).allSatisfy(e -> {
      assertThat(e.getElementsByTagNameNS("http://www.w3.org/2000/svg", "circle").getLength()).isZero();
      assertThat(e.getElementsByTagNameNS("http://www.w3.org/2000/svg", "line").getLength()).isPositive();
      assertThat(e.getAttribute("data-value")).isEqualTo("[0, 50]");
    });
  }

  @Test
  void theCentreLineAndTheThreeSigmaLimitsComeFromTheReferenceAlone() throws Exception {
    String svg = new String(chart(ControlCharts.render(GEL.series, GEL.drifting, GEL.consistency, Locale.ENGLISH),
        "vegfa-consistency").svg(), java.nio.charset.StandardCharsets.UTF_8);
    // reference mean 1024, SD 33.1075 pg/mL (20 lots): +3σ = 1123.3, −3σ = 924.68
    assertThat(svg).contains("CL  1024").contains("+3σ  1123.3").contains("−3σ  924.68")
        .contains("Reference uc-gel-composition-reference@2025-08, n = 20");
  }

  @Test
  void thePngOfTheChartIsNotBlankAndMatchesTheSvgSize() throws Exception {
    ControlChartImage vegfa = chart(ControlCharts.render(GEL.series, GEL.drifting, GEL.consistency,
        Locale.ENGLISH), "vegfa-consistency");
    byte[] png = vegfa.png();
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image.getWidth()).isEqualTo(1440);
    assertThat(image.getHeight()).isEqualTo(680);
    assertThat(Images.inkFraction(image)).isBetween(0.01, 0.6);
    if (Boolean.getBoolean("paracrine.regenerate")) {
      Path dir = Path.of("..", "docs", "images");
      Files.createDirectories(dir);
      Files.write(dir.resolve("control-chart-UCGEL-25-021-vegfa.png"), png);
      Files.write(dir.resolve("control-chart-UCGEL-25-021-vegfa.svg"), vegfa.svg());
    }
  }

  @Test
  void stackingWritesEveryChartOfALotIntoOneSvg() throws Exception {
    List<ControlChartImage> charts = ControlCharts.render(GEL.series, GEL.drifting, GEL.consistency,
        Locale.ENGLISH);
    Document svg = parse(ControlCharts.svg(charts, "UCGEL-25-021"));
    assertThat(points(svg)).hasSize(charts.size() * (GEL.series.entries().size() + 1));
    assertThatThrownBy(() -> ControlCharts.svg(List.of(), "x")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no chart to write");
  }

  @Test
  void aSeriesOfAnotherProductIsRefused() {
    ReferenceSeries other = ReferenceSeries.builder().from(GEL.series).productId("another-product").build();
    assertThatThrownBy(() -> ControlCharts.render(other, GEL.drifting, GEL.consistency, Locale.ENGLISH))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is of product another-product");
  }
}
