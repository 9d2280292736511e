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
   * Returns a one-line description: {@code "/expiryDate: TYPE message (expected ...) at line 3, column 17"}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(pointer.isEmpty() ? "(document)" : pointer).append(": ").append(type)
        .append(' ').append(message).append(" (expected ").append(expected).append(')');
    if (line > 0) {
      sb.append(" at line ").append(line).append(", column ").append(column);
    }
    return sb.toString();
  }
}
