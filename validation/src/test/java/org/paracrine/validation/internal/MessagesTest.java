package org.paracrine.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** The compiled message templates give exactly what {@link MessageFormat} gives. */
class MessagesTest {
  private static final ResourceBundle BUNDLE =
      ResourceBundle.getBundle("org.paracrine.validation.FindingMessages", Locale.ROOT);

  private static String reference(String pattern, Object... args) {
    Object[] text = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      text[i] = String.valueOf(args[i]);
    }
    return new MessageFormat(pattern, Locale.ENGLISH).format(text);
  }

  @Test
  void everyBundledTemplateFormatsAsMessageFormatDoes() {
    Object[] full = {"0.12 [IU]/mL", 42, null, List.of("a", "b"), "x{y}", "7", "eight"};
    Object[] few = {"only one"};
    for (String key : Collections.list(BUNDLE.getKeys())) {
      String pattern = BUNDLE.getString(key);
      assertThat(Messages.formatKey(key, full)).as(key).isEqualTo(reference(pattern, full));
      assertThat(Messages.formatKey(key, few)).as(key).isEqualTo(reference(pattern, few));
      assertThat(Messages.formatKey(key)).as(key).isEqualTo(reference(pattern));
    }
  }

  @Test
  void templatesWithQuotesOrFormatTypesFallBackToMessageFormat() {
    for (String pattern : List.of("it''s {0}", "'{0}' is {1}", "{0}{1}{0}", "plain",
        "{12} and {0}", "")) {
      Object[] args = {5, "b"};
      assertThat(Messages.Template.compile(pattern).format(args)).as(pattern).isEqualTo(reference(pattern, args));
    }
  }

  @Test
  void templatesWithZeroToNinePlaceholdersFormatAsMessageFormatDoes() {
    Object[] args = {"a", 1, null, "≤ 5 mL", new java.math.BigDecimal("1.50"), "x", "y", "z", "w"};
    Object[] few = {"only"};
    StringBuilder pattern = new StringBuilder("start");
    for (int n = 0; n <= 9; n++) {
      String p = pattern.toString();
      assertThat(Messages.Template.compile(p).format(args)).as(p).isEqualTo(reference(p, args));
      assertThat(Messages.Template.compile(p).format(few)).as(p).isEqualTo(reference(p, few));
      pattern.append(" {").append((n * 7) % 9).append("} part ").append(n);
    }
  }

  @Test
  void aTemplateIsNeverBlankExactlyWhenALiteralPartHasText() {
    for (String key : Collections.list(BUNDLE.getKeys())) {
      Messages.Template t = Messages.template(key);
      assertThat(t.neverBlank()).as(key).isTrue(); // every bundled message says something of its own
      assertThat(t.format(" ", "", "\t")).as(key).isNotBlank();
    }
    assertThat(Messages.Template.compile("{0}").neverBlank()).isFalse();
    assertThat(Messages.Template.compile(" {0} \t{1} ").neverBlank()).isFalse();
    assertThat(Messages.Template.compile(" {0} x").neverBlank()).isTrue();
    assertThat(Messages.Template.compile("").neverBlank()).isFalse();
    assertThat(Messages.Template.compile("it''s {0}").neverBlank()).isFalse(); // MessageFormat: checked when built
  }
}
