package org.paracrine.serialization;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Thrown when a record cannot be read: it lists every problem found, each with its JSON Pointer (and line and
 * column for syntax-level problems) and what was expected. No partial record is ever returned.
 *
 * <p>Syntax and limit problems stop reading at the first one (the rest of the input cannot be interpreted);
 * structural problems (unknown, missing, wrongly typed members, bad values) are all collected; invariant
 * violations are collected for every object whose own members are valid.
 */
public final class RecordFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private static final int MESSAGE_PROBLEMS = 20;

  private final transient List<Problem> problems;

  /**
   * Creates the exception.
   *
   * @param problems the problems, at least one
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public RecordFormatException(List<Problem> problems) {
    super(message(problems));
    this.problems = List.copyOf(problems);
  }

  private static String message(List<Problem> problems) {
    Objects.requireNonNull(problems, "problems");
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a RecordFormatException needs at least one problem");
    }
    String head = problems.size() == 1 ? "invalid record: 1 problem" : "invalid record: " + problems.size()
        + " problems";
    String listed = problems.stream().limit(MESSAGE_PROBLEMS).map(Problem::toString)
        .collect(Collectors.joining("\n  ", "\n  ", ""));
    return head + listed + (problems.size() > MESSAGE_PROBLEMS ? "\n  ..." : "");
  }

  /**
   * Returns every problem found, in document order of discovery.
   *
   * @return the problems, never empty, unmodifiable
   */
  public List<Problem> problems() {
    return problems;
  }
}
