package org.paracrine.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.paracrine.core.lot.Lot;
import org.paracrine.core.report.ReleaseReport;
import org.paracrine.core.samples.ReferenceLots;
import org.paracrine.core.samples.ReferenceProducts;
import org.paracrine.serialization.ParacrineJson;
import org.paracrine.serialization.ProblemType;
import org.paracrine.serialization.RecordFormatException;
import org.paracrine.validation.ReleaseChecker;
import org.springframework.http.MediaType;
import org.springframework.mock.http.MockHttpInputMessage;
import org.springframework.mock.http.MockHttpOutputMessage;

/** Reading and writing with the converter, and the bounds it enforces before binding anything. */
class ParacrineHttpMessageConverterTest {
  private static final ParacrineJson JSON = ParacrineJson.strict();
  private final ParacrineHttpMessageConverter converter =
      new ParacrineHttpMessageConverter(JSON, 1_000_000, new RequestLimits(2, 5, 20));

  private static MockHttpInputMessage body(String text) {
    MockHttpInputMessage m = new MockHttpInputMessage(text.getBytes(StandardCharsets.UTF_8));
    m.getHeaders().setContentType(MediaType.APPLICATION_JSON);
    return m;
  }

  private static String strip(String document) {
    return document.replaceFirst("\"kind\":\"[a-z-]+\",\"schemaVersion\":\"1.0\",", "");
  }

  private Object read(Class<?> type, String text) throws Exception {
    return converter.read(type.asSubclass(Object.class), body(text));
  }

  @Test
  void aRequestWithoutEnvelopesIsReadWithItsDocumentsIntact() throws Exception {
    String text = "{\"product\":" + strip(JSON.write(ReferenceProducts.boneMarrowEvIntravenous())) + ",\"lot\":"
        + strip(JSON.write(ReferenceLots.boneMarrowEvIntravenous())) + "}";
    ReleaseCheckRequest r = (ReleaseCheckRequest) read(ReleaseCheckRequest.class, text);
    assertThat(r.product()).isEqualTo(ReferenceProducts.boneMarrowEvIntravenous());
    assertThat(r.lot()).isEqualTo(ReferenceLots.boneMarrowEvIntravenous());
    assertThat(r.specifications()).isEmpty();
  }

  @Test
  void everyProblemOfTheRequestIsReportedAtOnceWithPointersIntoTheRequest() {
    String lot = JSON.write(ReferenceLots.boneMarrowEvIntravenous()).replaceFirst("\\{", "{\"colour\":\"blue\",");
    String text = "{\"lot\":" + lot + ",\"extra\":1,\"specifications\":{}}";
    RecordFormatException e = catchThrowableOfType(RecordFormatException.class,
        () -> read(ReleaseCheckRequest.class, text));
    assertThat(e.problems()).extracting(p -> p.type() + " " + p.pointer()).containsExactlyInAnyOrder(
        "UNKNOWN_PROPERTY /extra", "MISSING_PROPERTY /product", "UNKNOWN_PROPERTY /lot/colour",
        "WRONG_TYPE /specifications");
  }

  @Test
  void tooManyTestResultsAreRefusedWith413NamingTheLimitBeforeAnythingIsBound() {
    String results = "[" + "{}, ".repeat(20) + "{}]";
    String text = "{\"product\":{},\"lot\":{\"testResults\":" + results + "}}";
    ReleaseCheckRequestException e = catchThrowableOfType(ReleaseCheckRequestException.class,
        () -> read(ReleaseCheckRequest.class, text));
    assertThat(e.status()).isEqualTo(413);
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.pointer()).isEqualTo("/lot/testResults");
      assertThat(p.message()).contains("21 test results");
      assertThat(p.expected()).contains("at most 20").contains("paracrine.request.max-test-results");
    });
  }

  @Test
  void tooManySpecificationsOrCriteriaAreRefusedWith413() {
    String spec = "{\"criteria\":[{},{},{}]}";
    String text = "{\"product\":{},\"lot\":{},\"specifications\":[" + spec + "," + spec + "," + spec + "]}";
    ReleaseCheckRequestException e = catchThrowableOfType(ReleaseCheckRequestException.class,
        () -> read(ReleaseCheckRequest.class, text));
    assertThat(e.problems()).extracting(p -> p.expected()).containsExactly(
        "at most 2 specifications per request (paracrine.request.max-specifications)",
        "at most 5 criteria per request (paracrine.request.max-criteria)");
  }

  @Test
  void aBodyOverTheLimitIsRefusedWith413WhetherOrNotItsLengthIsDeclared() {
    ParacrineHttpMessageConverter small = new ParacrineHttpMessageConverter(JSON, 100, RequestLimits.DEFAULTS);
    MockHttpInputMessage undeclared = body("{\"lot\":\"" + "x".repeat(200) + "\"}");
    assertThat(catchThrowableOfType(ReleaseCheckRequestException.class,
        () -> small.read(Lot.class.asSubclass(Object.class), undeclared)).status()).isEqualTo(413);
    MockHttpInputMessage declared = body("{}");
    declared.getHeaders().setContentLength(20_000_000);
    ReleaseCheckRequestException e = catchThrowableOfType(ReleaseCheckRequestException.class,
        () -> small.read(Lot.class.asSubclass(Object.class), declared));
    assertThat(e.problems().get(0).type()).isEqualTo(ProblemType.LIMIT);
    assertThat(e.problems().get(0).expected()).isEqualTo("at most 100 bytes (paracrine.http.max-body-size)");
  }

  @Test
  void aHugeExponentIsAProblemNotAValue() {
    String lot = JSON.write(ReferenceLots.boneMarrowEvIntravenous()).replaceFirst("\"value\":[0-9.E+]+",
        "\"value\":1E+999999999");
    RecordFormatException e = catchThrowableOfType(RecordFormatException.class, () -> read(Lot.class, lot));
    assertThat(e.problems()).isNotEmpty();
  }

  @Test
  void aWrittenReportReadsBackStrictlyWithTheSameDigest() throws Exception {
    ReleaseReport report = ReleaseChecker.withBuiltInProfiles().check(ReferenceProducts.boneMarrowEvIntravenous(),
        ReferenceLots.boneMarrowEvIntravenous());
    MockHttpOutputMessage out = new MockHttpOutputMessage();
    converter.write(report, MediaType.APPLICATION_JSON, out);
    assertThat(out.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
    assertThat(JSON.sha256(JSON.readReport(out.getBodyAsBytes()))).isEqualTo(JSON.sha256(report));
  }

  @Test
  void aRequestIsNeverWrittenAndOtherTypesAreLeftToOtherConverters() {
    assertThat(converter.canWrite(ReleaseCheckRequest.class, MediaType.APPLICATION_JSON)).isFalse();
    assertThat(converter.canRead(String.class, MediaType.APPLICATION_JSON)).isFalse();
    assertThat(converter.canRead(Lot.class, MediaType.TEXT_PLAIN)).isFalse();
    assertThat(converter.canWrite(ReleaseReport.class, MediaType.APPLICATION_JSON)).isTrue();
  }
}
