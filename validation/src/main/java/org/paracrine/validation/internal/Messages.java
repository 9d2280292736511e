package org.paracrine.validation.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import org.paracrine.validation.FindingCode;

/**
 * Formats finding messages from the English resource bundle {@code org.paracrine.validation.FindingMessages}.
 *
 * <p>Every finding of every report gets a message, so templates are compiled once per key and cached: a template
 * made only of literal text and {@code {n}} placeholders (all of them today) is formatted by direct substitution,
 * which gives exactly what {@link MessageFormat} gives for text arguments; any other template (quotes, format
 * types) falls back to {@link MessageFormat}.
 */
public final class Messages {
  private static final ResourceBundle BUNDLE =
      ResourceBundle.getBundle("org.paracrine.validation.FindingMessages", Locale.ROOT);
  private static final Map<String, Template> TEMPLATES = new ConcurrentHashMap<>();

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
    return template(key).format(args);
  }

  /**
   * Returns the compiled template stored under a key, for a caller that formats it for many findings and keeps it.
   *
   * @param key the key
   * @return the template
   * @throws java.util.MissingResourceException if the bundle has no such key
   */
  public static Template template(String key) {
    Template t = TEMPLATES.get(key);
    if (t == null) {
      t = TEMPLATES.computeIfAbsent(key, k -> Template.compile(BUNDLE.getString(k)));
    }
    return t;
  }

  /**
   * Cuts a text taken from input to a short prefix, so that a message never echoes a large value.
   *
   * @param s the text
   * @return the text, or its first 60 characters with its length
   */
  public static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 60) + "... (" + s.length() + " characters)";
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

  /**
   * A compiled template: literal parts and argument indexes, or null parts for the {@link MessageFormat} fallback.
   * Immutable; thread-safe.
   */
  public static final class Template implements org.paracrine.core.report.MessageTemplate {
    private final String pattern;
    private final String[] literals;
    private final int[] indexes;
    private final boolean neverBlank;

    private Template(String pattern, String[] literals, int[] indexes) {
      this.pattern = pattern;
      this.literals = literals;
      this.indexes = indexes;
      boolean text = false;
      if (literals != null) {
        for (String l : literals) {
          text |= !l.isBlank();
        }
      }
      this.neverBlank = text;
    }

    /** Splits {@code a {0} b {1} c} into literals {@code "a ", " b ", " c"} and indexes {@code 0, 1}. */
    static Template compile(String pattern) {
      if (pattern.indexOf('\'') >= 0) {
        return new Template(pattern, null, null);
      }
      java.util.List<String> literals = new java.util.ArrayList<>();
      java.util.List<Integer> indexes = new java.util.ArrayList<>();
      int from = 0;
      int open;
      while ((open = pattern.indexOf('{', from)) >= 0) {
        int close = pattern.indexOf('}', open);
        if (close < 0 || close == open + 1 || close - open > 3) {
          return new Template(pattern, null, null);
        }
        for (int i = open + 1; i < close; i++) {
          if (pattern.charAt(i) < '0' || pattern.charAt(i) > '9') {
            return new Template(pattern, null, null);
          }
        }
        literals.add(pattern.substring(from, open));
        indexes.add(Integer.parseInt(pattern.substring(open + 1, close)));
        from = close + 1;
      }
      if (pattern.indexOf('}', from) >= 0) {
        return new Template(pattern, null, null);
      }
      literals.add(pattern.substring(from));
      return new Template(pattern, literals.toArray(new String[0]),
          indexes.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * Formats the template; arguments are inserted as text.
     *
     * @param args the arguments, {@code {0}}, {@code {1}}, ... in the template
     * @return the message
     */
    @Override
    public String format(Object... args) {
      if (literals == null) {
        Object[] text = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
          text[i] = String.valueOf(args[i]);
        }
        return new MessageFormat(pattern, Locale.ENGLISH).format(text);
      }
      // up to six placeholders (every template today): one concatenation expression, which the compiler turns
      // into a single exact-size allocation of the text with no array of parts
      String[] l = literals;
      switch (indexes.length) {
        case 0:
          return l[0];
        case 1:
          return l[0] + arg(args, 0) + l[1];
        case 2:
          return l[0] + arg(args, 0) + l[1] + arg(args, 1) + l[2];
        case 3:
          return l[0] + arg(args, 0) + l[1] + arg(args, 1) + l[2] + arg(args, 2) + l[3];
        case 4:
          return l[0] + arg(args, 0) + l[1] + arg(args, 1) + l[2] + arg(args, 2) + l[3] + arg(args, 3) + l[4];
        case 5:
          return l[0] + arg(args, 0) + l[1] + arg(args, 1) + l[2] + arg(args, 2) + l[3] + arg(args, 3) + l[4]
              + arg(args, 4) + l[5];
        case 6:
          return l[0] + arg(args, 0) + l[1] + arg(args, 1) + l[2] + arg(args, 2) + l[3] + arg(args, 3) + l[4]
              + arg(args, 4) + l[5] + arg(args, 5) + l[6];
        default:
          String[] parts = new String[2 * indexes.length + 1];
          for (int i = 0; i < indexes.length; i++) {
            parts[2 * i] = l[i];
            parts[2 * i + 1] = arg(args, i);
          }
          parts[2 * indexes.length] = l[indexes.length];
          return String.join("", parts);
      }
    }

    /**
     * Tells whether every text this template gives has a character that is not white space: true when one of its
     * literal parts has one. A {@link MessageFormat} template answers false, so its messages are checked when
     * formatted.
     *
     * @return true if no formatted text can be blank
     */
    @Override
    public boolean neverBlank() {
      return neverBlank;
    }

    /** The text of the argument of placeholder {@code k}; a placeholder without an argument stays as written. */
    private String arg(Object[] args, int k) {
      int a = indexes[k];
      return a < args.length ? String.valueOf(args[a]) : "{" + a + "}";
    }
  }
}
