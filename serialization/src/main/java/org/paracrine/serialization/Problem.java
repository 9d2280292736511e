package org.paracrine.serialization;

import java.util.Objects;

/**
 * One problem found in a record: where it is (RFC 6901 JSON Pointer and, for syntax-level problems, line and
 * column), what is wrong and what was expected.
 *
 * @param type the kind of problem
 * @param pointer JSON Pointer of the offending member, {@code ""} for the whole document; never null
 * @param message what is wrong, in plain English, naming the value seen where that is safe to print
 * @param expected what the record format requires at this place
 * @param line 1-based line of the problem in the input, or {@code -1} when it is known only by pointer
 * @param column 1-based column of the problem in the input, or {@code -1} when it is known only by pointer
 */
public record Problem(ProblemType type, String pointer, String message, String expected, int line, int column) {
  /**
   * Validates the components.
   *
   * @param type the kind of problem
   * @param pointer JSON Pointer
   * @param message what is wrong
   * @param expected what was expected
   * @param line line or -1
   * @param column column or -1
   */
  public Problem {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(expected, "expected");
  }

  /**
   * Creates a problem located by pointer only.
   *
   * @param type the kind of problem
   * @param pointer JSON Pointer
   * @param message what is wrong
   * @param expected what was expected
   * @return the problem
   */
  public static Problem at(ProblemType type, String pointer, String message, String expected) {
    return new Problem(type, pointer, message, expected, -1, -1);
  }

  /**
   * Returns a one-line description: {@code "/expiryDate: TYPE message (expected ...) at line 3, column 17"}, or
   * {@code "the document: ..."} when the problem has no better location. Control and bidirectional-formatting
   * characters are written as {@code \}{@code u} and four hex digits, so the text stays one line and cannot forge
   * output.
   *
   * @return the description
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(pointer.isEmpty() ? "the document" : escape(pointer)).append(": ")
        .append(type).append(' ').append(escape(message)).append(" (expected ").append(escape(expected)).append(')');
    if (line > 0) {
      sb.append(" at line ").append(line).append(", column ").append(column);
    }
    return sb.toString();
  }

  /**
   * Escapes control characters (U+0000 to U+001F, U+007F to U+009F), line and paragraph separators and
   * bidirectional-formatting characters (U+200E, U+200F, U+202A to U+202E, U+2066 to U+2069) as
   * {@code \}{@code u} and four hex digits, and the backslash as {@code \\}, so untrusted text prints as one honest
   * line.
   *
   * @param text the text
   * @return the escaped text (the same instance when nothing needed escaping)
   */
  public static String escape(String text) {
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean unsafe = isUnsafe(c);
      if ((unsafe || c == '\\') && sb == null) {
        sb = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (sb != null) {
        if (unsafe) {
          sb.append(String.format("\\u%04X", (int) c));
        } else if (c == '\\') {
          sb.append("\\\\");
        } else {
          sb.append(c);
        }
      }
    }
    return sb == null ? text : sb.toString();
  }

  /**
   * Tells whether a character may not appear in an identifier or be printed unescaped: a control character, a
   * line or paragraph separator, or a bidirectional-formatting character.
   *
   * @param c the character
   * @return true if unsafe
   */
  public static boolean isUnsafe(char c) {
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029 || c == 0x200e || c == 0x200f
        || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
  }
}
