package org.paracrine.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.paracrine.core.lot.Lot;

/** Strict reading reports every problem with its JSON Pointer and never leaks a Jackson exception. */
class StrictReadingTest {
  private final ParacrineJson json = ParacrineJson.strict();

  private List<Problem> problems(String text) {
    RecordFormatException e = catchThrowableOfType(RecordFormatException.class, () -> json.readLot(text));
    assertThat(e).as("expected a RecordFormatException for %s", text).isNotNull();
    return e.problems();
  }

  private static List<String> pointers(List<Problem> problems) {
    return problems.stream().map(Problem::pointer).collect(Collectors.toList());
  }

  @Test
  void everyStructuralProblemIsListedWithItsPointer() {
    String text = "{\"kind\":\"lot\",\"schemaVersion\":\"1.0\",\"id\":7,\"manufactureDate\":\"2025-13-01\","
        + "\"colour\":\"blue\",\"quantity\":{\"unit\":\"cells/mL\",\"value\":\"1\"},"
        + "\"parentLots\":[\"A\",null],\"testResults\":[{\"attribute\":\"\",\"extra\":1}]}";
    List<Problem> problems = problems(text);
    assertThat(pointers(problems)).contains("/id", "/manufactureDate", "/colour", "/quantity/unit",
        "/quantity/value", "/parentLots/1", "/testResults/0/attribute", "/testResults/0/extra", "/productId");
    assertThat(problems).extracting(Problem::type).contains(ProblemType.WRONG_TYPE, ProblemType.INVALID_VALUE,
        ProblemType.UNKNOWN_PROPERTY, ProblemType.MISSING_PROPERTY);
    assertThat(problems).allSatisfy(p -> assertThat(p.expected()).isNotBlank());
  }

  @Test
  void aWrongTypeSaysWhatWasExpected() {
    Problem p = problems("{\"kind\":\"lot\",\"schemaVersion\":\"1.0\",\"id\":\"L\",\"productId\":\"P\","
        + "\"manufactureDate\":20250101}").get(0);
    assertThat(p.type()).isEqualTo(ProblemType.WRONG_TYPE);
    assertThat(p.pointer()).isEqualTo("/manufactureDate");
    assertThat(p.expected()).contains("yyyy-MM-dd");
  }

  @Test
  void everyInvariantViolationIsLocatedAtItsObject() {
    String text = "{\"kind\":\"lot\",\"schemaVersion\":\"1.0\",\"id\":\"L1\",\"productId\":\"P\","
        + "\"manufactureDate\":\"2025-02-01\",\"expiryDate\":\"2025-01-01\",\"parentLots\":[\"L1\"],"
        + "\"evCharacterisation\":{\"guidelineVersion\":\"MISEV2018\",\"sizeDistribution\":{\"method\":\"NTA\","
        + "\"d10\":{\"unit\":\"nm\",\"value\":200},\"d50\":{\"unit\":\"nm\",\"value\":100}}}}";
    List<Problem> problems = problems(text);
    assertThat(problems).extracting(Problem::type).containsOnly(ProblemType.INVARIANT);
    assertThat(pointers(problems)).anySatisfy(p -> assertThat(p).startsWith("/evCharacterisation/sizeDistribution"));
  }

  @Test
  void invariantsOfTheDocumentItselfAreAllReportedWhenNestedObjectsAreValid() {
    String text = "{\"kind\":\"lot\",\"schemaVersion\":\"1.0\",\"id\":\"L1\",\"productId\":\"P\","
        + "\"manufactureDate\":\"2025-02-01\",\"expiryDate\":\"2025-01-01\"}";
    Problem p = problems(text).get(0);
    assertThat(p.type()).isEqualTo(ProblemType.INVARIANT);
    assertThat(p.pointer()).isEqualTo("/expiryDate");
    assertThat(p.expected()).contains("on or after manufactureDate");
  }

  @Test
  void theEnvelopeIsChecked() {
    assertThat(problems("{\"schemaVersion\":\"1.0\",\"id\":\"L\"}")).extracting(Problem::type)
        .contains(ProblemType.WRONG_KIND);
    assertThat(problems("{\"kind\":\"product\",\"schemaVersion\":\"1.0\"}").get(0).type())
        .isEqualTo(ProblemType.WRONG_KIND);
    assertThat(problems("{\"kind\":\"lot\",\"schemaVersion\":\"2.0\",\"id\":\"L\",\"productId\":\"P\","
        + "\"manufactureDate\":\"2025-01-01\"}").get(0).type()).isEqualTo(ProblemType.UNSUPPORTED_VERSION);
    assertThat(problems("{\"kind\":\"lot\",\"id\":\"L\",\"productId\":\"P\",\"manufactureDate\":\"2025-01-01\"}")
        .get(0).pointer()).isEqualTo("/schemaVersion");
  }

  @Test
  void aNewerMinorVersionIsReadable() {
    Lot lot = json.readLot("{\"kind\":\"lot\",\"schemaVersion\":\"1.7\",\"id\":\"L\",\"productId\":\"P\","
        + "\"manufactureDate\":\"2025-01-01\"}");
    assertThat(lot.id()).isEqualTo("L");
  }

  @Test
  void nullIsRejectedEvenForOptionalMembers() {
    Problem p = problems("{\"kind\":\"lot\",\"schemaVersion\":\"1.0\",\"id\":\"L\",\"productId\":\"P\","
        + "\"manufactureDate\":\"2025-01-01\",\"expiryDate\":null}").get(0);
    assertThat(p.type()).isEqualTo(ProblemType.WRONG_TYPE);
    assertThat(p.pointer()).isEqualTo("/expiryDate");
  }

  @Test
  void aSyntaxErrorHasLineAndColumn() {
    Problem p = problems("{\"kind\":\"lot\",\n \"id\": tru}").get(0);
    assertThat(p.type()).isEqualTo(ProblemType.SYNTAX);
    assertThat(p.line()).isEqualTo(2);
    assertThat(p.column()).isPositive();
  }

  @Test
  void theMessageListsTheProblemsAndNoJacksonInternals() {
    RecordFormatException e = catchThrowableOfType(RecordFormatException.class,
        () -> json.readLot("{\"kind\":\"lot\",\"schemaVersion\":\"1.0\",\"x\":1}"));
    assertThat(e.getMessage()).contains("/x", "/id", "UNKNOWN_PROPERTY", "MISSING_PROPERTY")
        .doesNotContain("tools.jackson");
    assertThat(e.getCause()).isNull();
  }

  @Test
  void aDocumentThatIsNotAnObjectIsRejected() {
    assertThat(problems("[1,2]").get(0).type()).isEqualTo(ProblemType.WRONG_TYPE);
    assertThat(problems("").get(0).type()).isEqualTo(ProblemType.SYNTAX);
    assertThat(problems("{} {}").get(0).type()).isEqualTo(ProblemType.SYNTAX);
  }

  @Test
  void readAnyTakesTheKindFromTheDocument() {
    String text = json.write(Fixtures.specification());
    JsonRecord<?> record = json.readAny(text);
    assertThat(record.kind()).isEqualTo(DocumentKind.SPECIFICATION);
    assertThat(record.value()).isEqualTo(Fixtures.specification());
  }

  @Test
  void anUnsupportedEncodingIsASyntaxProblemNotAnIoError() {
    byte[] ucs4 = {0, 0, (byte) 0xFF, (byte) 0xFE, 0, 0, 0, '{'};
    RecordFormatException e = catchThrowableOfType(RecordFormatException.class, () -> json.readLot(ucs4));
    assertThat(e.problems().get(0).type()).isEqualTo(ProblemType.SYNTAX);
  }

  @Test
  void aFailingStreamIsAnIoErrorNotAFormatProblem() {
    java.io.InputStream failing = new java.io.InputStream() {
      @Override
      public int read() throws java.io.IOException {
        throw new java.io.IOException("disk gone");
      }
    };
    assertThat(catchThrowableOfType(java.io.UncheckedIOException.class, () -> json.readLot(failing)))
        .hasRootCauseMessage("disk gone");
  }
}
