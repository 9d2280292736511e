package org.paracrine.validation;

import java.util.Objects;

/**
 * A specification that the release engine cannot evaluate, refused when the {@link ReleaseChecker} is built (never at
 * check time): an unknown computed-limit function or parameter, a count that the selection can never reach, two
 * specifications with the same id. The message names the specification, the JSON Pointer of the bad member inside
 * the specification document and what was expected.
 */
public final class InvalidSpecificationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The specification id and version. */
  private final String specification;
  /** The JSON Pointer of the bad member in the specification document. */
  private final String pointer;

  /**
   * Creates the exception.
   *
   * @param specification the specification id and version, e.g. {@code "site-release@3"}
   * @param pointer the JSON Pointer of the bad member in the specification document
   * @param problem what is wrong and what was expected
   */
  public InvalidSpecificationException(String specification, String pointer, String problem) {
    super("specification " + specification + " at " + pointer + ": " + problem);
    this.specification = Objects.requireNonNull(specification, "specification");
    this.pointer = Objects.requireNonNull(pointer, "pointer");
  }

  /**
   * Returns the specification id and version.
   *
   * @return e.g. {@code "site-release@3"}
   */
  public String specification() {
    return specification;
  }

  /**
   * Returns the JSON Pointer of the bad member in the specification document.
   *
   * @return e.g. {@code "/criteria/3/computedLimit/function"}
   */
  public String pointer() {
    return pointer;
  }
}
