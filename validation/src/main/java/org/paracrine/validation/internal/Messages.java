package org.paracrine.validation.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.paracrine.validation.FindingCode;

/** Formats finding messages from the English resource bundle {@code org.paracrine.validation.FindingMessages}. */
public final class Messages {
  private static final ResourceBundle BUNDLE =
      ResourceBundle.getBundle("org.paracrine.validation.FindingMessages", Locale.ROOT);

  private Messages() {}

  /**
   * Formats the message of a code; arguments are inserted as text.
   *
   * @param code the finding code
   * @param args the arguments, {@code {0}}, {@code {1}}, ... in the template
   * @return the message
   */
  public static String format(FindingCode code, Object... args) {
    return formatKey(code.code(), args);
  }

  /**
   * Formats the template stored under a key.
   *
   * @param key the key
   * @param args the arguments
   * @return the message
   */
  public static String formatKey(String key, Object... args) {
    Object[] text = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      text[i] = String.valueOf(args[i]);
    }
    return new MessageFormat(BUNDLE.getString(key), Locale.ENGLISH).format(text);
  }

  /**
   * Tells whether the bundle has a template for a key.
   *
   * @param key the key
   * @return true if present
   */
  public static boolean has(String key) {
    return BUNDLE.containsKey(key);
  }
}
