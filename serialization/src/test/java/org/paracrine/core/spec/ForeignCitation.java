package org.paracrine.core.spec;

import java.util.Optional;

/**
 * A citation of a class that is neither Immutables' implementation nor converted to it, as only code in the core
 * package can make: the canonical writer must leave a document holding one to the mapper.
 */
public final class ForeignCitation extends Citation {
  private final String label;

  /**
   * Creates the citation.
   *
   * @param label the label
   */
  public ForeignCitation(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public Optional<String> reference() {
    return Optional.empty();
  }

  @Override
  public Optional<String> doi() {
    return Optional.empty();
  }

  @Override
  public Optional<String> url() {
    return Optional.empty();
  }
}
