package org.paracrine.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.paracrine.validation.internal.Messages;

/** Keeps {@code docs/finding-codes.md}, {@link FindingCode} and the message bundle in sync. */
class FindingCodeDocumentationTest {
  private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\| (.+) \\| (.+) \\|$", Pattern.MULTILINE);

  private static Map<String, String> documented() throws IOException {
    String md = Files.readString(Path.of("..", "docs", "finding-codes.md"), StandardCharsets.UTF_8);
    Map<String, String> rows = new LinkedHashMap<>();
    Matcher m = ROW.matcher(md);
    while (m.find()) {
      rows.put(m.group(1), m.group(2));
    }
    return rows;
  }

  @Test
  void everyCodeIsDocumentedWithItsMeaningAndNothingElseIs() throws IOException {
    Map<String, String> docs = documented();
    Map<String, String> enumCodes = Arrays.stream(FindingCode.values())
        .collect(Collectors.toMap(FindingCode::code, FindingCode::meaning, (a, b) -> a, LinkedHashMap::new));
    assertThat(docs.keySet()).containsExactlyInAnyOrderElementsOf(enumCodes.keySet());
    enumCodes.forEach((code, meaning) -> assertThat(docs.get(code)).as(code).isEqualTo(meaning));
  }

  @Test
  void codesAreStableUpperCaseDottedAndUnique() {
    assertThat(FindingCode.values()).extracting(FindingCode::code)
        .allMatch(c -> c.matches("[A-Z0-9_]+(\\.[A-Z0-9_]+)*")).doesNotHaveDuplicates();
    assertThat(FindingCode.COMPENDIAL_ENDOTOXIN_LIMIT_REQUIRED.code())
        .isEqualTo("COMPENDIAL.ENDOTOXIN.LIMIT_REQUIRED");
    assertThat(FindingCode.COMPENDIAL_ENDOTOXIN_LIMIT_REQUIRED.family()).isEqualTo("COMPENDIAL");
  }

  @Test
  void everyCodeHasAnEnglishMessageTemplate() {
    assertThat(FindingCode.values()).allSatisfy(c -> assertThat(Messages.has(c.code())).as(c.code()).isTrue());
  }
}
