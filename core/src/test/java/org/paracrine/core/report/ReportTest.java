package org.paracrine.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTest {

  private static Finding finding(Outcome outcome, Severity severity) {
    return Finding.builder().code("X.Y").outcome(outcome).severity(severity).path("").message("m").build();
  }

  @Test
  void anyErrorFailureRejects() {
    assertThat(Verdict.of(List.of(finding(Outcome.PASS, Severity.ERROR), finding(Outcome.MISSING, Severity.ERROR),
        finding(Outcome.FAIL, Severity.ERROR)))).isEqualTo(Verdict.REJECT);
  }

  @Test
  void missingRequiredDataWithoutFailureIsIncomplete() {
    assertThat(Verdict.of(List.of(finding(Outcome.PASS, Severity.ERROR), finding(Outcome.MISSING, Severity.ERROR),
        finding(Outcome.FAIL, Severity.WARNING)))).isEqualTo(Verdict.INCOMPLETE);
  }

  @Test
  void warningsAndMissingOptionalDataRelease() {
    assertThat(Verdict.of(List.of(finding(Outcome.WARN, Severity.WARNING), finding(Outcome.MISSING, Severity.INFO),
        finding(Outcome.FAIL, Severity.WARNING)))).isEqualTo(Verdict.RELEASE);
    assertThat(Verdict.of(List.of())).isEqualTo(Verdict.RELEASE);
  }

  @Test
  void theVerdictOfGeneratedFindingsIsTheSameInAnyKindOfCollection() {
    java.util.SplittableRandom r = new java.util.SplittableRandom(3);
    for (int i = 0; i < 2_000; i++) {
      List<Finding> findings = new java.util.ArrayList<>();
      boolean reject = false;
      boolean missing = false;
      for (int k = r.nextInt(6); k > 0; k--) {
        Outcome o = Outcome.values()[r.nextInt(Outcome.values().length)];
        Severity s = Severity.values()[r.nextInt(Severity.values().length)];
        findings.add(finding(o, s));
        reject |= s == Severity.ERROR && o == Outcome.FAIL;
        missing |= s == Severity.ERROR && o == Outcome.MISSING;
      }
      Verdict expected = reject ? Verdict.REJECT : missing ? Verdict.INCOMPLETE : Verdict.RELEASE;
      assertThat(Verdict.of(findings)).isEqualTo(expected);
      assertThat(Verdict.of(new java.util.LinkedList<>(findings))).isEqualTo(expected);
      assertThat(Verdict.of(new java.util.ArrayDeque<>(findings))).isEqualTo(expected);
    }
  }

  @Test
  void reportDefaultsItsVerdictFromTheFindings() {
    ReleaseReport r = ReleaseReport.builder().lotId("L1").addFinding(finding(Outcome.MISSING, Severity.ERROR))
        .build();
    assertThat(r.verdict()).isEqualTo(Verdict.INCOMPLETE);
    assertThat(r.findings(Outcome.MISSING)).hasSize(1);
    assertThat(r.findings(Outcome.FAIL)).isEmpty();
  }

  @Test
  void pointersEscapeTildeAndSlash() {
    assertThat(JsonPointer.of("testResults", 3, "value")).isEqualTo("/testResults/3/value");
    assertThat(JsonPointer.of("a/b", "m~n")).isEqualTo("/a~1b/m~0n");
    assertThat(JsonPointer.of()).isEmpty();
    assertThat(JsonPointer.append("/lot", "id")).isEqualTo("/lot/id");
    assertThat(JsonPointer.isValid("/a~1b/m~0n")).isTrue();
    assertThat(JsonPointer.isValid("")).isTrue();
    assertThat(JsonPointer.isValid("a")).isFalse();
    assertThat(JsonPointer.isValid("/a~2")).isFalse();
    assertThat(JsonPointer.isValid("/a~")).isFalse();
    assertThat(JsonPointer.isValid(null)).isFalse();
  }

  @Test
  void pointersAreTheEscapedTokensJoinedBySlashesForGeneratedTokens() {
    java.util.SplittableRandom r = new java.util.SplittableRandom(6901);
    String alphabet = "ab~/0_";
    for (int i = 0; i < 20_000; i++) {
      Object[] tokens = new Object[r.nextInt(5)];
      for (int t = 0; t < tokens.length; t++) {
        if (r.nextBoolean()) {
          tokens[t] = r.nextInt(-3, 600); // indexes, inside and outside the shared table
        } else {
          StringBuilder sb = new StringBuilder();
          for (int k = r.nextInt(4); k > 0; k--) {
            sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
          }
          tokens[t] = sb.toString();
        }
      }
      String base = r.nextBoolean() ? "" : "/lot";
      StringBuilder expected = new StringBuilder(base);
      for (Object t : tokens) {
        expected.append('/').append(String.valueOf(t).replace("~", "~0").replace("/", "~1"));
      }
      String pointer = JsonPointer.append(base, tokens);
      assertThat(pointer).isEqualTo(expected.toString());
      assertThat(JsonPointer.isValid(pointer)).isTrue();
    }
    assertThatThrownBy(() -> JsonPointer.append("", "a", null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> JsonPointer.append("", (Object) null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void completenessScoreIsSatisfiedOverApplicable() {
    CompletenessScore s = CompletenessScore.builder().checklistId("EV").checklistVersion("1")
        .addItem(item("a", true, true)).addItem(item("b", true, false)).addItem(item("c", true, true))
        .addItem(item("d", false, false)).build();
    assertThat(s.applicableCount()).isEqualTo(3);
    assertThat(s.satisfiedCount()).isEqualTo(2);
    assertThat(s.score()).isEqualByComparingTo("0.6667");
    assertThat(s.score().scale()).isEqualTo(4);
  }

  @Test
  void completenessScoreOfNothingApplicableIsZero() {
    CompletenessScore s = CompletenessScore.builder().checklistId("EV").checklistVersion("1")
        .addItem(item("d", false, false)).build();
    assertThat(s.score()).isEqualByComparingTo("0");
  }

  @Test
  void findingSummaryNamesOutcomeCodePathObservedExpectedAndSource() {
    Finding f = Finding.builder().code("USP85.ENDOTOXIN.ABOVE_LIMIT").outcome(Outcome.FAIL).severity(Severity.ERROR)
        .path("/lot/testResults/2/value").message("m").observed("0.9 [IU]/mL").expected("≤ 0.5 [IU]/mL")
        .source(org.paracrine.core.spec.Citation.of("USP <85>")).build();
    assertThat(f.toString()).isEqualTo("FAIL USP85.ENDOTOXIN.ABOVE_LIMIT /lot/testResults/2/value"
        + " observed=0.9 [IU]/mL expected=≤ 0.5 [IU]/mL source=USP <85>");
    assertThat(SpecificationRef.of("s", "2").toString()).isEqualTo("s@2");
  }

  @Test
  void findingCodesAreCheckedExactlyAsTheDocumentedPatternSays() {
    java.util.regex.Pattern documented = java.util.regex.Pattern.compile("[A-Z0-9_]+(\\.[A-Z0-9_]+)*");
    for (String code : List.of("X", "X.Y", "ISCT2006.POSITIVE_MARKER.OUT_OF_LIMIT", "A_1.B2", "", ".", "X.",
        ".X", "X..Y", "x.Y", "X-Y", "X Y", "\u00c4", "X.Y.", "_._")) {
      assertThat(Finding.isCode(code)).as(code).isEqualTo(documented.matcher(code).matches());
    }
  }

  @Test
  void aMessageIsBlankExactlyWhenStringIsBlankSaysSo() {
    String[] pieces = {"", " ", "\t", "\n", "\u2003", "\u00a0", "x", "≥", "\ud83d\ude00", "\u3000", "\r\n", "a b"};
    java.util.Random random = new java.util.Random(5L);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(5); k > 0; k--) {
        sb.append(pieces[random.nextInt(pieces.length)]);
      }
      String text = sb.toString();
      assertThat(Finding.hasText(text)).as("[%s]", text).isEqualTo(!text.isBlank());
    }
  }

  @Test
  void findingInvariantsHoldWhateverCodesAndPathsWereSeenBefore() {
    // remembered valid instances must never let an invalid string through, however many were seen before
    for (int i = 0; i < 3 * Finding.ValidStrings.SLOTS; i++) {
      Finding.builder().code("MEMO.CODE_" + i).outcome(Outcome.PASS).severity(Severity.INFO)
          .path("/lot/testResults/" + i + "/value").message("m").build();
      if (i % 500 == 0) {
        int n = i;
        assertThatThrownBy(() -> Finding.builder().code("memo.code_" + n).outcome(Outcome.PASS)
            .severity(Severity.INFO).path("").message("m").build())
            .isInstanceOf(org.paracrine.core.InvariantViolationException.class).hasMessageContaining("code");
        assertThatThrownBy(() -> Finding.builder().code("MEMO.CODE_" + n).outcome(Outcome.PASS)
            .severity(Severity.INFO).path("lot/testResults/" + n).message("m").build())
            .isInstanceOf(org.paracrine.core.InvariantViolationException.class).hasMessageContaining("path");
      }
    }
    Finding.ValidStrings memo = new Finding.ValidStrings(Finding::isCode);
    String valid = "A.B";
    String invalid = "a.b";
    assertThat(memo.valid(valid)).isTrue();
    assertThat(memo.holds(valid)).isTrue();
    assertThat(memo.valid(valid)).isTrue();
    assertThat(memo.valid(invalid)).isFalse();
    assertThat(memo.holds(invalid)).isFalse();
    assertThat(memo.valid(invalid)).isFalse();
    // an equal string that is another instance is tested, not taken from the table
    String copy = new String(valid.toCharArray());
    assertThat(memo.holds(copy)).isFalse();
    assertThat(memo.valid(copy)).isTrue();
    for (int i = 0; i < 10 * Finding.ValidStrings.SLOTS; i++) {
      assertThat(memo.valid("C" + i)).isTrue();
      assertThat(memo.valid("c" + i)).isFalse();
    }
    // strings that share a hash code ("Aa" and "BB") are each kept, in the next slots, up to the probe limit
    Finding.ValidStrings probing = new Finding.ValidStrings(JsonPointer::isValid);
    List<String> colliding = List.of("/x/AaAa", "/x/AaBB", "/x/BBAa", "/x/BBBB");
    assertThat(colliding.stream().mapToInt(String::hashCode).distinct().count()).isEqualTo(1);
    for (String c : colliding) {
      assertThat(probing.valid(c)).isTrue();
    }
    assertThat(colliding).allMatch(probing::holds);
    assertThat(probing.valid("x/AaAa")).isFalse();
  }

  @Test
  void aFindingOfASpecificationTheReportDoesNotListIsRejected() {
    Finding f = Finding.builder().code("X.Y").outcome(Outcome.PASS).severity(Severity.INFO).path("").message("m")
        .specification(SpecificationRef.of("other", "1")).build();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ReleaseReport.builder().lotId("L1")
        .addSpecification(SpecificationRef.of("mine", "1")).addFinding(f).build())
        .isInstanceOf(org.paracrine.core.InvariantViolationException.class)
        .hasMessageContaining("one of the report's specifications");
  }

  private static ChecklistItemResult item(String id, boolean applicable, boolean satisfied) {
    return ChecklistItemResult.builder().id(id).description(id).applicable(applicable).satisfied(satisfied).build();
  }
}
