package org.paracrine.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paracrine.core.product.SecretomeProduct;
import org.paracrine.core.samples.ReferenceProducts;

/**
 * The strict reader refuses a vocabulary code one typo away from a known code and a lab spelling of a UCUM unit,
 * saying what was meant; far codes stay accepted (open vocabulary); every broken invariant of a value is listed.
 */
class SafeDataEntryReadingTest {
  private final ParacrineJson strict = ParacrineJson.strict();
  private final String product =
      strict.writePretty(ReferenceProducts.lyophilisedBoneMarrowSecretomeIntraArticular());

  private List<Problem> problems(String text) {
    RecordFormatException e = catchThrowableOfType(RecordFormatException.class, () -> strict.readProduct(text));
    assertThat(e).as("expected a RecordFormatException").isNotNull();
    return e.problems();
  }

  @Test
  void aRouteWrittenWithoutItsHyphenIsRefusedWithTheKnownRoute() {
    String typo = product.replace("\"route\": \"intra-articular\"", "\"route\": \"intraarticular\"");
    assertThat(typo).isNotEqualTo(product);
    Problem p = problems(typo).get(0);
    assertThat(p.type()).isEqualTo(ProblemType.INVALID_VALUE);
    assertThat(p.pointer()).matches("/regimens/\\d+/route");
    assertThat(p.message()).isEqualTo("\"intraarticular\" is not a RouteOfAdministration code; did you mean"
        + " \"intra-articular\"?");
    assertThat(p.expected()).contains("a known RouteOfAdministration code such as \"intra-articular\"");
  }

  @Test
  void theLenientReaderKeepsTheSameCodeUnchanged() {
    String typo = product.replace("\"route\": \"intra-articular\"", "\"route\": \"intraarticular\"");
    SecretomeProduct read = ParacrineJson.lenient().readProduct(typo);
    assertThat(ParacrineJson.lenient().writePretty(read)).isEqualTo(typo);
  }

  @Test
  void aCodeFarFromEveryKnownCodeIsStillAcceptedAndWrittenBack() {
    String newRoute = product.replace("\"route\": \"intra-articular\"", "\"route\": \"intranodal-lymphatic\"");
    SecretomeProduct read = strict.readProduct(newRoute);
    assertThat(strict.writePretty(read)).isEqualTo(newRoute);
  }

  @Test
  void aDegreeCelsiusSignIsRefusedWithTheUcumCode() {
    String degrees = product.replaceFirst("\"unit\": \"Cel\"", "\"unit\": \"°C\"");
    assertThat(degrees).isNotEqualTo(product);
    Problem p = problems(degrees).get(0);
    assertThat(p.pointer()).endsWith("/unit");
    assertThat(p.message()).isEqualTo("\"°C\" is not a valid UCUM unit; did you mean \"Cel\"?");
    assertThat(p.expected()).isEqualTo("the UCUM code \"Cel\"");
  }

  @Test
  void everyBrokenInvariantOfALotIsListedWithItsPointer() {
    RecordFormatException e = catchThrowableOfType(RecordFormatException.class, () -> strict.readLot(
        "{\"kind\":\"lot\",\"schemaVersion\":\"1.0\",\"id\":\"L1\",\"productId\":\" \","
            + "\"manufactureDate\":\"2025-02-01\",\"expiryDate\":\"2025-01-01\",\"parentLots\":[\"L1\"]}"));
    assertThat(e.problems()).extracting(Problem::type).containsOnly(ProblemType.INVARIANT);
    assertThat(e.problems()).extracting(Problem::pointer).containsExactly("/productId", "/expiryDate",
        "/parentLots");
  }
}
