package org.paracrine.validation.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The quick reading of a scope's month and day gives what {@link MonthDay#parse} gives, value or exception. */
class ScopesTest {
  private static String outcome(java.util.function.Supplier<MonthDay> parse) {
    try {
      return parse.get().toString();
    } catch (RuntimeException e) {
      return e.getClass().getName();
    }
  }

  @Test
  void everyMonthAndDayAndMalformedTextReadsAsMonthDayParseReadsIt() {
    List<String> texts = new ArrayList<>();
    for (int month = 0; month <= 13; month++) {
      for (int day = 0; day <= 32; day++) {
        texts.add(String.format("--%02d-%02d", month, day));
      }
    }
    texts.addAll(List.of("--2-1", "--02-1", "-02-01", "--0a-01", "--02-1a", "x-02-03", "--02/03", "--02-03 ",
        "02-03", "", "--", "--+1-01", "--1٣-01", "--02-29", "--02-30", "--04-31", "--12-31"));
    int valid = 0;
    for (String text : texts) {
      String expected = outcome(() -> MonthDay.parse(text));
      assertThat(outcome(() -> Scopes.monthDay(text))).as(text).isEqualTo(expected);
      valid += expected.startsWith("--") ? 1 : 0;
    }
    assertThat(valid).isEqualTo(366 + 2);
  }
}
