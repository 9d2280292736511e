package org.paracrine.spring;

import java.util.List;
import org.paracrine.serialization.Problem;

/**
 * A request that the starter refuses before or instead of checking it: a body over the size limit, a request
 * over a {@link RequestLimits} bound, or specifications whose ids clash. The starter's exception handler answers
 * it with {@link #status()} and an {@code application/problem+json} body listing {@link #problems()}.
 */
public final class ReleaseCheckRequestException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The HTTP status to answer. */
  private final int status;
  /** The title of the problem response. */
  private final String title;
  private final transient List<Problem> problems;

  /**
   * Creates the exception.
   *
   * @param status the HTTP status to answer (4xx)
   * @param title a short, fixed summary of the kind of refusal
   * @param problems what is wrong, where and what was expected; at least one
   * @throws IllegalArgumentException if the status is not 4xx or there is no problem
   */
  public ReleaseCheckRequestException(int status, String title, List<Problem> problems) {
    super(title + ": " + (problems.isEmpty() ? "" : problems.get(0)));
    if (status < 400 || status > 499 || problems.isEmpty()) {
      throw new IllegalArgumentException("a refusal needs a 4xx status and at least one problem, got " + status);
    }
    this.status = status;
    this.title = title;
    this.problems = List.copyOf(problems);
  }

  /**
   * Returns the HTTP status.
   *
   * @return 4xx
   */
  public int status() {
    return status;
  }

  /**
   * Returns the title of the problem response.
   *
   * @return the title
   */
  public String title() {
    return title;
  }

  /**
   * Returns the problems.
   *
   * @return at least one problem
   */
  public List<Problem> problems() {
    return problems;
  }
}
