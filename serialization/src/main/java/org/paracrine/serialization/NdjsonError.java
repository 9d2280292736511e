package org.paracrine.serialization;

import java.util.List;
import java.util.Objects;

/**
 * A line of an NDJSON stream that could not be read, with its 1-based line number and the problems found.
 *
 * @param line 1-based line number in the stream
 * @param problems why the line was rejected; pointers are relative to the line's document
 */
public record NdjsonError(long line, List<Problem> problems) {
  /**
   * Copies the problems.
   *
   * @param line line number
   * @param problems the problems
   */
  public NdjsonError {
    Objects.requireNonNull(problems, "problems");
    problems = List.copyOf(problems);
  }

  /**
   * Returns {@code "line 7: /kind: WRONG_KIND ..."} with the first problem and the count of the others.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "line " + line + ": " + (problems.isEmpty() ? "unreadable" : problems.get(0).toString())
        + (problems.size() > 1 ? " (+" + (problems.size() - 1) + " more)" : "");
  }
}
