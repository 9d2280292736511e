package org.paracrine.documents.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Localised labels of certificates and charts, from the resource bundle
 * {@code org.paracrine.documents.internal.labels} (English default; add {@code labels_xx.properties} for another
 * language). A missing key shows as {@code ??key??}, so a gap in a translation is visible, never silent.
 */
public final class Messages {
  private final ResourceBundle bundle;
  private final Locale locale;

  /**
   * Loads the labels for a locale.
   *
   * @param locale the locale
   */
  public Messages(Locale locale) {
    this.locale = locale;
    this.bundle = ResourceBundle.getBundle("org.paracrine.documents.internal.labels", locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /**
   * Returns the locale whose labels were found (the root bundle is English).
   *
   * @return the requested locale
   */
  public Locale locale() {
    return locale;
  }

  /**
   * Returns a label, formatted with arguments ({@link MessageFormat}).
   *
   * @param key the key
   * @param args the arguments
   * @return the text
   */
  public String get(String key, Object... args) {
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      return "??" + key + "??";
    }
    return new MessageFormat(pattern, locale).format(args);
  }
}
