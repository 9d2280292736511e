package org.paracrine.core.report;

import java.util.Objects;

/**
 * Builds and checks RFC 6901 JSON Pointers, used to locate a finding in a record ({@code /testResults/3/value}).
 */
public final class JsonPointer {
  private JsonPointer() {}

  /**
   * Joins reference tokens into a pointer, escaping {@code ~} as {@code ~0} and {@code /} as {@code ~1}.
   *
   * @param tokens property names or array indexes
   * @return the pointer; {@code ""} (the whole document) for no tokens
   */
  public static String of(Object... tokens) {
    return append("", tokens);
  }

  /**
   * Appends tokens to an existing pointer.
   *
   * @param base a valid pointer
   * @param tokens tokens to append
   * @return the longer pointer
   */
  public static String append(String base, Object... tokens) {
    switch (tokens.length) {
      case 0:
        return base;
      case 1: // the common cases as one concatenation: no array of parts
        return base + '/' + token(tokens[0]);
      case 2:
        return base + '/' + token(tokens[0]) + '/' + token(tokens[1]);
      default:
        break;
    }
    String[] text = new String[tokens.length + 1];
    text[0] = base;
    for (int i = 0; i < tokens.length; i++) {
      text[i + 1] = token(tokens[i]);
    }
    return String.join("/", text);
  }

  /** The text of array indexes up to {@value #INDEXES}, shared instead of written anew for every pointer. */
  private static final int INDEXES = 256;
  private static final String[] INDEX_TEXT = new String[INDEXES];

  static {
    for (int i = 0; i < INDEXES; i++) {
      INDEX_TEXT[i] = Integer.toString(i);
    }
  }

  /** The escaped text of one token. */
  private static String token(Object token) {
    if (token instanceof Integer) {
      int i = (Integer) token;
      return i >= 0 && i < INDEXES ? INDEX_TEXT[i] : Integer.toString(i);
    }
    return escape(String.valueOf(Objects.requireNonNull(token, "token")));
  }

  /**
   * Escapes one reference token.
   *
   * @param token the token
   * @return the escaped token
   */
  public static String escape(String token) {
    if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
      return token;
    }
    return token.replace("~", "~0").replace("/", "~1");
  }

  /**
   * Tells whether a text is a syntactically valid JSON Pointer.
   *
   * @param pointer the text
   * @return true if empty or starting with {@code /} and every {@code ~} is followed by 0 or 1
   */
  public static boolean isValid(String pointer) {
    if (pointer == null) {
      return false;
    }
    if (!pointer.isEmpty() && pointer.charAt(0) != '/') {
      return false;
    }
    for (int i = 0; i < pointer.length(); i++) {
      if (pointer.charAt(i) == '~') {
        if (i + 1 >= pointer.length() || (pointer.charAt(i + 1) != '0' && pointer.charAt(i + 1) != '1')) {
          return false;
        }
      }
    }
    return true;
  }
}
